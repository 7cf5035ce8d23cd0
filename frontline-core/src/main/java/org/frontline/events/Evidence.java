package org.frontline.events;

import java.util.List;
import org.frontline.text.CaseFold;

/**
 * The sentences an event was coded from, as one text (each span of the report followed by a space), with its
 * {@link CaseFold#of fold}. The fold keeps every char at its offset, so the text's fold is the same spans of the
 * report's fold, each followed by a space: it is built from the fold the report already has instead of folding the
 * evidence again in each stage that reads it (the sub-event choice, the generic roles, the tellers, the nationals).
 *
 * @param text   the spans' text, each followed by a space
 * @param folded {@code CaseFold.of(text)}, char for char
 */
record Evidence(String text, String folded) {
    Evidence {
        if (text.length() != folded.length()) {
            throw new IllegalArgumentException("folded evidence has " + folded.length() + " chars, text "
                    + text.length());
        }
    }

    /** The spans of {@code body} (whose fold is {@code bodyFolded}), in the given order. */
    static Evidence of(String body, String bodyFolded, List<Span> spans) {
        if (spans.size() == 1) {
            // most events are told in one sentence, and most sentences are followed by a space in the report: the
            // evidence is then the report's own chars, cut out once (a builder copied them twice, into itself and
            // out), for every event's generic roles and the main event's sub-event choice
            Span only = spans.get(0);
            int end = only.end();
            if (end < body.length() && end < bodyFolded.length() && body.charAt(end) == ' '
                    && bodyFolded.charAt(end) == ' ') {
                return new Evidence(body.substring(only.start(), end + 1), bodyFolded.substring(only.start(), end + 1));
            }
        }
        int length = 0;
        for (Span span : spans) {
            length += span.end() - span.start() + 1;
        }
        StringBuilder text = new StringBuilder(length);
        StringBuilder folded = new StringBuilder(length);
        for (Span span : spans) {
            text.append(body, span.start(), span.end()).append(' ');
            folded.append(bodyFolded, span.start(), span.end()).append(' ');
        }
        return new Evidence(text.toString(), folded.toString());
    }
}
