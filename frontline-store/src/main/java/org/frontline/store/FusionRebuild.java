package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.fusion.Reach;
import org.frontline.fusion.ReportedEvent;

/**
 * Builds the whole stored fusion in one pass, for bulk loads ({@link EventStore.Fusion#DEFERRED}): per-put fusion
 * asks the database for the reports near each new one, two indexed queries per report; here one scan of the reports
 * in day order keeps those whose days are still open in memory, by 0.1-degree cell and by district, and links each
 * report to the ones {@link Reach#between} holds for. The components are those per-put fusion finds (labelled, as
 * there, by their smallest report id), and each is fused and written by the same {@link FusionRewrite}, so the
 * fused events, claims and gaps are the ones putting the articles one by one gives.
 */
final class FusionRebuild {
    private static final int CHUNK = 2000;
    private static final double CELL = 0.1;

    /** A report whose days are still open during the scan. */
    private record Open(int index, long eventId, String reportId, Event event, long cellX, long cellY,
                        String district, long lastDay) {
    }

    private final JdbcEventStore store;
    private final StoredFusion fusion;
    private final StoreJson json;
    private final FusionRewrite rewrite;

    FusionRebuild(JdbcEventStore store, StoredFusion fusion, StoreJson json, Analysis analysis) {
        this.store = store;
        this.fusion = fusion;
        this.json = json;
        this.rewrite = new FusionRewrite(store, json, analysis);
    }

    /** Drops the stored fusion and builds it again from every stored article, inside the caller's transaction. */
    void run(Statements sql) throws SQLException {
        clear(sql);
        addReports(sql);
        Components components = scan(sql);
        BitSet merged = relabel(sql, components);
        sql.get("ANALYZE reports").execute(); // statistics for the fresh rows, before reading components by label
        fuseSingles(sql, components, merged);
        for (String label : components.labels()) {
            rewrite.replace(sql, fusion.members(sql, label));
        }
        rewrite.updateCounts(sql);
    }

