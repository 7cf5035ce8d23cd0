package org.frontline.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.frontline.Extraction;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.frontline.events.Span;
import org.frontline.store.StoredArticle;
import org.frontline.store.StoredEvent;

/**
 * Why an event was coded, for {@code GET /api/events/{id}}: the article body, the evidence sentences, every span
 * the pipeline marked in them (places, actors, sources, and the loaded words it reported as framing), and each
 * attribution as a readable chain "source, via A, via B". Offsets are UTF-16 indices into {@code article.body},
 * the same unit JavaScript strings use, so the map highlights them without conversion.
 */
final class Evidence {
    private final Views views;

    Evidence(Views views) {
        this.views = views;
    }

    /** The listed event plus {article, sentences, spans, chains}. */
    ObjectNode of(StoredEvent stored, StoredArticle article, List<Long> articleEventIds) {
        ObjectNode node = views.event(stored);
        Extraction x = article.extraction();
        String body = x.article().body();
        Event event = stored.event();
        node.set("article", views.article(article, articleEventIds));
        ArrayNode sentences = node.putArray("sentences");
        for (Span s : event.evidence()) {
            if (s.end() <= body.length()) {
                sentences.addObject().put("start", s.start()).put("end", s.end())
                        .put("text", body.substring(s.start(), s.end()));
            }
        }
        ArrayNode spans = node.putArray("spans");
        x.places().forEach(p -> span(spans, event, "place", p.start(), p.end(), p.text(),
                p.place() == null ? null : p.place().name()));
        x.actors().forEach(a -> span(spans, event, "actor", a.start(), a.end(), a.text(), a.actor().name()));
        x.sources().forEach(s -> span(spans, event, "source", s.start(), s.end(), s.text(),
                s.source() == null ? null : s.source().name()));
        framing(spans, event, body);
        ArrayNode chains = node.putArray("chains");
        event.attribution().forEach(a -> chains.add(chain(a)));
        return node;
    }

    /** "Hezbollah War Media (pro-government), via opposition coordination sites". */
    static String chain(Attribution a) {
        StringBuilder sb = new StringBuilder(a.source());
        if (a.stance() != null && !a.stance().isBlank()) {
            sb.append(" (").append(a.stance()).append(')');
        }
        a.via().forEach(v -> sb.append(", via ").append(v));
        return sb.toString();
    }

    private static void span(ArrayNode spans, Event event, String kind, int start, int end, String text,
                             String label) {
        if (end <= start) {
            return; // a mention the pipeline could not place in the text (offsets 0..0) has nothing to highlight
        }
        ObjectNode node = spans.addObject();
        node.put("kind", kind).put("start", start).put("end", end).put("text", text);
        if (label != null) {
            node.put("label", label);
        }
        node.put("in_evidence", inEvidence(event, start, end));
    }

    /** The framing words occur in the evidence sentences; each occurrence there becomes a span. */
    private static void framing(ArrayNode spans, Event event, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.length() != body.length()) {
            return; // case folding changed the length (rare scripts): offsets would not map back, so no spans
        }
        for (String term : event.framing()) {
            String t = term.toLowerCase(Locale.ROOT);
            for (Span s : event.evidence()) {
                int at = t.isEmpty() ? -1 : lower.indexOf(t, s.start());
                while (at >= 0 && at + t.length() <= s.end()) {
                    span(spans, event, "framing", at, at + t.length(), body.substring(at, at + t.length()), term);
                    at = lower.indexOf(t, at + t.length());
                }
            }
        }
    }

    private static boolean inEvidence(Event event, int start, int end) {
        return event.evidence().stream().anyMatch(s -> s.start() <= start && end <= s.end());
    }
}
