/*
 * Control layer: every place some territory event speaks of, coloured by the side that holds it on the time
 * window's last day (from /api/control?at=), contested places ringed; "contested only" narrows it to those. A
 * click opens the claims of that day and every report of each claim's fused event side by side
 * (/api/fused-events), so the reader sees who says what. API data only reaches the page through textContent.
 */
(function () {
  'use strict';

  var el = window.frontlineDom.el;
  var map = window.frontline.map;
  var layer = L.layerGroup().addTo(map);
  var panel = document.getElementById('evidence');
  var content = document.getElementById('evidence-body');
  var state = {at: null, request: 0, fused: null, contestedOnly: false};
  window.frontlineControl = {shown: 0, at: null, ready: false};

  function getJson(path) {
    return fetch(path, {headers: {'Accept': 'application/json'}}).then(function (r) {
      return r.json().then(function (b) { if (!r.ok) { throw new Error(b.error || 'HTTP ' + r.status); } return b; });
    });
  }

  function camp(name) {
    return String(name || 'other').toLowerCase().replace(/[^a-z]+/g, '-');
  }

  /** Every fused event once per page load (and again after an ingest changes the count), by id. */
  function fused() {
    if (state.fused) { return Promise.resolve(state.fused); }
    return getJson('/api/fused-events?limit=10000').then(function (page) {
      state.fused = {};
      page.items.forEach(function (f) { state.fused[f.id] = f; });
      return state.fused;
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
    fused().then(function (byId) {
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
    return getJson('/api/control?at=' + encodeURIComponent(at)).then(function (body) {
      if (id === state.request) { render(body); }
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
  document.addEventListener('frontline:time', function (e) {
    state.fused = null;
    refresh(e.detail.until).then(function () { window.frontlineControl.ready = true; });
  });
}());
