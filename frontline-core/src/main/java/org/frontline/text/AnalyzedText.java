package org.frontline.text;

import java.util.List;

/** A body split into sentences and tokens, with its language. */
public record AnalyzedText(String body, Language language, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public String text(Sentence s) {
        return body.substring(s.start(), s.end());
    }

    /** The sentence containing the UTF-16 offset, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                found = s;
            }
        }
        return found;
    }
}
