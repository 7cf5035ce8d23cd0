package org.frontline.events;

import java.util.Arrays;
import java.util.List;
import org.frontline.AnchoredPattern;

/**
 * One cue's anchor occurrences in one report's fold, found once: {@link #findIn} then answers as
 * {@link AnchoredPattern#findIn} for the short windows before a report's triggers, which copied each window's fold and
 * searched it for every anchor again (a long report's triggers read its text many times over). A window is handed to
 * the regex exactly when an anchor occurrence lies wholly inside it, which is when the window's own fold holds that
 * anchor. The occurrences are found only once the windows asked about add up to more than the report: until then
 * each window's own fold is searched for the anchors ({@link AnchoredPattern#findIn}), which for an ACLED note with a
 * trigger or two reads a few dozen chars per anchor where finding every occurrence read the whole note per anchor
 * (three cues, some forty anchors, for each note with a trigger). Either way costs at most twice the cheaper. Not
 * thread-safe; one per report and cue.
 */
final class ReportAnchors {
    private final AnchoredPattern cue;
    private final String body;
    private final String folded;
    /** Whether the cue's anchors are known and none is empty: only then are their occurrences worth finding. */
    private final boolean known;
    /** Every occurrence as its start << 32 | its end, ascending; null until found (or when not {@link #known}). */
    private long[] occurrences;
    /** The chars of the windows asked about before the occurrences were found. */
    private long asked;

    /**
     * @param folded {@code body}'s fold ({@link AnchoredPattern#fold}), char for char, so a window's fold is its slice
     */
    ReportAnchors(AnchoredPattern cue, String body, String folded) {
        this.cue = cue;
        this.body = body;
        this.folded = folded;
        List<String> anchors = cue.anchors();
        this.known = !anchors.isEmpty() && !anchors.contains("");
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
            if (!known || asked + (to - from) <= folded.length()) {
                // no anchors to find once, or fewer chars asked about than the report holds: the window alone
                asked += to - from;
                return cue.findIn(body, folded, from, to);
            }
            occurrences = occurrences(cue.anchors(), folded);
        }
        return holds(from, to) && cue.pattern().matcher(body).region(from, to).find();
    }

    /** Whether the occurrences have been found (tests: the windows asked about outgrew the report). */
    boolean indexed() {
        return occurrences != null;
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
