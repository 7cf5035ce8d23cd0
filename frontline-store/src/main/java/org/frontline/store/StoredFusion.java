package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.fusion.Reach;
import org.frontline.fusion.ReportedEvent;

/**
 * Keeps the stored fusion up to date as articles arrive, inside their put transaction. Every stored report belongs to
 * a component: the reports linked to it by chains of reports within fusion's reach ({@link Reach#between}), closed
 * under that relation. A new report is compared with the stored reports near it, found by indexed window queries
 * (the spatial and day index around it, and its district); the components it touches merge with it into one, the
 * fuser runs over that component alone, and the component's fused events, control claims and reported gaps replace
 * the ones it had. Since fusion never joins or contests reports outside each other's reach, the stored result is what
 * fusing the whole store at once gives, and a report that bridges two earlier fused events merges them.
 */
final class StoredFusion {
    /** A stored report, the fused event it was last part of (null for one this put adds), and its component. */
    record Member(long eventId, ReportedEvent report, String fusedId, String component) {
    }

    static final String MEMBER_COLUMNS = "SELECT e.id, e.article_id, e.rank, e.json, r.json, r.fused_id,"
            + " r.component FROM events e JOIN reports r ON r.event_id = e.id";

    private final JdbcEventStore store;
    private final StoreJson json;
    private final Supplier<Analysis> analysis;

    StoredFusion(JdbcEventStore store, StoreJson json, Supplier<Analysis> analysis) {
        this.store = store;
        this.json = json;
        this.analysis = analysis;
    }

