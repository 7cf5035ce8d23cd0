package org.frontline;

/**
 * Which pairs and triples of adjacent chars a text's fold holds, hashed into 4,096 bits: made once per sentence (one
 * pass over its chars), it tells many patterns at once that none of their anchors can be in the sentence
 * ({@link #mayHold}). An anchor occurs only where each of its triples of adjacent chars occurs (its pair, for an
 * anchor of two chars), so a pattern none of whose anchors has all its triples among the sentence's is not searched:
 * its anchors' {@link String#indexOf} calls (a hundred for the events stage's non-event lists, a dozen for most
 * patterns, once per sentence asked) were most of what the events stage's per-sentence patterns cost, and most
 * sentences hold none of a pattern's anchors. Triples, not pairs alone: pairs such as "ki", "il", "ll" are in most
 * sentences, and let the death words through in 54% of the notes' sentences where 22% hold one (triples: 50%; the
 * non-event list 33% against 13%, 14% with triples). A hash shared by two keys only lets more patterns through, to the
 * search they had before; so the answers are those of the search alone. Immutable after construction.
 */
public final class CharPairs {
    private static final int SHIFT = 20; // 2^(32 - 20) = 4,096 bits
    private final long[] bits = new long[(1 << (32 - SHIFT)) / Long.SIZE];

    /** @param folded a text's {@link AnchoredPattern#fold} (the anchors are folded alike) */
    public CharPairs(String folded) {
        int n = folded.length();
        if (n >= 2) {
            set(hash(folded.charAt(0), folded.charAt(1)));
        }
        for (int i = 2; i < n; i++) {
            char a = folded.charAt(i - 2);
            char b = folded.charAt(i - 1);
            char c = folded.charAt(i);
            set(hash(b, c));
            set(hash(a, b, c));
        }
    }

    private void set(int h) {
        bits[h >>> 6] |= 1L << h;
    }

    private static int hash(char a, char b) {
        return (a * 31 + b) * 0x9E3779B1 >>> SHIFT;
    }

    private static int hash(char a, char b, char c) {
        return ((a * 31 + b) * 31 + c) * 0x85EBCA6B >>> SHIFT;
    }

    private boolean has(int h) {
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    /**
     * False when the text these pairs are of certainly holds none of {@code pattern}'s anchors (so its search would
     * find nothing). A pattern whose anchors are not known, or with an anchor of one char (which has no pair), always
     * passes.
     */
    public boolean mayHold(AnchoredPattern pattern) {
        int[][] anchors = pattern.anchorTriples();
        if (anchors == null) {
            return true;
        }
        for (int[] anchor : anchors) {
            int i = 0;
            while (i < anchor.length && has(anchor[i])) {
                i++;
            }
            if (i == anchor.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per anchor, the hashes of its triples (of its pair, for an anchor of two chars), for {@link #mayHold}; null
     * when the anchors are not known or empty, or one has a single char: the pattern then always passes.
     */
    static int[][] anchorTriples(String[] anchors) {
        if (anchors == null || anchors.length == 0) {
            return null;
        }
        int[][] hashes = new int[anchors.length][];
        for (int k = 0; k < anchors.length; k++) {
            String a = anchors[k];
            if (a.length() < 2) {
                return null;
            }
            if (a.length() == 2) {
                hashes[k] = new int[] {hash(a.charAt(0), a.charAt(1))};
                continue;
            }
            hashes[k] = new int[a.length() - 2];
            for (int i = 2; i < a.length(); i++) {
                hashes[k][i - 2] = hash(a.charAt(i - 2), a.charAt(i - 1), a.charAt(i));
            }
        }
        return hashes;
    }
}
