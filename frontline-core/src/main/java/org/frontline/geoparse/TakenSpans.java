package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.frontline.text.Token;

/**
 * The spans other stages claimed (actor and source names, {@link GeoHints#taken()}), merged and sorted once per
 * document so that "does this token lie in one of them" is a binary search, not a walk over every span: it is asked
 * of nearly every token, and both grow with the document (a walk made geoparsing quadratic in the length).
 */
final class TakenSpans {
    /**
     * Starts strictly ascending, ends never descending ({@code ends[i] <= starts[i + 1]}): overlapping spans are
     * merged, touching ones kept apart (the walk this replaces told an empty query at their joint from either).
     */
    private final int[] starts;
    private final int[] ends;

    private TakenSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** @param spans [start, end) pairs in any order, overlapping or not */
    static TakenSpans of(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        // the second key compared as an int, as Integer.compareTo compared it boxed (an Integer per comparison)
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        int[] starts = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        int n = 0;
        for (int[] s : sorted) {
            if (n > 0 && (s[0] < ends[n - 1] || s[0] == starts[n - 1])) { // overlapping, or inside the one before
                ends[n - 1] = Math.max(ends[n - 1], s[1]);
            } else {
                starts[n] = s[0];
                ends[n] = s[1];
                n++;
            }
        }
        return new TakenSpans(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Whether [start, end) overlaps one of the spans. */
    boolean overlaps(int start, int end) {
        // the last span starting before end answers for all: if an earlier one ends after start, so does it
        int i = Arrays.binarySearch(starts, end);
        int last = i >= 0 ? i - 1 : -i - 2;
        return last >= 0 && ends[last] > start;
    }

    /** Whether {@code t} lies in one of the spans (overlaps it). */
    boolean covers(Token t) {
        return overlaps(t.start(), t.end());
    }
}
