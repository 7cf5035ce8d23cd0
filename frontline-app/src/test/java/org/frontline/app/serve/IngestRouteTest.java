package org.frontline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRouteTest {
    static final String REPORT = "{\"id\": \"n1\", \"published\": \"2020-05-09\", \"language\": \"en\", "
            + "\"text\": \"On 9 May 2020, Turkish forces shelled the town of Ain Issa, north of Raqqa, killing 3 civilians, "
            + "according to SOHR.\"}";

    @TempDir
    Path dir;

    @Test
    void refusesIngestWhenTheServerHasNoToken() throws Exception {
        try (TestServer server = TestServer.withSamples(dir, null)) {
            TestServer.Reply reply = server.post("/api/ingest", REPORT, "Bearer anything");
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().get("error").asText()).contains("--token");
            assertThat(server.get("/api/articles").json().get("total").asLong()).isEqualTo(3);
        }
    }

    @Test
    void refusesIngestWithoutTheServersToken() throws Exception {
        try (TestServer server = TestServer.withSamples(dir, "s3cret")) {
            TestServer.Reply none = server.post("/api/ingest", REPORT, null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(none.json().get("parameter").asText()).isEqualTo("Authorization");
            assertThat(server.post("/api/ingest", REPORT, "Bearer s3cre").status()).isEqualTo(401);
            assertThat(server.post("/api/ingest", REPORT, "Basic s3cret").status()).isEqualTo(401);
            assertThat(server.get("/api/articles").json().get("total").asLong()).isEqualTo(3);
        }
    }

    @Test
    void codesAndStoresPostedReportsOnceAndNamesTheBadItems() throws Exception {
        try (TestServer server = TestServer.withSamples(dir, "s3cret")) {
            String body = "[" + REPORT + ", {\"id\": \"n2\", \"published\": \"2020-05\"}]";
            TestServer.Reply reply = server.post("/api/ingest", body, "Bearer s3cret");
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            JsonNode result = reply.json();
            assertThat(result.get("read").asInt()).isEqualTo(1);
            assertThat(result.get("added").asInt()).isEqualTo(1);
            assertThat(result.get("events").asInt()).isPositive();
            assertThat(result.at("/problems/0").asText()).isEqualTo("item:2: missing text (field text)");
            String id = result.at("/articles/0/id").asText();
            assertThat(result.at("/articles/0/input_id").asText()).isEqualTo("n1");
            JsonNode stored = server.get("/api/events?article=" + id.replace(":", "%3A")).json();
            assertThat(stored.get("total").asInt()).isEqualTo(result.get("events").asInt());
            assertThat(stored.at("/items/0/location/admin1").asText()).isEqualTo("Ar-Raqqa");

            JsonNode again = server.post("/api/ingest", REPORT, "Bearer s3cret").json();
            assertThat(again.get("added").asInt()).isZero();
            assertThat(server.get("/api/articles").json().get("total").asLong()).isEqualTo(4);
        }
    }

    @Test
    void rejectsABodyThatHoldsNoArticle() throws Exception {
        try (TestServer server = TestServer.withSamples(dir, "s3cret")) {
            TestServer.Reply notJson = server.post("/api/ingest", "{not json", "Bearer s3cret");
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.json().get("parameter").asText()).isEqualTo("body");
            TestServer.Reply noText = server.post("/api/ingest", "[{\"id\": 1}]", "Bearer s3cret");
            assertThat(noText.status()).isEqualTo(400);
            assertThat(noText.json().at("/problems/0").asText()).contains("item:1", "field text");
        }
    }
}
