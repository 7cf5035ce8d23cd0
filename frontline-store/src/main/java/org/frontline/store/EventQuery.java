package org.frontline.store;

import java.time.LocalDate;

/**
 * Filters and paging for event queries; every filter is optional (null = no filter) and they combine with AND.
 *
 * @param bbox         events located inside the box (events without a location never match a bbox)
 * @param from         events whose date range ends on or after this day
 * @param until        events whose date range starts on or before this day
 * @param eventType    ACLED event_type, exact
 * @param subEventType ACLED sub_event_type, exact
 * @param actor        actor1, actor2 or an associated actor, case-insensitive exact name
 * @param source       an attribution's source (or one it cites), case-insensitive exact name
 * @param text         words that must all occur in the event's notes or its article's body (case-insensitive)
 * @param articleId    events of this article only
 * @param limit        page size, 1..10,000
 * @param offset       items to skip, >= 0
 */
public record EventQuery(BoundingBox bbox, LocalDate from, LocalDate until, String eventType, String subEventType,
                         String actor, String source, String text, String articleId, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("from " + from + " is after until " + until);
        }
        eventType = blankToNull(eventType);
        subEventType = blankToNull(subEventType);
        actor = blankToNull(actor);
        source = blankToNull(source);
        text = blankToNull(text);
        articleId = blankToNull(articleId);
    }

    /** No filter, first page of {@link #DEFAULT_LIMIT}. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery withBbox(BoundingBox box) {
        return new EventQuery(box, from, until, eventType, subEventType, actor, source, text, articleId, limit, offset);
    }

    public EventQuery withDates(LocalDate newFrom, LocalDate newUntil) {
        return new EventQuery(bbox, newFrom, newUntil, eventType, subEventType, actor, source, text, articleId, limit,
                offset);
    }

    public EventQuery withTypes(String newEventType, String newSubEventType) {
        return new EventQuery(bbox, from, until, newEventType, newSubEventType, actor, source, text, articleId, limit,
                offset);
    }

    public EventQuery withActor(String newActor) {
        return new EventQuery(bbox, from, until, eventType, subEventType, newActor, source, text, articleId, limit,
                offset);
    }

    public EventQuery withSource(String newSource) {
        return new EventQuery(bbox, from, until, eventType, subEventType, actor, newSource, text, articleId, limit,
                offset);
    }

    public EventQuery withText(String newText) {
        return new EventQuery(bbox, from, until, eventType, subEventType, actor, source, newText, articleId, limit,
                offset);
    }

    public EventQuery withArticle(String newArticleId) {
        return new EventQuery(bbox, from, until, eventType, subEventType, actor, source, text, newArticleId, limit,
                offset);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(bbox, from, until, eventType, subEventType, actor, source, text, articleId, newLimit,
                newOffset);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
