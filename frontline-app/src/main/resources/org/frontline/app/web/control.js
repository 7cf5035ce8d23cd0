/*
 * Control layer: every place some territory event in the map's view speaks of, coloured by the side that holds it
 * on the time window's last day (from /api/control?at=&bbox=, asked again when the view moves), contested places
 * ringed; "contested only" narrows it to those. A click opens the claims of that day and every report of each
 * claim's fused event side by side (/api/fused-events for that view and the claim's day, so no request reads the
 * whole store), so the reader sees who says what. API data only reaches the page through textContent.
 */
(function () {
  'use strict';

  var el = window.frontlineDom.el;
  var map = window.frontline.map;
  var layer = L.layerGroup().addTo(map);
  var panel = document.getElementById('evidence');
  var content = document.getElementById('evidence-body');
  var state = {at: null, box: null, request: 0, contestedOnly: false};
  window.frontlineControl = {shown: 0, at: null, ready: false};

  function getJson(path) {
    return fetch(path, {headers: {'Accept': 'application/json'}}).then(function (r) {
      return r.json().then(function (b) { if (!r.ok) { throw new Error(b.error || 'HTTP ' + r.status); } return b; });
    });
  }

  function camp(name) {
    return String(name || 'other').toLowerCase().replace(/[^a-z]+/g, '-');
  }

  /** The view as the API's bbox (west,south,east,north), clamped to one world. */
  function viewBox() {
    var b = map.getBounds();
    var clamp = function (v, lim) { return Math.max(-lim, Math.min(lim, v)).toFixed(5); };
    var west = b.getWest(), east = b.getEast();
    if (east - west >= 360) { west = -180; east = 180; }
    return [clamp(west, 180), clamp(b.getSouth(), 90), clamp(east, 180), clamp(b.getNorth(), 90)].join(',');
  }

  /** The first day of a claim's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  function firstDay(date) {
    var parts = String(date).split('-');
    return parts[0] + '-' + (parts[1] || '01') + '-' + (parts[2] || '01');
  }

  /** The fused events of the claims, by id: those in the layer's view on each claim's day. */
  function fused(claims, box) {
    var days = {};
    claims.forEach(function (c) { days[firstDay(c.date)] = true; });
    return Promise.all(Object.keys(days).map(function (day) {
      return getJson('/api/fused-events?bbox=' + encodeURIComponent(box) + '&from=' + day + '&until=' + day
        + '&limit=1000');
    })).then(function (pages) {
      var byId = {};
      pages.forEach(function (page) { page.items.forEach(function (f) { byId[f.id] = f; }); });
      return byId;
    });
  }

  function reportCard(r) {
    var card = el('div', 'report-card');
    var who = (r.sources || []).map(function (s) { return s.name + ' (' + s.stance + ')'; }).join(', ');
    card.appendChild(el('h4', null, (r.outlet || 'unknown outlet') + (r.published ? ' · ' + r.published : '')));
    card.appendChild(el('p', 'report-who', 'according to ' + (who || 'no source named')));
    card.appendChild(el('p', 'report-what', r.event.sub_event_type + ': ' + r.event.actor1
      + (r.event.actor2 ? ' vs ' + r.event.actor2 : '') + ', ' + r.event.fatalities + ' killed'));
    card.appendChild(el('blockquote', 'report-excerpt', r.excerpt));
    if (r.event_id) {
      var link = el('button', 'report-open', 'open report');
      link.type = 'button';
      link.addEventListener('click', function () { window.frontlineEvidence.show(r.event_id); });
      card.appendChild(link);
    }
    return card;
  }

  function showClaims(item) {
    fused(item.claims, state.box).then(function (byId) {
      content.replaceChildren();
      content.appendChild(el('h2', null, item.place.name + ' on ' + state.at));
      if (item.contested) { content.appendChild(el('p', 'contested-note', 'Contested: the sides disagree.')); }
      item.claims.forEach(function (c) {
        content.appendChild(el('h3', 'camp-' + camp(c.camp), c.controller + ' [' + c.camp + '] since ' + c.date
          + ', confidence ' + c.confidence.toFixed(2)));
        var f = byId[c.fused_event_id];
        if (!f) { return; }
        content.appendChild(el('p', null, f.corroboration + ' independent source(s); ' + f.reports.length
          + ' report(s)' + (f.contested ? '; contested' : '')));
        var row = el('div', 'reports-side-by-side');
        f.reports.forEach(function (r) { row.appendChild(reportCard(r)); });
        content.appendChild(row);
      });
      panel.hidden = false;
      map.invalidateSize();
    }).catch(function (err) {
      content.replaceChildren(el('p', 'error', 'cannot show the claims: ' + err.message));
      panel.hidden = false;
    });
  }

  function render(body) {
    layer.clearLayers();
    var shown = 0;
    body.items.forEach(function (item) {
      if (state.contestedOnly && !item.contested) { return; }
      var m = L.circleMarker([item.place.lat, item.place.lon], {
        radius: 9, weight: item.contested ? 4 : 2,
        className: 'control camp-' + camp(item.controller.camp) + (item.contested ? ' contested' : '')
      });
      m.bindTooltip(item.place.name + ': ' + item.controller.controller + (item.contested ? ' (contested)' : ''));
      m.on('click', function () { showClaims(item); });
      m.on('add', function () {
        var path = m.getElement();
        if (path) { path.setAttribute('data-place-id', item.place.id); }
      });
      layer.addLayer(m);
      shown++;
    });
    window.frontlineControl.shown = shown;
    window.frontlineControl.at = body.at;
  }

  function refresh(at) {
    state.at = at;
    var id = ++state.request;
    var box = viewBox();
    return getJson('/api/control?at=' + encodeURIComponent(at) + '&bbox=' + encodeURIComponent(box))
      .then(function (body) {
        if (id === state.request) { state.box = box; render(body); }
      });
  }

  function toggles() {
    var box = el('label', 'control-toggle');
    var show = el('input');
    show.type = 'checkbox';
    show.checked = true;
    show.id = 'c-show';
    box.appendChild(show);
    box.appendChild(document.createTextNode(' control '));
    var only = el('input');
    only.type = 'checkbox';
    only.id = 'c-contested';
    box.appendChild(only);
    box.appendChild(document.createTextNode(' contested only'));
    document.getElementById('controls').appendChild(box);
    show.addEventListener('change', function () {
      if (show.checked) { map.addLayer(layer); } else { map.removeLayer(layer); }
    });
    only.addEventListener('change', function () { state.contestedOnly = only.checked; refresh(state.at); });
  }

  toggles();
  map.on('moveend', function () { if (state.at) { refresh(state.at); } });
  document.addEventListener('frontline:time', function (e) {
    refresh(e.detail.until).then(function () { window.frontlineControl.ready = true; });
  });
}());
