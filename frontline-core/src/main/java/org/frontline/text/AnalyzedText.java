package org.frontline.text;

import java.util.List;

/**
 * A body split into sentences and tokens, with its language.
 *
 * @param folded the body passed through {@link CaseFold#of}, char for char (same length, same offsets): the stages
 *               check their patterns' anchors in it, or in a sentence's slice of it, instead of folding the same
 *               text again in every class
 * @param words  {@link Words#split} of the body: the words both phrase matchers read, the actor catalog's and the
 *               source catalog's. Split here once and handed to both, where the second reused the first one's split
 *               through a static thread-local (splitting a body was an eighth of the bytes the extraction allocated)
 */
public record AnalyzedText(String body, Language language, List<Sentence> sentences, String folded,
                           List<Words.Word> words) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        words = List.copyOf(words);
        if (folded.length() != body.length()) {
            throw new IllegalArgumentException("folded body has " + folded.length() + " chars, body " + body.length());
        }
    }

    /** The body's sentences, language and fold, its words split here. */
    public AnalyzedText(String body, Language language, List<Sentence> sentences, String folded) {
        this(body, language, sentences, folded, Words.split(body));
    }

    /** The body's sentences and language, its fold and words computed here. */
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
