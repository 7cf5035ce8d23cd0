package org.frontline.text;

import java.util.List;

/**
 * A body split into sentences and tokens, with its language.
 *
 * @param folded the body passed through {@link CaseFold#of}, char for char (same length, same offsets): the stages
 *               check their patterns' anchors in it, or in a sentence's slice of it, instead of folding the same
 *               text again in every class
 */
public record AnalyzedText(String body, Language language, List<Sentence> sentences, String folded) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        if (folded.length() != body.length()) {
            throw new IllegalArgumentException("folded body has " + folded.length() + " chars, body " + body.length());
        }
    }

    /** The body's sentences and language, its fold computed here. */
    public AnalyzedText(String body, Language language, List<Sentence> sentences) {
        this(body, language, sentences, CaseFold.of(body));
    }

    /** The fold of sentence {@code s}: {@link #text(Sentence)} passed through {@link CaseFold#of}. */
    public String folded(Sentence s) {
        return folded.substring(s.start(), s.end());
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
