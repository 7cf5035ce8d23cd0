package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.WindowedFind;
import org.frontline.WordPatterns;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Sentence;

/**
 * The loaded-terms lexicon ("libéré", "purifiés des milices", "terrorists"): one whole-word, case-insensitive
 * alternation of its phrases in file order (longer phrases first), searched in each sentence near its anchors
 * ({@link WindowedFind}). The anchors were looked for by one {@link String#indexOf} per anchor (some thirty) in each
 * sentence's fold, for every sentence of every report; they are now found once per document by one automaton pass
 * over its fold ({@link LiteralIndex}), and a sentence holding none is neither copied nor searched. The offsets a
 * sentence's search gets are those {@link AnchoredPattern#anchorOffsets} finds in the sentence's fold (every
 * occurrence of every anchor lying wholly in the sentence, ascending), so it finds the same terms. Immutable and
 * thread-safe.
 */
final class LoadedTerms {
    private final AnchoredPattern pattern;
    /** The pattern's anchors, indexed; empty when they are not known or not literals (each sentence then as before). */
    private final Optional<LiteralIndex> anchors;

    /** The lexicon of {@code terms}, regular expressions. */
    LoadedTerms(List<String> terms) {
        this.pattern = AnchoredPattern.compile(WordPatterns.anyOf(terms.stream().map(t -> "(?:" + t + ")").toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.anchors = pattern.anchors().isEmpty() ? Optional.empty() : LiteralIndex.of(pattern.anchors());
    }

    /** The anchors {@link #in} reads occurrences of (as numbered there); empty when it reads none. */
    List<String> anchorLiterals() {
        return anchors.isPresent() ? pattern.anchors() : List.of();
    }

    /** The anchors' occurrences in a document's fold ({@link AnalyzedText#folded()}), for {@link #in}. */
    long[] occurrences(String folded) {
        return anchors.map(index -> index.occurrences(folded)).orElse(null);
    }

    /**
     * The loaded terms of sentence {@code s} of {@code text}, in text order, as written.
     *
     * @param occurrences {@link #occurrences} of the text's fold
     */
    List<String> in(AnalyzedText text, Sentence s, long[] occurrences) {
        WindowedFind m;
        if (occurrences == null) {
            m = pattern.finder(text.text(s), text.folded(s));
        } else {
            int[] offsets = offsets(occurrences, s.start(), s.end());
            if (offsets.length == 0) {
                return List.of(); // no anchor, no term: the sentence is not copied
            }
            m = pattern.finder(text.text(s), offsets);
        }
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.match().group());
        }
        return out;
    }

    /** The starts, relative to {@code from} and ascending, of the anchors lying wholly in [from, to). */
    private int[] offsets(long[] occurrences, int from, int to) {
        int first = LiteralIndex.firstFrom(occurrences, from);
        int n = 0;
        for (int k = first; k < occurrences.length && (int) (occurrences[k] >>> 32) < to; k++) {
            n++;
        }
        int[] out = new int[n];
        int kept = 0;
        LiteralIndex index = anchors.orElseThrow();
        for (int k = first; k < first + n; k++) {
            int start = (int) (occurrences[k] >>> 32);
            if (start + index.length((int) occurrences[k]) <= to) {
                out[kept++] = start - from;
            }
        }
        return kept == n ? out : java.util.Arrays.copyOf(out, kept);
    }
}
