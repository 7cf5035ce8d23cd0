package org.frontline.store;

/**
 * A stored fused event.
 *
 * @param json the fused event's JSON (FusedEvent's fields, each report with the {@code event_id} of its stored
 *             event), ready to serve
 */
public record StoredFused(String id, boolean contested, String json) {
    public StoredFused {
        if (id == null || json == null) {
            throw new IllegalArgumentException("a stored fused event needs an id and its JSON");
        }
    }
}
