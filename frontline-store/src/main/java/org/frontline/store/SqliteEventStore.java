package org.frontline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.frontline.Analysis;
import org.frontline.FrontlineException;
import org.frontline.article.Article;
import org.frontline.events.Event;
import org.sqlite.SQLiteConfig;

/**
 * The default store: one SQLite file in WAL mode. Located events sit in an R-tree over lon, lat and days, so a map
 * view over a period is one index probe; notes and bodies are in FTS5 tables. synchronous=NORMAL under WAL loses no
 * committed transaction when the process dies (only a power cut can cost the last ones), which is the crash the
 * ingest command has to survive. Writers take the lock up front (IMMEDIATE) so two writers queue instead of
 * deadlocking.
 */
public final class SqliteEventStore extends JdbcEventStore {
    private static final int SCHEMA_VERSIONS = 3;
    private static final int CONNECTIONS = 4;
    /** Undated located events span every day in the R-tree; the exact day columns still filter them out. */
    private static final double ALL_DAYS = 1e7;

    private SqliteEventStore(Connections connections, Supplier<Analysis> analysis) {
        super(connections, analysis);
    }

    /** {@link #open(Path, Supplier)} with the analysis of the bundled catalogs. */
    public static SqliteEventStore open(Path file) {
        return open(file, bundledAnalysis());
    }

    /**
     * Opens (creating it and its directory when missing) and migrates the store at {@code file}, then fuses any
     * events stored before fusion was.
     *
     * @param analysis the fusion and control every put keeps the stored results of up to date
     */
    public static SqliteEventStore open(Path file, Supplier<Analysis> analysis) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new FrontlineException("cannot create the directory " + parent + " for the store: " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-64_000); // KiB: 64 MB of page cache per connection keeps the indexes' upper levels hot
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connections connections = new Connections("SQLite store " + file, CONNECTIONS,
                () -> config.createConnection(url));
        connections.with("migrate the schema", c -> {
            new Migrations("sqlite", SCHEMA_VERSIONS).apply(c, null);
            return null;
        });
        SqliteEventStore store = new SqliteEventStore(connections, analysis);
        store.fuseUnfused();
        return store;
    }

    @Override
    void bboxFilter(Where where, BoundingBox box, EventQuery q) {
        double from = q.from() == null ? -ALL_DAYS : q.from().toEpochDay();
        double until = q.until() == null ? ALL_DAYS : q.until().toEpochDay();
        where.and("e.id IN (SELECT id FROM event_box WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ?"
                + " AND min_lat <= ? AND max_day >= ? AND min_day <= ?)",
                box.west(), box.east(), box.south(), box.north(), from, until);
    }

    @Override
    void fusedBoxFilter(Where where, BoundingBox box, LocalDate from, LocalDate until) {
        where.and("f.seq IN (SELECT seq FROM fused_box WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ?"
                + " AND min_lat <= ? AND max_day >= ? AND min_day <= ?)", box.west(), box.east(), box.south(),
                box.north(), from == null ? -ALL_DAYS : from.toEpochDay(), until == null ? ALL_DAYS : until.toEpochDay());
    }

    @Override
    void indexFused(Statements sql, long seq, double lon, double lat, EventDays days) throws SQLException {
        PreparedStatement ps = sql.get("INSERT INTO fused_box VALUES (?, ?, ?, ?, ?, ?, ?)");
        ps.setLong(1, seq);
        ps.setDouble(2, lon);
        ps.setDouble(3, lon);
        ps.setDouble(4, lat);
        ps.setDouble(5, lat);
        ps.setDouble(6, days.first());
        ps.setDouble(7, days.last());
        ps.executeUpdate();
    }

    @Override
    void unindexFused(Statements sql, long seq) throws SQLException {
        PreparedStatement ps = sql.get("DELETE FROM fused_box WHERE seq = ?");
        ps.setLong(1, seq);
        ps.executeUpdate();
    }

    @Override
    void lockFusion(Statements sql) {
        // writers already hold the database's write lock (IMMEDIATE transactions): puts fuse one at a time
    }

    @Override
    void textFilter(Where where, List<String> words) {
        String match = words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
        where.and("(e.id IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)"
                + " OR e.article_id IN (SELECT a.id FROM articles a WHERE a.seq IN"
                + " (SELECT rowid FROM article_text WHERE article_text MATCH ?)))", match, match);
    }

    @Override
    void indexArticle(Statements sql, long seq, Article article) throws SQLException {
        PreparedStatement ps = sql.get("INSERT INTO article_text (rowid, body) VALUES (?, ?)");
        ps.setLong(1, seq);
        ps.setString(2, article.body());
        ps.executeUpdate();
    }

    @Override
    void indexEvent(Statements sql, long id, Event event, EventDays days) throws SQLException {
        if (event.notes() != null && !event.notes().isBlank()) {
            PreparedStatement ps = sql.get("INSERT INTO event_text (rowid, notes) VALUES (?, ?)");
            ps.setLong(1, id);
            ps.setString(2, event.notes());
            ps.executeUpdate();
        }
        if (event.location() != null) {
            PreparedStatement ps = sql.get("INSERT INTO event_box VALUES (?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, id);
            ps.setDouble(2, event.location().lon());
            ps.setDouble(3, event.location().lon());
            ps.setDouble(4, event.location().lat());
            ps.setDouble(5, event.location().lat());
            ps.setDouble(6, days == null ? -ALL_DAYS : days.first());
            ps.setDouble(7, days == null ? ALL_DAYS : days.last());
            ps.executeUpdate();
        }
    }
}
