package org.frontline.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A document's mentions (actors, places) cut by sentence. Filtering every mention for every sentence costs
 * sentences × mentions, which grows with the square of a long report; the mentions come in text order, so each
 * sentence's are one run found by binary search. Mentions not in text order are filtered as before.
 *
 * @param <T> the mention
 */
final class Spans<T> {
    private final List<T> all;
    private final int[] starts;
    private final int[] ends;
    private final boolean ordered;

    Spans(List<T> all, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.all = all;
        this.starts = new int[all.size()];
        this.ends = new int[all.size()];
        boolean inOrder = true;
        for (int i = 0; i < starts.length; i++) {
            T m = all.get(i);
            starts[i] = start.applyAsInt(m);
            ends[i] = end.applyAsInt(m);
            inOrder &= ends[i] >= starts[i] && (i == 0 || starts[i] >= starts[i - 1]);
        }
        this.ordered = inOrder;
    }

    /** The mentions wholly inside [{@code from}, {@code to}), in their order: those with from ≤ start and end ≤ to. */
    List<T> within(int from, int to) {
        if (!ordered) {
            List<T> kept = new ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] >= from && ends[i] <= to) {
                    kept.add(all.get(i));
                }
            }
            return Collections.unmodifiableList(kept);
        }
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) { // the first mention starting at or after from
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // past a mention starting after to, none ends by to (each ends at or after its start)
        int stop = lo;
        boolean all = true;
        while (stop < starts.length && starts[stop] <= to) {
            all &= ends[stop] <= to;
            stop++;
        }
        if (lo == stop) {
            return List.of();
        }
        if (all) {
            return Collections.unmodifiableList(this.all.subList(lo, stop));
        }
        List<T> kept = new ArrayList<>();
        for (int i = lo; i < stop; i++) {
            if (ends[i] <= to) {
                kept.add(this.all.get(i));
            }
        }
        return Collections.unmodifiableList(kept);
    }
}
