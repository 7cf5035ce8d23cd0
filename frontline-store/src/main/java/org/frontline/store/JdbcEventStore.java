package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.article.Article;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGap;
import org.frontline.events.Event;

/**
 * The SQL both databases share: the tables, the put transaction and the queries. Subclasses supply the connections
 * and the parts SQL does not standardise: the spatial index (R-tree or PostGIS) and full-text search (FTS5 or
 * tsvector).
 */
abstract class JdbcEventStore implements EventStore {
    private static final String EVENT_COLUMNS = "e.id, e.article_id, e.rank, e.json";
    static final String ARTICLE_COLUMNS =
            "ingested, id, input_id, source, published, language, title, body, extraction";

    final Connections connections;
    final StoreJson json = new StoreJson();
    private final ArticleWriter writer;
    private final StoredFusion fusion;
    private final FusionReads fusionReads;

    /** @param analysis the cross-article stages every put keeps the stored fusion and control up to date with */
    JdbcEventStore(Connections connections, Supplier<Analysis> analysis) {
        this.connections = connections;
        this.writer = new ArticleWriter(json, this::indexArticle, this::indexEvent);
        this.fusion = new StoredFusion(this, json, analysis);
        this.fusionReads = new FusionReads(this, json);
    }

    /**
     * The analysis built from the bundled catalogs, on first use (a store that is only read never loads the actor
     * catalog).
     */
    static Supplier<Analysis> bundledAnalysis() {
        return new Supplier<>() {
            private Analysis analysis;

            @Override
            public synchronized Analysis get() {
                if (analysis == null) {
                    analysis = Frontline.analysis(Frontline.Config.defaults());
                }
                return analysis;
            }
        };
    }

    /** Adds the condition that fused event {@code f} is in the box and overlaps the days (either end nullable). */
    abstract void fusedBoxFilter(Where where, BoundingBox box, LocalDate from, LocalDate until);

    /** Indexes a located, dated fused event beyond its row, inside the put transaction. */
    abstract void indexFused(Statements sql, long seq, double lon, double lat, EventDays days) throws SQLException;

    /** Drops what {@link #indexFused} added for a fused event that is being replaced. */
    abstract void unindexFused(Statements sql, long seq) throws SQLException;

    /**
     * Makes concurrent puts fuse one after the other, until the transaction ends: two puts re-fusing the same
     * component at once would each write their own view of it.
     */
    abstract void lockFusion(Statements sql) throws SQLException;

    /** Adds the bounding box condition; {@code q}'s dates are there for an index that covers both. */
    abstract void bboxFilter(Where where, BoundingBox box, EventQuery q);

    /** Adds the condition that all {@code words} occur in the event's notes, or all in its article's body. */
    abstract void textFilter(Where where, List<String> words);

    /** Indexes a stored article beyond its row (full text), inside the put transaction. */
    abstract void indexArticle(Statements sql, long seq, Article article) throws SQLException;

    /** Indexes a stored event beyond its row (spatial, full text), inside the put transaction. */
    abstract void indexEvent(Statements sql, long id, Event event, EventDays days) throws SQLException;

    @Override
    public PutResult put(Extraction extraction) {
        return putAll(List.of(extraction)).get(0);
    }

    @Override
    public List<PutResult> putAll(List<Extraction> extractions) {
        return putAll(extractions, Fusion.AT_PUT);
    }

    /** All in one transaction: a bulk load commits once per batch instead of once per article. */
    @Override
    public List<PutResult> putAll(List<Extraction> extractions, Fusion fusion) {
        String what = extractions.size() == 1 ? "store article " + extractions.get(0).article().id()
                : "store " + extractions.size() + " articles";
        return connections.with(what, c -> inTransaction(c, () -> {
            try (Statements sql = new Statements(c)) {
                List<PutResult> results = write(c, sql, extractions);
                Set<String> added = new HashSet<>();
                results.stream().filter(PutResult::added).forEach(r -> added.add(r.articleId()));
                if (fusion == Fusion.AT_PUT && !added.isEmpty()) {
                    lockFusion(sql);
                    this.fusion.add(sql, extractions.stream().filter(x -> added.remove(x.article().id())).toList());
                }
                return results;
            }
        }));
    }

