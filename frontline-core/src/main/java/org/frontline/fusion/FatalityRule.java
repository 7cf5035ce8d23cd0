package org.frontline.fusion;

import java.util.List;

/**
 * How a fused event's fatalities are reconciled from its reports: ACLED's rule of the most conservative credible
 * figure. Reports that give no figure (0) are ignored, since a report that omits the dead does not say nobody died.
 * Among the others, the lowest figure from a non-partisan source (stance "independent": wires, monitors that take no
 * side) wins when there is one; otherwise the lowest figure of any source. Partisan figures are known to inflate the
 * other side's losses, and the lowest one is the one every side concedes.
 */
final class FatalityRule {
    private FatalityRule() {
    }

    static int reconcile(List<ReportedEvent> reports) {
        int lowestNeutral = Integer.MAX_VALUE;
        int lowest = Integer.MAX_VALUE;
        for (ReportedEvent r : reports) {
            int n = r.event().fatalities();
            if (n <= 0) {
                continue;
            }
            lowest = Math.min(lowest, n);
            if (r.sources().stream().allMatch(s -> "independent".equals(s.stance()))) {
                lowestNeutral = Math.min(lowestNeutral, n);
            }
        }
        return lowestNeutral != Integer.MAX_VALUE ? lowestNeutral : lowest != Integer.MAX_VALUE ? lowest : 0;
    }
}
