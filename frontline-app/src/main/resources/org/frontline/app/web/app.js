/*
 * Frontline map: events from /api/events as clustered markers coloured by ACLED event type, over bundled
 * basemaps, with filters and a time window that are sent to the API as query parameters.
 * Data from the API is untrusted (it comes from news text): it only ever reaches the page through textContent,
 * DOM properties and Leaflet options that are not parsed as HTML.
 */
(function () {
  'use strict';

  var el = window.frontlineDom.el;

  var TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
    'Strategic developments'];
  var DAY_MS = 86400000;

  var map = L.map('map', {zoomControl: true, minZoom: 2, maxZoom: 12, worldCopyJump: true}).setView([35.0, 38.5], 6);
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Countries: Natural Earth via world-atlas; Syrian admin: Who\'s On First');
  var clusters = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon});
  map.addLayer(clusters);

  var state = {firstDay: null, lastDay: null, fitted: false, request: 0};
  window.frontline = {ready: false, shown: 0, map: map};

  function slug(type) {
    return String(type || 'other').toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  }

  /** A cluster takes the colour of the event type most of its events have, and shows how many there are. */
  function clusterIcon(cluster) {
    var counts = {};
    var top = null;
    cluster.getAllChildMarkers().forEach(function (m) {
      counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
      if (top === null || counts[m.options.eventType] > counts[top]) { top = m.options.eventType; }
    });
    var label = el('span', null, cluster.getChildCount());
    return L.divIcon({html: label, className: 'cluster ev-' + slug(top), iconSize: [30, 30]});
  }


  function status(text) {
    var node = document.getElementById('count');
    node.textContent = text;
  }

  function getJson(path) {
    return fetch(path, {headers: {'Accept': 'application/json'}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }

  /** [first, last] day (UTC ms) an ACLED-style date covers: "2018", "2018-01" or "2018-01-15". */
  function dayRange(date) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date || '');
    if (!m) { return null; }
    var y = +m[1];
    if (m[3]) { var d = Date.UTC(y, +m[2] - 1, +m[3]); return [d, d]; }
    if (m[2]) { return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 1) - DAY_MS]; }
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY_MS];
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function addOptions(select, values) {
    values.forEach(function (v) {
      var option = el('option', null, v);
      option.value = v;
      select.appendChild(option);
    });
  }

  function legend() {
    var control = L.control({position: 'bottomright'});
    control.onAdd = function () {
      var box = el('div', 'legend');
      TYPES.forEach(function (t) {
        var row = el('div');
        row.appendChild(el('span', 'swatch swatch-' + slug(t)));
        row.appendChild(el('span', null, t));
        box.appendChild(row);
      });
      return box;
    };
    control.addTo(map);
  }

  function basemaps() {
    return Promise.all([getJson('/geo/world.geojson'), getJson('/geo/syria-admin.geojson')]).then(function (g) {
      L.geoJSON(g[0], {style: {className: 'country'}, interactive: false}).addTo(map);
      L.geoJSON(g[1], {
        interactive: false,
        style: function (f) { return {className: f.properties.placetype === 'region' ? 'admin-region' : 'admin-county'}; }
      }).addTo(map);
      clusters.bringToFront && clusters.bringToFront();
    });
  }

  /** The filters as API query parameters. */
  function query() {
    var p = new URLSearchParams({limit: '10000'});
    var pairs = [['event_type', 'f-type'], ['actor', 'f-actor'], ['source', 'f-source'], ['q', 'f-text']];
    pairs.forEach(function (pair) {
      var v = document.getElementById(pair[1]).value.trim();
      if (v) { p.set(pair[0], v); }
    });
    if (state.firstDay !== null) {
      p.set('from', isoDay(state.firstDay + (+document.getElementById('t-from').value) * DAY_MS));
      p.set('until', isoDay(state.firstDay + (+document.getElementById('t-until').value) * DAY_MS));
    }
    return p;
  }

  function marker(e) {
    var m = L.marker([e.location.lat, e.location.lon], {
      icon: L.divIcon({className: 'ev ev-' + slug(e.event_type), iconSize: [14, 14]}),
      title: e.event_date + ' · ' + e.sub_event_type + ' · ' + e.location.name,
      eventType: e.event_type,
      keyboard: true
    });
    m.on('click', function () { window.frontlineEvidence.show(e.id); });
    m.on('add', function () {
      var icon = m.getElement();
      if (icon) { icon.setAttribute('data-event-id', String(e.id)); }
    });
    return m;
  }

  function render(page) {
    clusters.clearLayers();
    var located = page.items.filter(function (e) { return e.location; });
    clusters.addLayers(located.map(marker));
    window.frontline.shown = located.length;
    status(page.total + ' events' + (page.total > located.length ? ' (' + located.length + ' on the map)' : ''));
    if (!state.fitted && located.length) {
      state.fitted = true;
      map.fitBounds(L.latLngBounds(located.map(function (e) { return [e.location.lat, e.location.lon]; })).pad(0.3),
        {maxZoom: 8});
    }
  }

  function refresh() {
    var id = ++state.request;
    var p = query();
    timeLabel();
    return getJson('/api/events?' + p.toString()).then(function (page) {
      if (id === state.request) { render(page); }
    }).catch(function (err) { status('error: ' + err.message); });
  }

  function timeLabel() {
    if (state.firstDay === null) { return; }
    var from = document.getElementById('t-from');
    var until = document.getElementById('t-until');
    if (+from.value > +until.value) { from.value = until.value; }
    document.getElementById('t-label').textContent =
      isoDay(state.firstDay + from.value * DAY_MS) + ' → ' + isoDay(state.firstDay + until.value * DAY_MS);
    document.dispatchEvent(new CustomEvent('frontline:time',
      {detail: {until: isoDay(state.firstDay + until.value * DAY_MS)}}));
  }

  /** Slider bounds, type/source choices from every stored event; actors from /api/actors. */
  function setup(all, actors) {
    var days = [];
    var sources = {};
    all.items.forEach(function (e) {
      var r = dayRange(e.event_date);
      if (r) { days.push(r[0], r[1]); }
      (e.attribution || []).forEach(function (a) { sources[a.source] = true; });
    });
    addOptions(document.getElementById('f-type'), TYPES);
    addOptions(document.getElementById('f-source'), Object.keys(sources).sort());
    addOptions(document.getElementById('f-actor'), actors.items.map(function (a) { return a.name; }));
    if (days.length) {
      state.firstDay = Math.min.apply(null, days);
      state.lastDay = Math.max.apply(null, days);
      var span = Math.round((state.lastDay - state.firstDay) / DAY_MS);
      ['t-from', 't-until'].forEach(function (id) { document.getElementById(id).max = String(span); });
      document.getElementById('t-until').value = String(span);
    }
  }

  function listen() {
    var timer = null;
    function later() { clearTimeout(timer); timer = setTimeout(refresh, 150); }
    ['f-type', 'f-actor', 'f-source', 't-from', 't-until'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', later);
      document.getElementById(id).addEventListener('change', later);
    });
    document.getElementById('f-text').addEventListener('input', later);
  }

  legend();
  Promise.all([getJson('/api/events?limit=10000'), getJson('/api/actors?limit=1000'), basemaps()])
    .then(function (r) { setup(r[0], r[1]); listen(); return refresh(); })
    .then(function () { window.frontline.ready = true; })
    .catch(function (err) { status('error: ' + err.message); });
}());
