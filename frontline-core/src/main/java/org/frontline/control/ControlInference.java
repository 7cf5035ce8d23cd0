package org.frontline.control;

import java.util.List;
import org.frontline.fusion.FusedEvent;

/**
 * Derives who holds which place when from fused events. Only events that say something about the ground count:
 * territory taken (ACLED's "Government regains territory", "Non-state actor overtakes territory", "Non-violent
 * transfer of territory": actor1 holds the place afterwards) and attacks repelled (the defender still holds it).
 * Implementations are thread-safe; the result is deterministic for a given list.
 */
public interface ControlInference {
    ControlMap infer(List<FusedEvent> events);
}
