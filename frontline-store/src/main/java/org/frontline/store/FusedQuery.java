package org.frontline.store;

import java.time.LocalDate;

/**
 * Which stored fused events to list: inside a bounding box (nullable), overlapping a date range (either end
 * nullable, compared as {@link EventQuery} compares events), contested or not (null: both), one page of them.
 */
public record FusedQuery(BoundingBox bbox, LocalDate from, LocalDate until, Boolean contested, int limit,
                         int offset) {
    public FusedQuery {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + EventQuery.MAX_LIMIT + " and offset >= 0, got "
                    + limit + ", " + offset);
        }
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("from " + from + " is after until " + until);
        }
    }

    public static FusedQuery all() {
        return new FusedQuery(null, null, null, null, EventQuery.DEFAULT_LIMIT, 0);
    }

    public FusedQuery withDates(LocalDate newFrom, LocalDate newUntil) {
        return new FusedQuery(bbox, newFrom, newUntil, contested, limit, offset);
    }
}
