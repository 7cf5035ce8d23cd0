package org.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineException;

/**
 * Brings a database's schema up to date from numbered SQL scripts ({@code <dialect>/V1.sql}, {@code V2.sql}, …
 * beside this class), each applied once in its own transaction and recorded in {@code schema_version}. A database
 * newer than this code (a version it has no script for) is refused rather than used blindly.
 */
final class Migrations {
    private final String dialect;
    private final List<String> scripts;

    /** @param versions how many scripts the dialect has (V1..Vn) */
    Migrations(String dialect, int versions) {
        this.dialect = dialect;
        this.scripts = new ArrayList<>();
        for (int v = 1; v <= versions; v++) {
            scripts.add(load(dialect + "/V" + v + ".sql"));
        }
    }

    /**
     * Applies the missing scripts. {@code lock} is the statement that makes concurrent migrators wait for each other
     * inside the transaction (SQLite's immediate transactions already do; PostgreSQL locks the version table).
     */
    void apply(Connection c, String lock) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
            c.commit();
            if (lock != null) {
                s.execute(lock);
            }
            int current = current(s);
            if (current > scripts.size()) {
                throw new FrontlineException("the " + dialect + " database has schema version " + current
                        + ", newer than this Frontline (" + scripts.size() + "); use a newer Frontline");
            }
            for (int v = current + 1; v <= scripts.size(); v++) {
                for (String statement : statements(scripts.get(v - 1))) {
                    s.execute(statement);
                }
                s.execute("INSERT INTO schema_version (version, applied) VALUES (" + v + ", '" + Instant.now() + "')");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int current(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Statements end with ";" at the end of a line; "--" lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + resource, e);
        }
    }
}
