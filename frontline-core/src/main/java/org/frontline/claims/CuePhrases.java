package org.frontline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.AnchorAutomaton;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;

/**
 * Literal cue phrases ("selon", "according to", "cité par") found as whole words, exactly where the alternation of
 * their quoted forms ({@code WordPatterns.anyOf} of {@code Pattern.quote}, compiled with
 * {@code CASE_INSENSITIVE | UNICODE_CASE}) matches in a sentence. That regex, which its quoting hid from
 * {@link AnchoredPattern}, ran over every sentence naming a source, trying some eighty case-insensitive literals at
 * each char: it was most of the claims stage. Here the phrases are found once per document, in its fold, by one
 * {@link AnchorAutomaton} pass; a case-insensitive literal matches where the fold holds the literal's fold (the
 * fold is the one the regex compares chars by, and keeps every char at its offset). The regex's whole-word guards
 * are then checked as the regex checks them, within the sentence: no letter or number just before the phrase, none
 * just after (a code point, so a supplementary letter counts). Immutable and thread-safe.
 */
final class CuePhrases {
    /** Per distinct folded phrase, the kinds it is (bit i for kind i, as given to {@link #of}). */
    private final int[] kinds;
    /** Per distinct folded phrase, its length. */
    private final int[] lengths;
    private final AnchorAutomaton automaton;

    private CuePhrases(Map<String, Integer> byFold) {
        this.kinds = new int[byFold.size()];
        this.lengths = new int[byFold.size()];
        List<AnchoredPattern> patterns = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : byFold.entrySet()) {
            kinds[i] = e.getValue();
            lengths[i++] = e.getKey().length();
            AnchoredPattern p = AnchoredPattern.compile(e.getKey());
            // the automaton is fed anchors: the phrase's own fold must be its one anchor, else it would find
            // something other than the phrase
            if (!p.anchors().equals(List.of(e.getKey()))) {
                throw new FrontlineException("Cue phrase \"" + e.getKey() + "\" cannot be searched as a literal");
            }
            patterns.add(p);
        }
        this.automaton = AnchorAutomaton.of(patterns);
    }

    /**
     * The phrases of each kind: {@code phrases.get(i)} are the literal phrases of kind i (at most 31 kinds), each
     * made of letters, spaces, apostrophes and hyphens whose fold is stable (folding it twice changes nothing, as
     * the regex's char comparison needs).
     */
    static CuePhrases of(List<List<String>> phrases) {
        if (phrases.size() > 31) {
            throw new IllegalArgumentException("at most 31 kinds of cue phrases, not " + phrases.size());
        }
        Map<String, Integer> byFold = new LinkedHashMap<>();
        for (int kind = 0; kind < phrases.size(); kind++) {
            for (String phrase : phrases.get(kind)) {
                String fold = AnchoredPattern.fold(phrase);
                if (fold.isEmpty() || !fold.chars().allMatch(CuePhrases::plain)
                        || !AnchoredPattern.fold(fold).equals(fold) || !Character.isLetter(fold.charAt(0))) {
                    throw new FrontlineException("Cue phrase \"" + phrase + "\" is not a plain literal phrase");
                }
                byFold.merge(fold, 1 << kind, (a, b) -> a | b);
            }
        }
        return new CuePhrases(byFold);
    }

    private static boolean plain(int c) {
        return Character.isLetter(c) && !Character.isSurrogate((char) c) || c == ' ' || c == '\'' || c == '’'
                || c == '-';
    }

    /** The phrases' occurrences in a document's fold, for the questions asked about its sentences. */
    Found in(String folded) {
        AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
        BitSet present = automaton.mayMatch(folded, hits);
        int n = 0;
        long[] all = new long[8]; // start << 32 | phrase
        BitSet one = new BitSet();
        for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
            one.set(0);
            for (int start : hits.starts(p, one)) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, n * 2);
                }
                all[n++] = (long) start << 32 | p;
            }
        }
        Arrays.sort(all, 0, n);
        return new Found(this, all, n);
    }

    /** Occurrences in one document (not yet checked as whole words), by start. Not thread-safe. */
    static final class Found {
        private final CuePhrases phrases;
        private final long[] occurrences;
        private final int count;

        private Found(CuePhrases phrases, long[] occurrences, int count) {
            this.phrases = phrases;
            this.occurrences = occurrences;
            this.count = count;
        }

        /**
         * Where the first of the phrases of the kinds in {@code kindMask} starts in {@code body}'s slice
         * [{@code from}, {@code to}) as a whole word of that slice (what the regex over the slice alone finds),
         * or -1.
         */
        int first(String body, int from, int to, int kindMask) {
            int lo = 0;
            int hi = count;
            while (lo < hi) { // the first occurrence starting at or after from
                int mid = (lo + hi) >>> 1;
                if ((int) (occurrences[mid] >>> 32) < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < count; k++) {
                int start = (int) (occurrences[k] >>> 32);
                int p = (int) occurrences[k];
                int end = start + phrases.lengths[p];
                if (start >= to) {
                    return -1;
                }
                if ((phrases.kinds[p] & kindMask) != 0 && end <= to && wholeWord(body, from, to, start, end)) {
                    return start;
                }
            }
            return -1;
        }
    }

    /**
     * What {@code (?<![\p{L}\p{N}])} before and {@code (?![\p{L}\p{N}])} after the phrase test on the slice
     * [from, to) of {@code body}: the look-behind reads the one char before (a surrogate there is no letter: the
     * phrase starts with a letter, so that char is never the high half of a pair read whole), the look-ahead the
     * code point after, a pair read whole only when both halves lie inside the slice.
     */
    static boolean wholeWord(String body, int from, int to, int start, int end) {
        if (start > from && letterOrNumber(body.charAt(start - 1))) {
            return false;
        }
        if (end >= to) {
            return true;
        }
        char c = body.charAt(end);
        int cp = Character.isHighSurrogate(c) && end + 1 < to && Character.isLowSurrogate(body.charAt(end + 1))
                ? Character.toCodePoint(c, body.charAt(end + 1)) : c;
        return !letterOrNumber(cp);
    }

    /** {@code [\p{L}\p{N}]}: the general categories L* and N*. */
    static boolean letterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
