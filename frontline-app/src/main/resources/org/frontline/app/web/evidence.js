/*
 * The evidence panel: one event from /api/events/{id}, its attribution chains and framing, and the article body
 * with the evidence sentences and the marked spans highlighted. The body is untrusted text: it is cut at span
 * boundaries and every piece goes in through textContent, so markup in a report is shown, never run.
 */
(function () {
  'use strict';

  var panel = document.getElementById('evidence');
  var content = document.getElementById('evidence-body');

  var el = window.frontlineDom.el;

  function field(dl, name, value) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
      return;
    }
    dl.appendChild(el('dt', null, name));
    dl.appendChild(el('dd', null, Array.isArray(value) ? value.join('; ') : value));
  }

  /**
   * The body as a run of pieces between every span boundary; a piece inside an evidence sentence is a
   * span.sentence, a piece inside a marked span is a mark.hl.hl-KIND (the innermost kind wins).
   */
  function highlighted(body, sentences, spans) {
    var cuts = {0: true};
    cuts[body.length] = true;
    sentences.concat(spans).forEach(function (s) {
      if (s.start >= 0 && s.end <= body.length && s.start < s.end) { cuts[s.start] = true; cuts[s.end] = true; }
    });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var out = el('div', 'article-body');
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i];
      var b = points[i + 1];
      var text = body.slice(a, b);
      var inSentence = sentences.some(function (s) { return s.start <= a && b <= s.end; });
      var covering = spans.filter(function (s) { return s.start <= a && b <= s.end; });
      var node;
      if (covering.length) {
        var span = covering.reduce(function (x, y) { return (y.end - y.start) < (x.end - x.start) ? y : x; });
        node = el('mark', 'hl hl-' + span.kind + (inSentence ? ' sentence' : ''), text);
        node.title = span.kind + (span.label ? ': ' + span.label : '');
      } else if (inSentence) {
        node = el('span', 'sentence', text);
      } else {
        node = document.createTextNode(text);
      }
      out.appendChild(node);
    }
    return out;
  }

  function keys() {
    var box = el('div');
    [['place', 'place'], ['actor', 'actor'], ['source', 'source'], ['framing', 'framing (loaded words)']]
      .forEach(function (k) {
        var key = el('span', 'key');
        key.appendChild(el('mark', 'hl hl-' + k[0], k[1]));
        box.appendChild(key);
      });
    return box;
  }

  function render(e) {
    content.replaceChildren();
    content.appendChild(el('h2', null, e.sub_event_type + ' — ' + (e.location ? e.location.name : 'no location')));
    var dl = el('dl');
    field(dl, 'Type', e.event_type);
    field(dl, 'Date', e.event_date);
    field(dl, 'Actor 1', e.actor1);
    field(dl, 'Associated', e.assoc_actor_1);
    field(dl, 'Actor 2', e.actor2);
    field(dl, 'Associated ', e.assoc_actor_2);
    field(dl, 'Fatalities', e.fatalities);
    if (e.location) {
      field(dl, 'Location', [e.location.name, e.location.admin2, e.location.admin1, e.location.country]
        .filter(Boolean).join(', ') + ' (precision ' + e.location.geo_precision + ')');
    }
    field(dl, 'Notes', e.notes);
    content.appendChild(dl);

    content.appendChild(el('h3', null, 'According to'));
    var chains = el('ul', 'chains');
    (e.chains.length ? e.chains : ['no source named in the report']).forEach(function (c) {
      chains.appendChild(el('li', 'chain', c));
    });
    content.appendChild(chains);
    if (e.framing.length) {
      content.appendChild(el('h3', null, 'Framing (the source\'s words)'));
      content.appendChild(el('p', 'framing', e.framing.join(', ')));
    }

    var a = e.article;
    content.appendChild(el('h3', null, 'Report'));
    var meta = el('dl');
    field(meta, 'Title', a.title);
    field(meta, 'Source', a.source);
    field(meta, 'Published', a.published);
    field(meta, 'Input id', a.input_id);
    field(meta, 'Article id', a.id);
    content.appendChild(meta);
    content.appendChild(keys());
    content.appendChild(highlighted(a.body, e.sentences, e.spans));
    panel.hidden = false;
    window.frontline.map.invalidateSize();
  }

  function show(id) {
    return fetch('/api/events/' + encodeURIComponent(id), {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json().then(function (b) { if (!r.ok) { throw new Error(b.error); } return b; }); })
      .then(render)
      .catch(function (err) {
        content.replaceChildren(el('p', 'error', 'cannot show event ' + id + ': ' + err.message));
        panel.hidden = false;
      });
  }

  document.getElementById('evidence-close').addEventListener('click', function () {
    panel.hidden = true;
    window.frontline.map.invalidateSize();
  });

  window.frontlineEvidence = {show: show};
}());
