package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.Analysis;
import org.frontline.control.ControlClaim;
import org.frontline.control.ControlMap;
import org.frontline.control.FrontGap;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;
import org.frontline.text.NameKey;

/**
 * Replaces the stored fusion of one component of reports: the fused events its members were part of go, with their
 * control claims and reported gaps, and the fuser's result over the component takes their place (a fused event that
 * comes out the same, JSON for JSON, stays as it was, so a new report rewrites only what it changes). Each fused event
 * keeps its own claims ({@link org.frontline.control.ControlInference#infer} of it alone), so that a place's
 * timeline is rebuilt from the claims of every fused event that names it.
 */
final class FusionRewrite {
    private final JdbcEventStore store;
    private final StoreJson json;
    private final Analysis analysis;
    private long total;
    private long contested;

    FusionRewrite(JdbcEventStore store, StoreJson json, Analysis analysis) {
        this.store = store;
        this.json = json;
        this.analysis = analysis;
    }

    void replace(Statements sql, List<StoredFusion.Member> members) throws SQLException {
        Set<String> old = new LinkedHashSet<>();
        Map<String, Long> eventIds = new HashMap<>();
        Map<String, String> fusedOf = new HashMap<>();
        for (StoredFusion.Member m : members) {
            if (m.fusedId() != null) {
                old.add(m.fusedId());
            }
            eventIds.put(m.report().id(), m.eventId());
            fusedOf.put(m.report().id(), m.fusedId() != null ? m.fusedId() : m.report().id());
        }
        List<FusedEvent> fused = analysis.fuser().fuse(members.stream().map(StoredFusion.Member::report).toList());
        Map<String, String> fresh = new LinkedHashMap<>();
        fused.forEach(f -> fresh.put(f.id(), json.fusedJson(f, eventIds)));
        Set<String> kept = new HashSet<>();
        for (String id : old) {
            String before = stored(sql, id);
            if (before != null && before.equals(fresh.get(id))) {
                kept.add(id);
            } else if (before != null) {
                delete(sql, id);
            }
        }
        PreparedStatement moves = sql.get("UPDATE reports SET fused_id = ? WHERE event_id = ?");
        for (FusedEvent f : fused) {
            if (!kept.contains(f.id())) {
                insert(sql, f, fresh.get(f.id()));
            }
            for (ReportedEvent r : f.reports()) {
                if (!f.id().equals(fusedOf.get(r.id()))) {
                    moves.setString(1, f.id());
                    moves.setLong(2, eventIds.get(r.id()));
                    moves.addBatch();
                }
            }
        }
        moves.executeBatch();
    }

    /** Adds what the replacements made to the stored counts of fused and contested events. */
    void updateCounts(Statements sql) throws SQLException {
        if (total != 0 || contested != 0) {
            PreparedStatement ps = sql.get("UPDATE fused_counts SET total = total + ?, contested = contested + ?");
            ps.setLong(1, total);
            ps.setLong(2, contested);
            ps.executeUpdate();
            total = 0;
            contested = 0;
        }
    }

    /** The stored JSON of a fused event; null when there is none by that id. */
    private static String stored(Statements sql, String fusedId) throws SQLException {
        PreparedStatement ps = sql.get("SELECT json FROM fused WHERE id = ?");
        ps.setString(1, fusedId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void delete(Statements sql, String fusedId) throws SQLException {
        PreparedStatement find = sql.get("SELECT seq, contested FROM fused WHERE id = ?");
        find.setString(1, fusedId);
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            store.unindexFused(sql, rs.getLong(1));
            total--;
            contested -= rs.getInt(2);
        }
        for (String table : List.of("DELETE FROM fused WHERE id = ?", "DELETE FROM control_claims WHERE fused_id = ?")) {
            PreparedStatement ps = sql.get(table);
            ps.setString(1, fusedId);
            ps.executeUpdate();
        }
    }

    private void insert(Statements sql, FusedEvent f, String fusedJson) throws SQLException {
        EventDays days = EventDays.of(f.eventDate(), f.timePrecision());
        boolean located = f.location() != null;
        String sortDate = f.eventDate() == null ? "9999" : f.eventDate();
        String placeName = located ? f.location().name() : "";
        PreparedStatement ps = sql.get("INSERT INTO fused (id, sort_date, place_name, day_first, day_last, lon, lat,"
                + " contested, gap, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
        ps.setString(1, f.id());
        ps.setString(2, sortDate);
        ps.setString(3, placeName);
        ps.setObject(4, days == null ? null : (Object) days.first());
        ps.setObject(5, days == null ? null : (Object) days.last());
        ps.setObject(6, located ? (Object) f.location().lon() : null);
        ps.setObject(7, located ? (Object) f.location().lat() : null);
        ps.setInt(8, f.contested() ? 1 : 0);
        total++;
        contested += f.contested() ? 1 : 0;
        List<FrontGap> gaps = analysis.gaps().measure(new ControlMap(List.of()), List.of(f));
        ps.setString(9, gaps.isEmpty() ? null : json.write(gaps.get(0)));
        ps.setString(10, fusedJson);
        long seq;
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        if (located && days != null) {
            store.indexFused(sql, seq, f.location().lon(), f.location().lat(), days);
        }
        PreparedStatement claims = sql.get("INSERT INTO control_claims (fused_id, place_id, place_key, place_name,"
                + " day_from, sort_date, json, lon, lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (var t : analysis.control().infer(List.of(f)).timelines()) {
            for (ControlClaim c : t.claims()) {
                claims.setString(1, f.id());
                claims.setString(2, c.place().id());
                claims.setString(3, NameKey.fold(c.place().name()));
                claims.setString(4, c.place().name());
                claims.setLong(5, c.from().toEpochDay());
                claims.setString(6, sortDate + "\u0001" + placeName + "\u0001" + f.id());
                claims.setString(7, json.write(c));
                claims.setObject(8, located ? (Object) f.location().lon() : null);
                claims.setObject(9, located ? (Object) f.location().lat() : null);
                claims.addBatch();
            }
        }
        claims.executeBatch();
    }
}
