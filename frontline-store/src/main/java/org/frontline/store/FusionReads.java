package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGap;
import org.frontline.text.NameKey;

/**
 * The queries over the stored fusion (written by {@link FusionRewrite}): fused events by box, days and contest;
 * control claims by place, or in force on a day; reported front gaps. Each is an index probe or range scan, never a
 * pass over the whole store.
 */
final class FusionReads {
    private static final String CLAIM_ORDER = " ORDER BY c.sort_date, c.place_id";
    /** The claims {@code p} whose fused event lies in the box (west, east, south, north), by the control_box index. */
    private static final String IN_BOX = "p.lon >= ? AND p.lon <= ? AND p.lat >= ? AND p.lat <= ?";

    private final JdbcEventStore store;
    private final StoreJson json;

    FusionReads(JdbcEventStore store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    Page<StoredFused> fused(Connection c, FusedQuery q) throws SQLException {
        Where where = new Where();
        if (q.bbox() != null) {
            store.fusedBoxFilter(where, q.bbox(), q.from(), q.until());
            where.and("f.lon >= ? AND f.lon <= ? AND f.lat >= ? AND f.lat <= ?", q.bbox().west(), q.bbox().east(),
                    q.bbox().south(), q.bbox().north());
        }
        if (q.from() != null) {
            long from = q.from().toEpochDay();
            where.and("f.day_last >= ? AND f.day_first >= ?", from, from - EventDays.MAX_SPAN);
        }
        if (q.until() != null) {
            where.and("f.day_first <= ?", q.until().toEpochDay());
        }
        if (q.contested() != null) {
            where.and("f.contested = ?", q.contested() ? 1 : 0);
        }
        List<StoredFused> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.contested, f.json FROM fused f" + where.sql()
                + " ORDER BY f.sort_date, f.place_name, f.id LIMIT ? OFFSET ?")) {
            int i = where.bind(ps, 1);
            ps.setInt(i, q.limit());
            ps.setInt(i + 1, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new StoredFused(rs.getString(1), rs.getInt(2) == 1, rs.getString(3)));
                }
            }
        }
        long total = items.size() < q.limit() && (q.offset() == 0 || !items.isEmpty()) ? q.offset() + items.size()
                : q.bbox() == null && q.from() == null && q.until() == null ? counted(c, q.contested())
                : count(c, "SELECT count(*) FROM fused f" + where.sql(), where);
        return new Page<>(items, total, q.limit(), q.offset());
    }

    /**
     * The claims about the place given by id, or else by any spelling of its name (the first place by name, then
     * id, when several share it), in the order a whole-store inference makes them.
     */
    List<ControlClaim> claims(Connection c, String place) throws SQLException {
        List<ControlClaim> byId = claims(c, "SELECT c.json, c.day_from FROM control_claims c WHERE c.place_id = ?"
                + CLAIM_ORDER, place);
        if (!byId.isEmpty()) {
            return byId;
        }
        String first = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT place_id FROM control_claims WHERE place_key = ?"
                + " ORDER BY place_name, place_id LIMIT 1")) {
            ps.setString(1, NameKey.fold(place));
            try (ResultSet rs = ps.executeQuery()) {
                first = rs.next() ? rs.getString(1) : null;
            }
        }
        return first == null ? List.of() : claims(c, "SELECT c.json, c.day_from FROM control_claims c"
                + " WHERE c.place_id = ?" + CLAIM_ORDER, first);
    }

    /**
     * For a page of the places (by name, then id) some fused event inside the box speaks of by {@code day}, the
     * claims of each place's latest day on or before it. The places come from the claims' (lon, lat, day_from)
     * index, each place's latest day from its (place_id, day_from) index, so the cost follows the claims in the
     * view, not the store.
     */
    List<ControlClaim> claimsAt(Connection c, LocalDate day, BoundingBox box, int limit, int offset)
            throws SQLException {
        long d = day.toEpochDay();
        String places = "SELECT p.place_id, min(p.place_name) name FROM control_claims p WHERE " + IN_BOX
                + " AND p.day_from <= ? GROUP BY p.place_id ORDER BY name, p.place_id LIMIT ? OFFSET ?";
        String sql = "SELECT c.json, c.day_from FROM (" + places + ") l JOIN control_claims c ON c.place_id = l.place_id"
                + " AND c.day_from = (SELECT max(m.day_from) FROM control_claims m WHERE m.place_id = l.place_id"
                + " AND m.day_from <= ?) ORDER BY l.name, l.place_id, c.sort_date";
        return claims(c, sql, box.west(), box.east(), box.south(), box.north(), d, limit, offset, d);
    }

    /**
     * The claims whose fused event lies inside the box: with {@code from}, those of each place's latest day on or
     * before it (what is in force then) and those of the days after it up to {@code until} (null: any); without, every
     * claim up to {@code until}. The in-force days come from the (lon, lat, day_from, place_id) index alone, so the
     * claims of earlier days, however many, are neither read nor parsed.
     */
    List<ControlClaim> claimsIn(Connection c, BoundingBox box, LocalDate from, LocalDate until) throws SQLException {
        long last = until == null ? Long.MAX_VALUE : until.toEpochDay();
        if (from == null) {
            return claims(c, "SELECT p.json, p.day_from FROM control_claims p WHERE " + IN_BOX
                    + " AND p.day_from <= ? ORDER BY p.sort_date, p.place_id", box.west(), box.east(), box.south(),
                    box.north(), last);
        }
        long first = from.toEpochDay();
        String inForce = "SELECT p.place_id, max(p.day_from) last_day FROM control_claims p WHERE " + IN_BOX
                + " AND p.day_from <= ? GROUP BY p.place_id";
        String sql = "SELECT c.json, c.day_from, c.sort_date, c.place_id FROM (" + inForce + ") l"
                + " JOIN control_claims c ON c.place_id = l.place_id AND c.day_from = l.last_day AND "
                + IN_BOX.replace("p.", "c.")
                + " UNION ALL SELECT p.json, p.day_from, p.sort_date, p.place_id FROM control_claims p WHERE " + IN_BOX
                + " AND p.day_from > ? AND p.day_from <= ? ORDER BY 3, 4";
        return claims(c, sql, box.west(), box.east(), box.south(), box.north(), Math.min(first, last),
                box.west(), box.east(), box.south(), box.north(),
                box.west(), box.east(), box.south(), box.north(), first, last);
    }

    /** The gaps the sources report about fused events inside the box and days, in the fused events' order. */
    List<FrontGap> reportedGaps(Connection c, BoundingBox box, LocalDate from, LocalDate until) throws SQLException {
        Where where = new Where();
        store.fusedBoxFilter(where, box, from, until);
        where.and("f.lon >= ? AND f.lon <= ? AND f.lat >= ? AND f.lat <= ? AND f.gap IS NOT NULL", box.west(),
                box.east(), box.south(), box.north());
        if (from != null) {
            where.and("f.day_last >= ?", from.toEpochDay());
        }
        if (until != null) {
            where.and("f.day_first <= ?", until.toEpochDay());
        }
        List<FrontGap> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.gap FROM fused f" + where.sql()
                + " ORDER BY f.sort_date, f.place_name, f.id")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(json.read(rs.getString(1), FrontGap.class));
                }
            }
        }
        return out;
    }

    private List<ControlClaim> claims(Connection c, String sql, Object... params) throws SQLException {
        List<ControlClaim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(json.claim(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }

    /** The kept counts: every fused event, the contested ones, or the others. */
    private static long counted(Connection c, Boolean contested) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT total, contested FROM fused_counts");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return contested == null ? rs.getLong(1) : contested ? rs.getLong(2) : rs.getLong(1) - rs.getLong(2);
        }
    }

    private static long count(Connection c, String sql, Where where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
