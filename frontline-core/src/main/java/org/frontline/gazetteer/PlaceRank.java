package org.frontline.gazetteer;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which a gazetteer lists candidates: countries first, then by population, largest first, then by id.
 * Sorting millions of places through a comparator that decodes ids would dominate the load, so country, population
 * and position are packed into one long and sorted as primitives; only runs that tie on country and population
 * (villages of unknown population) are then sorted by id.
 */
final class PlaceRank {
    private static final int POSITION_BITS = 26;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private PlaceRank() {
    }

    /** Storage positions of {@code columns}, most prominent first. */
    static int[] of(PlaceColumns columns) {
        int n = columns.size();
        if (n > POSITION_MASK) {
            return byComparator(columns);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long pop = columns.population(i);
            if (pop < 0 || pop > Integer.MAX_VALUE) {
                return byComparator(columns);
            }
            packed[i] = (columns.isCountry(i) ? 0L : 1L) << 58 | (Integer.MAX_VALUE - pop) << POSITION_BITS | i;
        }
        Arrays.parallelSort(packed);
        int[] ranked = new int[n];
        for (int r = 0; r < n; r++) {
            ranked[r] = (int) (packed[r] & POSITION_MASK);
        }
        for (int r = 0, end; r < n; r = end) {
            end = r + 1;
            while (end < n && packed[end] >>> POSITION_BITS == packed[r] >>> POSITION_BITS) {
                end++;
            }
            if (end - r > 1) {
                sortById(columns, ranked, r, end);
            }
        }
        return ranked;
    }

    /** Sorts {@code ranked[from, to)} by id, in place. */
    private static void sortById(PlaceColumns columns, int[] ranked, int from, int to) {
        int[] run = Arrays.copyOfRange(ranked, from, to);
        String[] ids = new String[run.length];
        Integer[] order = new Integer[run.length];
        for (int j = 0; j < run.length; j++) {
            ids[j] = columns.id(run[j]);
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparing((Integer j) -> ids[j]));
        for (int j = 0; j < run.length; j++) {
            ranked[from + j] = run[order[j]];
        }
    }

    /** The same order for what does not pack (populations beyond an int, more than 2^26 places): slower. */
    private static int[] byComparator(PlaceColumns columns) {
        int n = columns.size();
        String[] ids = new String[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = columns.id(i);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> !columns.isCountry(i))
                .thenComparing(Comparator.comparingLong((Integer i) -> columns.population(i)).reversed())
                .thenComparing(i -> ids[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