    /** Writes the articles and their events (not yet fused) inside the caller's transaction. */
    List<PutResult> write(Connection c, Statements sql, List<Extraction> extractions) throws SQLException {
        List<PutResult> results = new ArrayList<>(extractions.size());
        for (Extraction x : extractions) {
            results.add(writer.put(sql, x));
        }
        return results;
    }

    /** Fuses the events stored before fusion was (a store made by an earlier version); see {@link StoredFusion}. */
    void fuseUnfused() {
        fusion.fuseUnfused(connections);
    }

    @Override
    public void rebuildFusion() {
        connections.with("rebuild the stored fusion", c -> inTransaction(c, () -> {
            try (Statements sql = new Statements(c)) {
                lockFusion(sql);
                fusion.rebuild(sql);
                return null;
            }
        }));
    }

    @Override
    public Page<StoredFused> fused(FusedQuery q) {
        return connections.with("query fused events", c -> fusionReads.fused(c, q));
    }

    @Override
    public List<ControlClaim> controlClaims(String place) {
        return connections.with("read the control of " + place, c -> fusionReads.claims(c, place));
    }

    @Override
    public List<ControlClaim> controlAt(LocalDate day, BoundingBox box, int limit, int offset) {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + EventQuery.MAX_LIMIT + " and offset >= 0, got "
                    + limit + ", " + offset);
        }
        Objects.requireNonNull(box, "box");
        return connections.with("read the control on " + day, c -> fusionReads.claimsAt(c, day, box, limit, offset));
    }

    @Override
    public List<ControlClaim> controlClaimsIn(BoundingBox box, LocalDate from, LocalDate until) {
        Objects.requireNonNull(box, "box");
        return connections.with("read the control claims", c -> fusionReads.claimsIn(c, box, from, until));
    }

    @Override
    public List<FrontGap> reportedGaps(BoundingBox box, LocalDate from, LocalDate until) {
        Objects.requireNonNull(box, "box");
        return connections.with("read the reported gaps", c -> fusionReads.reportedGaps(c, box, from, until));
    }

    @Override
    public Page<StoredEvent> events(EventQuery q) {
        Where where = where(q);
        // Two steps: the page's ids are chosen from the filter columns alone, then only those rows' JSON is read
        // (sorting every match with its JSON cost ~40% more on dense map views).
        String sql = "SELECT f.id, f.article_id, f.rank, f.json FROM events f WHERE f.id IN (SELECT e.id FROM events e"
                + where.sql() + " ORDER BY e.day_first DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?)"
                + " ORDER BY f.day_first DESC NULLS LAST, f.id DESC";
        return connections.with("query events", c -> {
            List<StoredEvent> items = page(c, sql, where, q, this::event);
            long total = items.size() < q.limit() && (q.offset() == 0 || !items.isEmpty())
                    ? q.offset() + items.size() : count(c, where);
            return new Page<>(items, total, q.limit(), q.offset());
        });
    }

    @Override
    public long count(EventQuery q) {
        Where where = where(q);
        return connections.with("count events", c -> count(c, where));
    }

    private static long count(Connection c, Where where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e" + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Optional<StoredEvent> event(long id) {
        return connections.with("read event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(event(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void forEachEvent(EventQuery q, Consumer<StoredEvent> sink) {
        Where where = where(q);
        String sql = "SELECT " + EVENT_COLUMNS + " FROM events e" + where.sql() + " ORDER BY e.id";
        connections.with("read events", c -> inTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(1000); // PostgreSQL streams only inside a transaction with a fetch size
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(event(rs));
                    }
                }
            }
            return null;
        }));
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        return connections.with("read article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Page<StoredArticle> articles(int limit, int offset) {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + EventQuery.MAX_LIMIT + " and offset >= 0, got "
                    + limit + ", " + offset);
        }
        return connections.with("list articles", c -> {
            List<StoredArticle> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM articles ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(article(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Page<>(items, rs.getLong(1), limit, offset);
            }
        });
    }

    @Override
    public List<PlaceCount> places(EventQuery q) {
        Where where = where(q).and("e.place_id IS NOT NULL");
        String sql = "SELECT p.n, f.json FROM (SELECT e.place_id pid, count(*) n, min(e.id) first FROM events e"
                + where.sql() + " GROUP BY e.place_id) p JOIN events f ON f.id = p.first"
                + " ORDER BY p.n DESC, p.pid LIMIT ? OFFSET ?";
        return connections.with("count places", c -> page(c, sql, where, q,
                rs -> new PlaceCount(json.event(rs.getString(2)).location(), rs.getLong(1))));
    }

    @Override
    public List<ActorCount> actors(EventQuery q) {
        Where where = where(q);
        String filter = where.sql().isEmpty() ? "" : " WHERE x.event_id IN (SELECT e.id FROM events e" + where.sql() + ")";
        String sql = "SELECT min(x.name), count(*) n FROM event_actors x" + filter
                + " GROUP BY x.name_key ORDER BY n DESC, x.name_key LIMIT ? OFFSET ?";
        return connections.with("count actors", c -> page(c, sql, where, q,
                rs -> new ActorCount(rs.getString(1), rs.getLong(2))));
    }

    @Override
    public void close() {
        connections.close();
    }

    /** The query's filters; date ranges overlap-match, bounded by {@link EventDays#MAX_SPAN} so an index can range-scan. */
    Where where(EventQuery q) {
        Where w = new Where();
        if (q.bbox() != null) {
            bboxFilter(w, q.bbox(), q);
            w.and("e.lon >= ? AND e.lon <= ? AND e.lat >= ? AND e.lat <= ?",
                    q.bbox().west(), q.bbox().east(), q.bbox().south(), q.bbox().north());
        }
        if (q.from() != null) {
            long from = q.from().toEpochDay();
            w.and("e.day_last >= ? AND e.day_first >= ?", from, from - EventDays.MAX_SPAN);
        }
        if (q.until() != null) {
            w.and("e.day_first <= ?", q.until().toEpochDay());
        }
        if (q.eventType() != null) {
            w.and("e.event_type = ?", q.eventType());
        }
        if (q.subEventType() != null) {
            w.and("e.sub_event_type = ?", q.subEventType());
        }
        if (q.actor() != null) {
            w.and("e.id IN (SELECT event_id FROM event_actors WHERE name_key = ?)", Where.key(q.actor()));
        }
        if (q.source() != null) {
            w.and("e.id IN (SELECT event_id FROM event_sources WHERE name_key = ?)", Where.key(q.source()));
        }
        if (q.text() != null && !Where.words(q.text()).isEmpty()) {
            textFilter(w, Where.words(q.text()));
        }
        if (q.articleId() != null) {
            w.and("e.article_id = ?", q.articleId());
        }
        return w;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}, whose last two parameters are LIMIT and OFFSET, with the filter's parameters before them. */
    private static <T> List<T> page(Connection c, String sql, Where where, EventQuery q, Row<T> row)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = where.bind(ps, 1);
            ps.setInt(i, q.limit());
            ps.setInt(i + 1, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    private StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), json.event(rs.getString(4)));
    }

    private StoredArticle article(ResultSet rs) throws SQLException {
        return article(rs, 1);
    }

    /** The article whose {@link #ARTICLE_COLUMNS} start at column {@code at}. */
    StoredArticle article(ResultSet rs, int at) throws SQLException {
        Article a = new Article(rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3), rs.getString(at + 4),
                rs.getString(at + 5), rs.getString(at + 6), rs.getString(at + 7));
        return new StoredArticle(rs.getString(at), json.extraction(rs.getString(at + 8), a));
    }

    /** What runs inside {@link #inTransaction}. */
    @FunctionalInterface
    interface Body<T> {
        T run() throws SQLException;
    }

    /** Work in one transaction, committed at the end, rolled back on any failure. */
    static <T> T inTransaction(Connection c, Body<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