    private void clear(Statements sql) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (ResultSet rs = sql.get("SELECT seq FROM fused").executeQuery()) {
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
        }
        for (long seq : seqs) {
            store.unindexFused(sql, seq);
        }
        for (String s : List.of("DELETE FROM control_claims", "DELETE FROM fused", "DELETE FROM reports",
                "UPDATE fused_counts SET total = 0, contested = 0")) {
            sql.get(s).executeUpdate();
        }
    }

    /** One report row per stored event, each its own component until the scan links it, a chunk at a time. */
    private void addReports(Statements sql) throws SQLException {
        PreparedStatement reports = fusion.reportInsert(sql);
        long after = Long.MIN_VALUE;
        while (true) {
            PreparedStatement ps = sql.get("SELECT seq, " + JdbcEventStore.ARTICLE_COLUMNS + " FROM articles"
                    + " WHERE seq > ? ORDER BY seq LIMIT " + CHUNK);
            ps.setLong(1, after);
            List<Extraction> chunk = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    after = rs.getLong(1);
                    chunk.add(store.article(rs, 2).extraction());
                }
            }
            if (chunk.isEmpty()) {
                return;
            }
            for (Extraction x : chunk) {
                Map<Integer, Long> ids = StoredFusion.eventIds(sql, x.article().id());
                for (ReportedEvent r : ReportedEvent.of(x)) {
                    fusion.addReport(reports, ids.get(Integer.parseInt(r.id().substring(r.id().lastIndexOf('#') + 1))),
                            r);
                }
            }
            reports.executeBatch();
        }
    }

    /** Union-find over the dated, located reports in day order; only the open ones are held. */
    private Components scan(Statements sql) throws SQLException {
        Components out = new Components();
        Map<Long, List<Open>> cells = new HashMap<>();
        Map<String, List<Open>> districts = new HashMap<>();
        PriorityQueue<Open> closing = new PriorityQueue<>((a, b) -> Long.compare(a.lastDay(), b.lastDay()));
        PreparedStatement ps = sql.get("SELECT r.event_id, r.fused_id, e.json, r.district, r.day_first, r.day_last"
                + " FROM reports r JOIN events e ON e.id = r.event_id WHERE r.day_first IS NOT NULL"
                + " ORDER BY r.day_first, r.event_id");
        ps.setFetchSize(CHUNK); // PostgreSQL streams inside a transaction with a fetch size
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Event e = json.event(rs.getString(3));
                Location l = e.location();
                if (l == null) {
                    out.add(rs.getLong(1)); // near nothing: fused alone
                    continue;
                }
                long first = rs.getLong(5);
                while (!closing.isEmpty() && closing.peek().lastDay() < first) {
                    Open gone = closing.poll();
                    cells.get(key(gone.cellX(), gone.cellY())).remove(gone);
                    if (gone.district() != null) {
                        districts.get(gone.district()).remove(gone);
                    }
                }
                Open o = new Open(out.add(rs.getLong(1)), rs.getLong(1), rs.getString(2), e, cell(l.lon()),
                        cell(l.lat()), rs.getString(4), rs.getLong(6));
                link(o, near(o, cells, districts), out);
                cells.computeIfAbsent(key(o.cellX(), o.cellY()), k -> new ArrayList<>()).add(o);
                if (o.district() != null) {
                    districts.computeIfAbsent(o.district(), k -> new ArrayList<>()).add(o);
                }
                closing.add(o);
            }
        }
        return out;
    }

    /** The open reports in the cells a {@link Reach#KM} km box around {@code o} touches, and in its district. */
    private static List<Open> near(Open o, Map<Long, List<Open>> cells, Map<String, List<Open>> districts) {
        Location l = o.event().location();
        double dLat = Reach.latDegrees();
        double dLon = Reach.lonDegrees(l.lat());
        List<Open> out = new ArrayList<>();
        for (long x = cell(l.lon() - dLon); x <= cell(l.lon() + dLon); x++) {
            for (long y = cell(l.lat() - dLat); y <= cell(l.lat() + dLat); y++) {
                out.addAll(cells.getOrDefault(key(x, y), List.of()));
            }
        }
        if (o.district() != null) {
            out.addAll(districts.getOrDefault(o.district(), List.of()));
        }
        return out;
    }

    private static void link(Open o, List<Open> near, Components components) {
        for (Open other : near) {
            if (Reach.between(o.event(), other.event())) {
                components.union(o.index(), o.reportId(), other.index(), other.reportId());
            }
        }
    }

    /** Gives every report of a component of several its label; returns those reports' event ids. */
    private static BitSet relabel(Statements sql, Components components) throws SQLException {
        BitSet merged = new BitSet();
        PreparedStatement ps = sql.get("UPDATE reports SET component = ? WHERE event_id = ?");
        int batched = 0;
        for (int i = 0; i < components.size(); i++) {
            String label = components.mergedLabel(i);
            if (label != null) {
                merged.set(Math.toIntExact(components.eventId(i)));
                ps.setString(1, label);
                ps.setLong(2, components.eventId(i));
                ps.addBatch();
                if (++batched % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
        }
        ps.executeBatch();
        return merged;
    }

    /**
     * Fuses every report alone in its component, a chunk at a time: the scanned ones in day order (so that the
     * fused rows go into neighbouring pages of the day and place indexes), then the undated ones.
     */
    private void fuseSingles(Statements sql, Components components, BitSet merged) throws SQLException {
        List<Long> ids = new ArrayList<>(CHUNK);
        for (int i = 0; i < components.size(); i++) {
            long id = components.eventId(i);
            if (!merged.get(Math.toIntExact(id))) {
                ids.add(id);
            }
            if (!ids.isEmpty() && (ids.size() == CHUNK || i == components.size() - 1)) {
                PreparedStatement ps = sql.get(StoredFusion.MEMBER_COLUMNS + " WHERE r.event_id IN ("
                        + "?, ".repeat(ids.size() - 1) + "?) ORDER BY r.day_first, r.event_id");
                for (int k = 0; k < ids.size(); k++) {
                    ps.setLong(k + 1, ids.get(k));
                }
                fuseAlone(sql, ps);
                ids.clear();
            }
        }
        long after = 0;
        while (after >= 0) {
            PreparedStatement ps = sql.get(StoredFusion.MEMBER_COLUMNS + " WHERE r.event_id > ? AND r.day_first IS NULL"
                    + " ORDER BY r.event_id LIMIT " + CHUNK);
            ps.setLong(1, after);
            after = fuseAlone(sql, ps);
        }
    }

    /** Fuses each report {@code ps} reads on its own; returns the last event id, or -1 when there was none. */
    private long fuseAlone(Statements sql, PreparedStatement ps) throws SQLException {
        List<StoredFusion.Member> chunk = new ArrayList<>();
        fusion.read(ps, chunk);
        for (StoredFusion.Member m : chunk) {
            rewrite.replace(sql, List.of(new StoredFusion.Member(m.eventId(), m.report(), null, m.component())));
        }
        return chunk.isEmpty() ? -1 : chunk.get(chunk.size() - 1).eventId();
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL);
    }

    private static long key(long x, long y) {
        return x * 4_000_003L + y;
    }

    /**
     * Union-find over the scanned reports by index; a component of several keeps its smallest report id, the
     * label per-put fusion gives it (each report starts as its own component, and a merge keeps the smallest).
     */
    private static final class Components {
        private final List<long[]> eventIds = new ArrayList<>();
        private int[] parent = new int[1024];
        private int size;
        private final Map<Integer, String> labels = new HashMap<>();

        int add(long eventId) {
            if (size == parent.length) {
                parent = java.util.Arrays.copyOf(parent, size * 2);
            }
            if (size % 4096 == 0) {
                eventIds.add(new long[4096]);
            }
            eventIds.get(size / 4096)[size % 4096] = eventId;
            parent[size] = size;
            return size++;
        }

        int size() {
            return size;
        }

        long eventId(int i) {
            return eventIds.get(i / 4096)[i % 4096];
        }

        void union(int a, String idA, int b, String idB) {
            int ra = root(a);
            int rb = root(b);
            if (ra == rb) {
                return;
            }
            String la = labels.getOrDefault(ra, idA);
            String lb = labels.getOrDefault(rb, idB);
            labels.remove(ra);
            parent[ra] = rb;
            labels.put(rb, la.compareTo(lb) <= 0 ? la : lb);
        }

        /** The label of {@code i}'s component when it has several reports; null when it is alone. */
        String mergedLabel(int i) {
            return labels.get(root(i));
        }

        /** The labels of the components of several reports, in order. */
        List<String> labels() {
            return List.copyOf(new TreeSet<>(labels.values()));
        }

        private int root(int i) {
            Deque<Integer> path = new ArrayDeque<>();
            int r = i;
            while (parent[r] != r) {
                path.push(r);
                r = parent[r];
            }
            for (int x : path) {
                parent[x] = r;
            }
            return r;
        }
    }
}
