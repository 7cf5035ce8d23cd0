package org.frontline.events;

import java.util.Arrays;
import java.util.List;
import org.frontline.AnchoredPattern;

/**
 * One cue's anchor occurrences in one report's fold, found once: {@link #findIn} then answers as
 * {@link AnchoredPattern#findIn} for the short windows before a report's triggers, which copied each window's fold and
 * searched it for every anchor again (a long report's triggers read its text many times over). A window is handed to
 * the regex exactly when an anchor occurrence lies wholly inside it, which is when the window's own fold holds that
 * anchor. Immutable; one per report and cue.
 */
final class ReportAnchors {
    private final AnchoredPattern cue;
    private final String body;
    private final String folded;
    /** Every occurrence as its start << 32 | its end, ascending; null when the anchors are not known or empty. */
    private final long[] occurrences;

    /**
     * @param folded {@code body}'s fold ({@link AnchoredPattern#fold}), char for char, so a window's fold is its slice
     */
    ReportAnchors(AnchoredPattern cue, String body, String folded) {
        this.cue = cue;
        this.body = body;
        this.folded = folded;
        List<String> anchors = cue.anchors();
        this.occurrences = anchors.isEmpty() || anchors.contains("") ? null : occurrences(anchors, folded);
    }

    private static long[] occurrences(List<String> anchors, String folded) {
        long[] at = new long[8];
        int n = 0;
        for (String a : anchors) {
            for (int i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = (long) i << 32 | (i + a.length());
            }
        }
        long[] sorted = Arrays.copyOf(at, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** {@code cue.findIn(body, folded, from, to)}: whether the cue matches {@code body.substring(from, to)}. */
    boolean findIn(int from, int to) {
        if (occurrences == null) {
            return cue.findIn(body, folded, from, to); // no anchors to find once: the pattern decides as before
        }
        return holds(from, to) && cue.pattern().matcher(body).region(from, to).find();
    }

    /** Whether an occurrence lies wholly inside [from, to). */
    private boolean holds(int from, int to) {
        int k = Arrays.binarySearch(occurrences, (long) from << 32);
        for (k = k < 0 ? -k - 1 : k; k < occurrences.length && (int) (occurrences[k] >>> 32) < to; k++) {
            if ((int) occurrences[k] <= to) {
                return true;
            }
        }
        return false;
    }
}