    /** Fuses the events of articles just stored (their event rows written) with what they may be one event with. */
    void add(Statements sql, List<Extraction> added) throws SQLException {
        Map<Long, Member> fresh = new LinkedHashMap<>();
        Map<String, Member> freshComponents = new HashMap<>();
        PreparedStatement reports = reportInsert(sql);
        for (Extraction x : added) {
            Map<Integer, Long> ids = eventIds(sql, x.article().id());
            for (ReportedEvent r : ReportedEvent.of(x)) {
                long id = ids.get(Integer.parseInt(r.id().substring(r.id().lastIndexOf('#') + 1)));
                addReport(reports, id, r);
                Member m = new Member(id, r, null, r.id());
                fresh.put(id, m);
                freshComponents.put(m.component(), m);
            }
        }
        reports.executeBatch();
        Links links = new Links();
        fresh.values().forEach(m -> links.union(m.component(), m.component()));
        for (Member m : fresh.values()) {
            for (Member c : candidates(sql, m.report().event())) {
                if (c.eventId() != m.eventId() && Reach.between(m.report().event(), c.report().event())) {
                    links.union(m.component(), fresh.containsKey(c.eventId()) ? fresh.get(c.eventId()).component()
                            : c.component());
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        FusionRewrite rewrite = new FusionRewrite(store, json, analysis.get());
        for (List<String> group : links.groups()) {
            List<Member> members = new ArrayList<>();
            for (String component : group) {
                Member alone = freshComponents.get(component);
                members.addAll(alone != null ? List.of(alone) : members(sql, component));
            }
            String id = group.stream().min(Comparator.naturalOrder()).orElseThrow();
            relabel(sql, members, id);
            rewrite.replace(sql, members);
        }
        rewrite.updateCounts(sql);
    }

    /** Rebuilds the whole stored fusion from the stored articles in one pass ({@link FusionRebuild}). */
    void rebuild(Statements sql) throws SQLException {
        new FusionRebuild(store, this, json, analysis.get()).run(sql);
    }

    static PreparedStatement reportInsert(Statements sql) throws SQLException {
        return sql.get("INSERT INTO reports (event_id, fused_id, component, district, day_first, day_last, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /** The reports of a stored component (a fresh report is its own component until relabelled). */
    List<Member> members(Statements sql, String component) throws SQLException {
        PreparedStatement ps = sql.get(MEMBER_COLUMNS + " WHERE r.component = ?");
        ps.setString(1, component);
        List<Member> out = new ArrayList<>();
        read(ps, out);
        return out;
    }

    private static void relabel(Statements sql, List<Member> members, String component) throws SQLException {
        PreparedStatement ps = sql.get("UPDATE reports SET component = ? WHERE event_id = ?");
        for (Member m : members) {
            if (!m.component().equals(component)) {
                ps.setString(1, component);
                ps.setLong(2, m.eventId());
                ps.addBatch();
            }
        }
        ps.executeBatch();
    }

    /** Stored reports within reach of {@code e}'s place (a box of {@link Reach#KM} km, or its district) and days. */
    private List<Member> candidates(Statements sql, Event e) throws SQLException {
        Location l = e.location();
        LocalDate from = Reach.firstDay(e);
        LocalDate to = Reach.lastDay(e);
        if (l == null || from == null) {
            return List.of();
        }
        double dLat = Reach.latDegrees();
        double dLon = Reach.lonDegrees(l.lat());
        BoundingBox box = new BoundingBox(Math.max(-180, l.lon() - dLon), Math.max(-90, l.lat() - dLat),
                Math.min(180, l.lon() + dLon), Math.min(90, l.lat() + dLat));
        Where near = store.where(EventQuery.all().withBbox(box).withDates(from, to));
        List<Member> out = new ArrayList<>();
        PreparedStatement ps = sql.get(MEMBER_COLUMNS + near.sql());
        near.bind(ps, 1);
        read(ps, out);
        String district = Reach.district(l);
        if (district != null) {
            PreparedStatement byDistrict = sql.get(MEMBER_COLUMNS + " WHERE r.district = ? AND r.day_first >= ?"
                    + " AND r.day_first <= ? AND r.day_last >= ?");
            byDistrict.setString(1, district);
            byDistrict.setLong(2, from.toEpochDay() - EventDays.MAX_SPAN);
            byDistrict.setLong(3, to.toEpochDay());
            byDistrict.setLong(4, from.toEpochDay());
            read(byDistrict, out);
        }
        return out;
    }

    void read(PreparedStatement ps, List<Member> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String reportId = rs.getString(2) + "#" + rs.getInt(3);
                out.add(new Member(rs.getLong(1), json.report(reportId, json.event(rs.getString(4)), rs.getString(5)),
                        rs.getString(6), rs.getString(7)));
            }
        }
    }

    static Map<Integer, Long> eventIds(Statements sql, String articleId) throws SQLException {
        PreparedStatement ps = sql.get("SELECT rank, id FROM events WHERE article_id = ?");
        ps.setString(1, articleId);
        Map<Integer, Long> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return out;
    }

    void addReport(PreparedStatement ps, long eventId, ReportedEvent r) throws SQLException {
        Event e = r.event();
        ps.setLong(1, eventId);
        ps.setString(2, r.id());
        ps.setString(3, r.id());
        ps.setString(4, Reach.district(e.location()));
        ps.setObject(5, Reach.firstDay(e) == null ? null : (Object) Reach.firstDay(e).toEpochDay());
        ps.setObject(6, Reach.lastDay(e) == null ? null : (Object) Reach.lastDay(e).toEpochDay());
        ps.setString(7, json.reportJson(r));
        ps.addBatch();
    }

    /**
     * Fuses the events stored before fusion was (a store made by an earlier version, or a deferred bulk load that
     * was not rebuilt), a thousand articles at a time, each batch in its own transaction; nothing to do, at the cost
     * of two index lookups, on an up-to-date store.
     */
    void fuseUnfused(Connections connections) {
        boolean more = true;
        while (more) {
            more = connections.with("fuse the stored events", c -> JdbcEventStore.inTransaction(c, () -> {
                try (Statements sql = new Statements(c)) {
                    store.lockFusion(sql);
                    List<Extraction> xs = new ArrayList<>();
                    for (String id : unfused(sql, 1000)) {
                        PreparedStatement ps = sql.get("SELECT " + JdbcEventStore.ARTICLE_COLUMNS
                                + " FROM articles WHERE id = ?");
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            xs.add(store.article(rs, 1).extraction());
                        }
                    }
                    add(sql, xs);
                    return !xs.isEmpty();
                }
            }));
        }
    }

    /** The ids of stored articles whose events are not fused yet (a store made before fusion was stored). */
    private static Set<String> unfused(Statements sql, int limit) throws SQLException {
        PreparedStatement ps = sql.get("SELECT article_id FROM events WHERE id > (SELECT coalesce(max(event_id), 0)"
                + " FROM reports) ORDER BY id LIMIT ?");
        ps.setInt(1, limit);
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
