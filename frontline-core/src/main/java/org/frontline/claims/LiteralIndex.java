package org.frontline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.frontline.AnchorAutomaton;
import org.frontline.AnchoredPattern;

/**
 * Every occurrence of some folded literals in a document's fold, found by one {@link AnchorAutomaton} pass (each
 * literal a pattern of its own, so an occurrence tells which literal it is, hence its length) instead of one
 * {@link String#indexOf} scan per literal and sentence. Immutable and thread-safe.
 */
final class LiteralIndex {
    private final int[] lengths;
    private final AnchorAutomaton automaton;

    private LiteralIndex(List<String> literals, List<AnchoredPattern> patterns) {
        this.lengths = literals.stream().mapToInt(String::length).toArray();
        this.automaton = AnchorAutomaton.of(patterns);
    }

    /**
     * The index of {@code literals} (each already folded by {@link AnchoredPattern#fold}), or empty when one of them
     * is no literal the automaton can be given: one made of other than letters, spaces, apostrophes and hyphens, or
     * one whose pattern would not have the literal itself as its one anchor.
     */
    static Optional<LiteralIndex> of(List<String> literals) {
        List<AnchoredPattern> patterns = new ArrayList<>();
        for (String literal : literals) {
            if (literal.isEmpty() || !literal.chars().allMatch(LiteralIndex::plain)) {
                return Optional.empty();
            }
            AnchoredPattern p = AnchoredPattern.compile(literal);
            if (!p.anchors().equals(List.of(literal))) {
                return Optional.empty();
            }
            patterns.add(p);
        }
        return Optional.of(new LiteralIndex(literals, patterns));
    }

    /** A char a literal may hold: a letter (not half a pair), a space, an apostrophe, a hyphen. */
    static boolean plain(int c) {
        return Character.isLetter(c) && !Character.isSurrogate((char) c) || c == ' ' || c == '\'' || c == '’'
                || c == '-';
    }

    /** How many chars literal {@code i} has. */
    int length(int i) {
        return lengths[i];
    }

    /**
     * The occurrences in {@code folded} (a text's fold), each {@code start << 32 | literal}, ascending (by start,
     * then literal); overlapping ones included.
     */
    long[] occurrences(String folded) {
        AnchorAutomaton.Hits hits = new AnchorAutomaton.Hits();
        BitSet present = automaton.mayMatch(folded, hits);
        int n = 0;
        long[] all = new long[8];
        BitSet first = new BitSet();
        first.set(0);
        for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
            for (int start : hits.starts(p, first)) { // literal p's starts: bit 0 counted from p
                if (n == all.length) {
                    all = Arrays.copyOf(all, n * 2);
                }
                all[n++] = (long) start << 32 | p;
            }
        }
        Arrays.sort(all, 0, n);
        return n == all.length ? all : Arrays.copyOf(all, n);
    }

    /** The index in {@code occurrences} (ascending) of the first occurrence starting at or after {@code from}. */
    static int firstFrom(long[] occurrences, int from) {
        int lo = 0;
        int hi = occurrences.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (occurrences[mid] >>> 32) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
