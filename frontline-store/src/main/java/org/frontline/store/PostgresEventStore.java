package org.frontline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.frontline.Analysis;
import java.util.List;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.frontline.events.Event;

/**
 * The server store: PostgreSQL with PostGIS. Events carry a point geometry (generated from lon/lat) under a GiST
 * index, and located, dated events are also indexed as 3-D segments (lon, lat, days) for map views over a period;
 * notes and bodies are searched through GIN indexes on their 'simple' tsvector (lower-cased words, no stemming,
 * like the SQLite store's FTS5, except that accents count: "defile" does not find "défilé" here). The URL is a plain
 * JDBC URL ({@code jdbc:postgresql://host:5432/db?user=..&password=..}); the PostGIS extension must be installable
 * by that user or already created in the database.
 */
public final class PostgresEventStore extends JdbcEventStore {
    private static final int SCHEMA_VERSIONS = 4;
    /** Beyond any event's day: the open side of a half-open date filter. */
    private static final double ALL_DAYS = 1e7;
    private static final int CONNECTIONS = 4;
    /** The advisory lock key that serialises fusion writes (any constant shared by every Frontline process). */
    private static final long FUSION_LOCK = 0x46524f4e54L;

    private final PostgresCopy copy = new PostgresCopy(json);

    private PostgresEventStore(Connections connections, Supplier<Analysis> analysis) {
        super(connections, analysis);
    }

    /** {@link #open(String, Supplier)} with the analysis of the bundled catalogs. */
    public static PostgresEventStore open(String jdbcUrl) {
        return open(jdbcUrl, bundledAnalysis());
    }

    /**
     * Connects and migrates the schema (in the URL's current schema, {@code public} unless it says otherwise), then
     * fuses any events stored before fusion was.
     *
     * @param analysis the fusion and control every put keeps the stored results of up to date
     */
    public static PostgresEventStore open(String jdbcUrl, Supplier<Analysis> analysis) {
        Connections connections = new Connections("PostgreSQL store " + redacted(jdbcUrl), CONNECTIONS,
                () -> DriverManager.getConnection(jdbcUrl));
        connections.with("migrate the schema", c -> {
            new Migrations("postgres", SCHEMA_VERSIONS).apply(c, "LOCK TABLE schema_version IN EXCLUSIVE MODE");
            return null;
        });
        PostgresEventStore store = new PostgresEventStore(connections, analysis);
        store.fuseUnfused();
        return store;
    }

    /** The URL for messages: without its query string, where the password is. */
    static String redacted(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    /** Batches of more than one article go through COPY ({@link PostgresCopy}); a single put stays row by row. */
    @Override
    List<PutResult> write(Connection c, Statements sql, List<Extraction> extractions) throws SQLException {
        return extractions.size() < 2 ? super.write(c, sql, extractions) : copy.put(c, extractions);
    }

    @Override
    void fusedBoxFilter(Where where, BoundingBox box, LocalDate from, LocalDate until) {
        where.and("f.lon IS NOT NULL AND f.day_first IS NOT NULL AND ST_MakeLine(ST_MakePoint(f.lon, f.lat,"
                + " f.day_first), ST_MakePoint(f.lon, f.lat, f.day_last)) &&& ST_MakeLine(ST_MakePoint(?, ?, ?),"
                + " ST_MakePoint(?, ?, ?))", box.west(), box.south(), from == null ? -ALL_DAYS : from.toEpochDay(),
                box.east(), box.north(), until == null ? ALL_DAYS : until.toEpochDay());
    }

    @Override
    void indexFused(Statements sql, long seq, double lon, double lat, EventDays days) {
        // the 3-D GiST index on the fused row is maintained by PostgreSQL
    }

    @Override
    void unindexFused(Statements sql, long seq) {
        // the 3-D GiST index on the fused row is maintained by PostgreSQL
    }

    @Override
    void bboxFilter(Where where, BoundingBox box, EventQuery q) {
        if (q.from() == null && q.until() == null) {
            where.and("e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", box.west(), box.south(), box.east(), box.north());
            return;
        }
        double from = q.from() == null ? -ALL_DAYS : q.from().toEpochDay();
        double until = q.until() == null ? ALL_DAYS : q.until().toEpochDay();
        where.and("e.lon IS NOT NULL AND e.day_first IS NOT NULL AND ST_MakeLine(ST_MakePoint(e.lon, e.lat, e.day_first),"
                + " ST_MakePoint(e.lon, e.lat, e.day_last)) &&& ST_MakeLine(ST_MakePoint(?, ?, ?), ST_MakePoint(?, ?, ?))",
                box.west(), box.south(), from, box.east(), box.north(), until);
    }

    @Override
    void lockFusion(Statements sql) throws SQLException {
        sql.get("SELECT pg_advisory_xact_lock(" + FUSION_LOCK + ")").executeQuery().close();
    }

    @Override
    void textFilter(Where where, List<String> words) {
        String query = String.join(" ", words);
        where.and("(to_tsvector('simple', coalesce(e.notes, '')) @@ plainto_tsquery('simple', ?)"
                + " OR e.article_id IN (SELECT a.id FROM articles a"
                + " WHERE to_tsvector('simple', a.body) @@ plainto_tsquery('simple', ?)))", query, query);
    }

    @Override
    void indexArticle(Statements sql, long seq, Article article) {
        // the GIN index on the body's tsvector is maintained by PostgreSQL
    }

    @Override
    void indexEvent(Statements sql, long id, Event event, EventDays days) {
        // the geometry is a generated column and the notes' GIN index is maintained by PostgreSQL
    }
}
