package org.frontline.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;

/**
 * Literal cue phrases ("selon", "according to", "cité par") found as whole words, exactly where the alternation of
 * their quoted forms ({@code WordPatterns.anyOf} of {@code Pattern.quote}, compiled with
 * {@code CASE_INSENSITIVE | UNICODE_CASE}) matches in a sentence. That regex, which its quoting hid from
 * {@link AnchoredPattern}, ran over every sentence naming a source, trying some eighty case-insensitive literals at
 * each char: it was most of the claims stage. Here the phrases are found once per document, in its fold, by one
 * automaton pass ({@link LiteralIndex}); a case-insensitive literal matches where the fold holds the literal's fold
 * (the fold is the one the regex compares chars by, and keeps every char at its offset). The regex's whole-word guards
 * are then checked as the regex checks them, within the sentence: no letter or number just before the phrase, none
 * just after (a code point, so a supplementary letter counts). Immutable and thread-safe.
 */
final class CuePhrases {
    /** Per distinct folded phrase, the kinds it is (bit i for kind i, as given to {@link #of}). */
    private final int[] kinds;
    /** The distinct folded phrases, in the order of {@link #kinds}. */
    private final List<String> literals;
    private final LiteralIndex index;

    private CuePhrases(Map<String, Integer> byFold) {
        this.kinds = byFold.values().stream().mapToInt(Integer::intValue).toArray();
        this.literals = List.copyOf(byFold.keySet());
        // the automaton is fed anchors: each phrase's own fold must be its one anchor, else it would find something
        // other than the phrase
        this.index = LiteralIndex.of(List.copyOf(byFold.keySet())).orElseThrow(() -> new FrontlineException(
                "Cue phrases " + byFold.keySet() + " cannot be searched as literals"));
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
                if (fold.isEmpty() || !fold.chars().allMatch(LiteralIndex::plain)
                        || !AnchoredPattern.fold(fold).equals(fold) || !Character.isLetter(fold.charAt(0))) {
                    throw new FrontlineException("Cue phrase \"" + phrase + "\" is not a plain literal phrase");
                }
                byFold.merge(fold, 1 << kind, (a, b) -> a | b);
            }
        }
        return new CuePhrases(byFold);
    }

    /** The phrases' occurrences in a document's fold, for the questions asked about its sentences. */
    Found in(String folded) {
        return new Found(this, index.occurrences(folded));
    }

    /** The distinct folded phrases, as numbered in the occurrences {@link #found} takes. */
    List<String> literals() {
        return literals;
    }

    /**
     * {@link #in} given the occurrences ({@code start << 32 | phrase}, ascending) a pass over the document's fold
     * found of {@link #literals()}.
     */
    Found found(long[] occurrences) {
        return new Found(this, occurrences);
    }

    /** Occurrences in one document (not yet checked as whole words), by start. Immutable. */
    static final class Found {
        private final CuePhrases phrases;
        private final long[] occurrences;

        private Found(CuePhrases phrases, long[] occurrences) {
            this.phrases = phrases;
            this.occurrences = occurrences;
        }

        /**
         * Where the first of the phrases of the kinds in {@code kindMask} starts in {@code body}'s slice
         * [{@code from}, {@code to}) as a whole word of that slice (what the regex over the slice alone finds),
         * or -1.
         */
        int first(String body, int from, int to, int kindMask) {
            for (int k = LiteralIndex.firstFrom(occurrences, from); k < occurrences.length; k++) {
                int start = (int) (occurrences[k] >>> 32);
                int p = (int) occurrences[k];
                int end = start + phrases.index.length(p);
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
