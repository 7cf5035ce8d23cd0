package org.frontline.fusion;

import java.util.List;

/**
 * Groups reports of the same event into fused events.
 *
 * <p>Contract: every report ends up in exactly one fused event; the output is ordered by first day, then by place
 * name. Reports that contradict each other from different sides are not merged: they stay separate fused events
 * flagged {@link FusedEvent#contested()} and naming each other. Implementations are thread-safe and deterministic
 * (the same reports in any order give the same fused events).
 */
public interface Fuser {
    List<FusedEvent> fuse(List<ReportedEvent> reports);
}
