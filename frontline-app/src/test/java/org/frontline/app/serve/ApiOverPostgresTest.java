package org.frontline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.store.PostgresEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API answers the same over PostgreSQL + PostGIS as over SQLite. The server is named by
 * FRONTLINE_TEST_POSTGRES, which .ci/run sets after starting it (.ci/postgres); without it this test is skipped.
 */
class ApiOverPostgresTest {
    static final String ENV = "FRONTLINE_TEST_POSTGRES";
    static final List<String> QUERIES = List.of("", "?bbox=37.0,35.5,38.0,36.0", "?from=2018-01-01&until=2018-01-31",
            "?event_type=Battles", "?source=SOHR", "?actor=civilians%20(syria)", "?q=Ain%20Issa", "?limit=2&offset=1");

    @TempDir
    Path dir;

    @Test
    void answersEveryEventQueryAsTheSqliteStoreDoes() throws Exception {
        String url = System.getProperty(ENV, System.getenv(ENV));
        assumeTrue(url != null && !url.isBlank(), ENV + " is not set: start a server with .ci/postgres");
        String schema = "api_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        try (TestServer sqlite = TestServer.withSamples(dir, null);
             TestServer postgres = TestServer.withSamples(PostgresEventStore.open(schemaUrl), null)) {
            for (String query : QUERIES) {
                JsonNode expected = sqlite.get("/api/events" + query).json();
                JsonNode actual = postgres.get("/api/events" + query).json();
                assertThat(actual.get("total")).as(query).isEqualTo(expected.get("total"));
                assertThat(codings(actual)).as(query).isEqualTo(codings(expected));
            }
            long id = postgres.get("/api/events?source=SOHR").json().at("/items/0/id").asLong();
            JsonNode evidence = postgres.get("/api/events/" + id).json();
            assertThat(evidence.get("sentences")).isNotEmpty();
            assertThat(evidence.get("chains").get(0).asText()).startsWith("SOHR");
            assertThat(postgres.get("/api/places").json().get("items").size())
                    .isEqualTo(sqlite.get("/api/places").json().get("items").size());
        } finally {
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** The events without the store's ids, which each store assigns its own way. */
    private static List<String> codings(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(e -> out.add(((ObjectNode) e.deepCopy())
                .without(List.of("id")).toString()));
        return out;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
