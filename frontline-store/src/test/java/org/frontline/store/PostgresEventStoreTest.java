package org.frontline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract on a real PostgreSQL + PostGIS server, each test in a schema of its own (dropped after). The server is
 * named by FRONTLINE_TEST_POSTGRES (environment or system property), which .ci/run sets after starting it
 * (.ci/postgres); a developer run without it skips these tests and says so.
 */
class PostgresEventStoreTest extends EventStoreContract {
    static final String ENV = "FRONTLINE_TEST_POSTGRES";

    private String schema;

    static String serverUrl() {
        String url = System.getProperty(ENV, System.getenv(ENV));
        assumeTrue(url != null && !url.isBlank(), ENV + " is not set: start a server with .ci/postgres and export"
                + " the URL it prints to run the PostgreSQL store tests");
        return url;
    }

    @BeforeEach
    @Override
    void openStore() {
        schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        super.openStore();
    }

    @AfterEach
    void dropSchema() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    EventStore open() {
        return PostgresEventStore.open(schemaUrl());
    }

    @Override
    EventStore reopen() {
        return open();
    }

    private String schemaUrl() {
        String url = serverUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
