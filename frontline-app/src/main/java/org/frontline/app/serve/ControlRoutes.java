package org.frontline.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.frontline.Analysis;
import org.frontline.Dates;
import org.frontline.app.control.StoredReports;
import org.frontline.control.ControlClaim;
import org.frontline.control.PlaceTimeline;
import org.frontline.fusion.FusedEvent;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/**
 * The cross-article API: control of places over time, fused events (the evidence panel's reports side by side,
 * contested pairs) and the gaps between fronts. Fusion runs over the whole store, so its result is kept until the
 * store's event count changes (an ingest), and computed at most once at a time.
 */
final class ControlRoutes {
    private final EventStore store;
    private final Analysis analysis;
    private final Routes routes;
    private final Views views;
    private long cachedCount = -1;
    private Analysis.Picture picture;
    private StoredReports reports;

    ControlRoutes(EventStore store, Analysis analysis, Routes routes, Views views) {
        this.store = store;
        this.analysis = analysis;
        this.routes = routes;
        this.views = views;
    }

    /** {@code ?place=&at=}: one place's timeline; without place, every place's controller on {@code at}. */
    void control(Context ctx) {
        LocalDate at = day(ctx.queryParam("at"));
        String place = ctx.queryParam("place");
        Analysis.Picture p = current();
        ObjectNode node = views.json().createObjectNode();
        node.put("at", at == null ? null : at.toString());
        if (place == null || place.isBlank()) {
            LocalDate day = at == null ? LocalDate.now() : at;
            node.put("at", day.toString());
            ArrayNode items = node.putArray("items");
            for (PlaceTimeline t : p.control().timelines()) {
                List<ControlClaim> claims = t.claimsAt(day);
                if (!claims.isEmpty()) {
                    ObjectNode item = items.addObject();
                    item.set("place", views.json().valueToTree(t.place()));
                    item.set("controller", views.json().valueToTree(claims.get(0)));
                    item.put("contested", claims.stream().map(ControlClaim::camp).distinct().count() > 1);
                    item.set("claims", views.json().valueToTree(claims));
                }
            }
            routes.send(ctx, 200, node);
            return;
        }
        PlaceTimeline t = p.control().find(place.strip()).orElse(null);
        if (t == null) {
            routes.send(ctx, 404, views.error("no event hands '" + place + "' to anyone", "place"));
            return;
        }
        node.set("place", views.json().valueToTree(t.place()));
        node.set("controller", at == null ? null : views.json().valueToTree(t.at(at).orElse(null)));
        node.set("claims_at", views.json().valueToTree(at == null ? List.of() : t.claimsAt(at)));
        node.set("timeline", views.json().valueToTree(t.claims()));
        routes.send(ctx, 200, node);
    }

    /** {@code ?contested=true&limit=&offset=}: fused events, each report with its store event id. */
    void fusedEvents(Context ctx) {
        int limit = EventParams.integer(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, EventQuery.MAX_LIMIT);
        int offset = EventParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String contested = ctx.queryParam("contested");
        if (contested != null && !contested.equals("true") && !contested.equals("false")) {
            throw new BadParameter("contested", "contested must be true or false, got '" + contested + "'");
        }
        Analysis.Picture p = current();
        StoredReports ids = reports;
        List<FusedEvent> all = p.fused().stream()
                .filter(f -> contested == null || f.contested() == Boolean.parseBoolean(contested)).toList();
        ObjectNode node = views.json().createObjectNode();
        node.put("total", all.size());
        node.put("limit", limit);
        node.put("offset", offset);
        ArrayNode items = node.putArray("items");
        all.stream().skip(offset).limit(limit).forEach(f -> {
            ObjectNode item = views.json().valueToTree(f);
            ArrayNode reportNodes = (ArrayNode) item.get("reports");
            for (int i = 0; i < f.reports().size(); i++) {
                Long id = ids.eventIds().get(f.reports().get(i).id());
                ((ObjectNode) reportNodes.get(i)).put("event_id", id);
            }
            items.add(item);
        });
        routes.send(ctx, 200, node);
    }

    /** Computed and reported gaps between the fronts, oldest first. */
    void frontGaps(Context ctx) {
        ObjectNode node = views.json().createObjectNode();
        node.set("items", views.json().valueToTree(current().gaps()));
        routes.send(ctx, 200, node);
    }

    private synchronized Analysis.Picture current() {
        long count = store.count(EventQuery.all());
        if (count != cachedCount) {
            reports = StoredReports.read(store);
            picture = analysis.ofReports(reports.reports());
            cachedCount = count;
        }
        return picture;
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
