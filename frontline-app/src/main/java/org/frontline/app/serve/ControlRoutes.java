package org.frontline.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.Dates;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGap;
import org.frontline.control.FrontGaps;
import org.frontline.control.PlaceTimeline;
import org.frontline.control.TerritoryControl;
import org.frontline.store.BoundingBox;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.FusedQuery;
import org.frontline.store.Page;
import org.frontline.store.StoredFused;

/**
 * The cross-article API: control of places over time, fused events (the evidence panel's reports side by side,
 * contested pairs) and the gaps between fronts. All of it is read from what the store keeps up to date at every
 * put (fused events, control claims, reported gaps) through indexed queries, so no request fuses anything.
 */
final class ControlRoutes {
    /** Change days of computed gaps in one answer, by default and at most. */
    static final int GAP_DAYS = 100;
    static final int MAX_GAP_DAYS = 1000;
    private final EventStore store;
    private final Routes routes;
    private final Views views;

    ControlRoutes(EventStore store, Routes routes, Views views) {
        this.store = store;
        this.routes = routes;
        this.views = views;
    }

    /**
     * {@code ?place=&at=}: one place's timeline; without place, the controller on {@code at} of every place in the
     * required {@code bbox} (the map's view; a page of places by name: {@code limit}, {@code offset}), so that no
     * request reads the whole store's claims.
     */
    void control(Context ctx) {
        LocalDate at = day(ctx.queryParam("at"));
        String place = ctx.queryParam("place");
        ObjectNode node = views.json().createObjectNode();
        node.put("at", at == null ? null : at.toString());
        if (place == null || place.isBlank()) {
            LocalDate day = at == null ? LocalDate.now() : at;
            BoundingBox box = requiredBox(ctx, "control on a day without place");
            int limit = EventParams.integer(ctx, "limit", EventQuery.MAX_LIMIT, 1, EventQuery.MAX_LIMIT);
            int offset = EventParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            node.put("at", day.toString());
            ArrayNode items = node.putArray("items");
            List<ControlClaim> inForce = store.controlAt(day, box, limit, offset);
            for (PlaceTimeline t : TerritoryControl.timelines(inForce).timelines()) {
                List<ControlClaim> claims = t.claimsAt(day);
                ObjectNode item = items.addObject();
                item.set("place", views.json().valueToTree(t.place()));
                item.set("controller", views.json().valueToTree(claims.get(0)));
                item.put("contested", claims.stream().map(ControlClaim::camp).distinct().count() > 1);
                item.set("claims", views.json().valueToTree(claims));
            }
            routes.send(ctx, 200, node);
            return;
        }
        List<ControlClaim> claims = store.controlClaims(place.strip());
        if (claims.isEmpty()) {
            routes.send(ctx, 404, views.error("no event hands '" + place + "' to anyone", "place"));
            return;
        }
        PlaceTimeline t = TerritoryControl.timeline(claims.get(0).place(), claims);
        node.set("place", views.json().valueToTree(t.place()));
        node.set("controller", at == null ? null : views.json().valueToTree(t.at(at).orElse(null)));
        node.set("claims_at", views.json().valueToTree(at == null ? List.of() : t.claimsAt(at)));
        node.set("timeline", views.json().valueToTree(t.claims()));
        routes.send(ctx, 200, node);
    }

    /** {@code ?bbox=&from=&until=&contested=&limit=&offset=}: fused events, each report with its store event id. */
    void fusedEvents(Context ctx) {
        int limit = EventParams.integer(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, EventQuery.MAX_LIMIT);
        int offset = EventParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String contested = ctx.queryParam("contested");
        if (contested != null && !contested.equals("true") && !contested.equals("false")) {
            throw new BadParameter("contested", "contested must be true or false, got '" + contested + "'");
        }
        LocalDate from = EventParams.day("from", ctx.queryParam("from"));
        LocalDate until = EventParams.day("until", ctx.queryParam("until"));
        if (from != null && until != null && from.isAfter(until)) {
            throw new BadParameter("until", "until " + until + " is before from " + from);
        }
        Page<StoredFused> page = store.fused(new FusedQuery(EventParams.bbox(ctx.queryParam("bbox")), from, until,
                contested == null ? null : Boolean.valueOf(contested), limit, offset));
        ObjectNode node = views.json().createObjectNode();
        node.put("total", page.total());
        node.put("limit", limit);
        node.put("offset", offset);
        ArrayNode items = node.putArray("items");
        for (StoredFused f : page.items()) {
            try {
                items.add(views.json().readTree(f.json()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored fused event " + f.id() + " is not JSON: " + e.getMessage(), e);
            }
        }
        routes.send(ctx, 200, node);
    }

    /**
     * {@code ?bbox=&from=&until=&limit=}: gaps computed between the sides' fronts from the control claims of the
     * places in the box (required) on the days control changes from {@code from} to {@code until} (the map's time
     * window; control on the first day counts every claim before it), at most {@code limit} days (default
     * {@value #GAP_DAYS}), then the gaps the sources report there in those days. When days are left out,
     * {@code next_from} is the first of them: ask again from it for the next page. The work follows the claims of
     * the view in force at {@code from} and those of the days asked for, never the whole store.
     */
    void frontGaps(Context ctx) {
        BoundingBox box = requiredBox(ctx, "front gaps");
        LocalDate from = EventParams.day("from", ctx.queryParam("from"));
        LocalDate until = EventParams.day("until", ctx.queryParam("until"));
        if (from != null && until != null && from.isAfter(until)) {
            throw new BadParameter("until", "until " + until + " is before from " + from);
        }
        int limit = EventParams.integer(ctx, "limit", GAP_DAYS, 1, MAX_GAP_DAYS);
        FrontGaps.Computed computed = FrontGaps.computed(TerritoryControl.timelines(store.controlClaimsIn(box,
                from, until)), from, until, limit);
        List<FrontGap> out = new ArrayList<>(computed.gaps());
        out.addAll(store.reportedGaps(box, from, computed.next() == null ? until : computed.next().minusDays(1)));
        ObjectNode node = views.json().createObjectNode();
        node.set("items", views.json().valueToTree(out));
        if (computed.next() != null) {
            node.put("next_from", computed.next().toString());
        }
        routes.send(ctx, 200, node);
    }

    /** The {@code bbox} parameter, which {@code what} needs to stay bounded by the view rather than the store. */
    private static BoundingBox requiredBox(Context ctx, String what) {
        BoundingBox box = EventParams.bbox(ctx.queryParam("bbox"));
        if (box == null) {
            throw new BadParameter("bbox", what + " needs bbox=minLon,minLat,maxLon,maxLat (the map's view)");
        }
        return box;
    }

    private static LocalDate day(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Dates.firstDay(raw.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadParameter("at", "at must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got '" + raw + "'", e);
        }
    }
}
