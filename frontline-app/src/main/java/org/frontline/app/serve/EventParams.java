package org.frontline.app.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.events.EventType;
import org.frontline.store.BoundingBox;
import org.frontline.store.EventQuery;

/**
 * Reads the event filters and paging of a request into an {@link EventQuery}. Every bad value is a
 * {@link BadParameter} naming the parameter, so a client learns which one to fix instead of getting a 500.
 */
final class EventParams {
    /** Every query parameter the event routes read; the OpenAPI test checks each one is described. */
    static final List<String> NAMES = List.of("bbox", "from", "until", "event_type", "sub_event_type", "actor",
            "source", "q", "article", "limit", "offset");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private EventParams() {
    }

    /** The filters and paging of {@code ctx}'s query string. */
    static EventQuery query(Context ctx) {
        BoundingBox bbox = bbox(ctx.queryParam("bbox"));
        LocalDate from = day("from", ctx.queryParam("from"));
        LocalDate until = day("until", ctx.queryParam("until"));
        if (from != null && until != null && from.isAfter(until)) {
            throw new BadParameter("until", "until " + until + " is before from " + from);
        }
        String eventType = ctx.queryParam("event_type");
        if (eventType != null && !eventType.isBlank() && !EventType.SUB_TYPES.containsKey(eventType.strip())) {
            throw new BadParameter("event_type", "event_type must be one of " + Set.copyOf(
                    EventType.SUB_TYPES.keySet()).stream().sorted().toList() + ", got '" + eventType + "'");
        }
        int limit = integer(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, EventQuery.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        return new EventQuery(bbox, from, until, eventType, ctx.queryParam("sub_event_type"), ctx.queryParam("actor"),
                ctx.queryParam("source"), ctx.queryParam("q"), ctx.queryParam("article"), limit, offset);
    }

    /** An integer parameter within min..max, or the default when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be an integer, got '" + raw + "'", e);
        }
        if (value < min || value > max) {
            throw new BadParameter(name, name + " must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    static BoundingBox bbox(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return BoundingBox.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("bbox", "bbox must be minLon,minLat,maxLon,maxLat in degrees: " + e.getMessage(), e);
        }
    }

    static LocalDate day(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " must be a date YYYY-MM-DD, got '" + raw + "'", e);
        }
        throw new BadParameter(name, name + " must be a date YYYY-MM-DD, got '" + raw + "'");
    }
}
