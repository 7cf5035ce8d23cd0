package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void recordsEachSchemaVersionOnceInWalMode() throws Exception {
        Path db = dir.resolve("store.db");
        SqliteEventStore.open(db).close();
        SqliteEventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getInt(2)).isEqualTo(3);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void refusesADatabaseFromANewerFrontline() throws Exception {
        Path db = dir.resolve("store.db");
        SqliteEventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'later')");
        }
        assertThatThrownBy(() -> SqliteEventStore.open(db)).isInstanceOf(FrontlineException.class)
                .hasMessageContaining("schema version 99, newer than this Frontline (3)");
    }

    @Test
    void aVersion2StoreGivesItsClaimsTheirPositionSoTheMapsViewFindsThem() throws Exception {
        Path db = dir.resolve("v2.db");
        try (EventStore store = SqliteEventStore.open(db)) {
            store.put(Fixtures.khanasir());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP INDEX control_box");
            s.execute("ALTER TABLE control_claims DROP COLUMN lon");
            s.execute("ALTER TABLE control_claims DROP COLUMN lat");
            s.execute("DELETE FROM schema_version WHERE version = 3");
        }
        try (EventStore store = SqliteEventStore.open(db)) {
            assertThat(store.controlAt(LocalDate.of(2018, 3, 1), new BoundingBox(37.3, 35.6, 37.7, 36.0), 10, 0))
                    .singleElement().satisfies(c -> assertThat(c.place().name()).isEqualTo("Khanasir"));
        }
    }
}
