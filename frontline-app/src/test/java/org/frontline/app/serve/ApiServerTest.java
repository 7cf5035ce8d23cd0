package org.frontline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiServerTest {
    @TempDir
    static Path dir;

    static TestServer server;
    static long allEvents;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        server = TestServer.withSamples(dir, null);
        allEvents = server.get("/api/events").json().get("total").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        TestServer.Reply reply = server.get(path);
        assertThat(reply.status()).as(path + " -> " + reply.raw().body()).isEqualTo(200);
        return reply.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> list = new ArrayList<>();
        page.get("items").forEach(list::add);
        return list;
    }

    @Test
    void listsTheStoredEventsWithTheirTotalOnePageAtATime() throws Exception {
        JsonNode all = json("/api/events");
        assertThat(allEvents).isGreaterThanOrEqualTo(3).isEqualTo(all.get("items").size());
        JsonNode first = json("/api/events?limit=1&offset=0");
        JsonNode second = json("/api/events?limit=1&offset=1");
        assertThat(first.get("total").asLong()).isEqualTo(allEvents);
        assertThat(first.get("items")).hasSize(1);
        assertThat(second.get("offset").asInt()).isEqualTo(1);
        assertThat(second.at("/items/0/id").asLong()).isNotEqualTo(first.at("/items/0/id").asLong());
        assertThat(first.at("/items/0/article_id").asText()).startsWith("sha256:");
        assertThat(first.at("/items/0/sub_event_type").asText()).isNotBlank();
    }

    @Test
    void aBoundingBoxAroundSouthernAleppoKeepsKhanasirAndDropsRaqqa() throws Exception {
        List<JsonNode> inside = items(json("/api/events?bbox=" + enc("37.0,35.5,38.0,36.0")));
        assertThat(inside).isNotEmpty().allSatisfy(e -> {
            assertThat(e.at("/location/lon").asDouble()).isBetween(37.0, 38.0);
            assertThat(e.at("/location/lat").asDouble()).isBetween(35.5, 36.0);
        });
        assertThat(inside).extracting(e -> e.at("/location/name").asText()).contains("Khanasir");
        assertThat((long) inside.size()).isLessThan(allEvents);
    }

    @Test
    void datesTypesActorsSourcesTextAndArticleFilterTheEvents() throws Exception {
        assertThat(items(json("/api/events?from=2018-01-01&until=2018-01-31"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("event_date").asText()).startsWith("2018-01"));
        assertThat(items(json("/api/events?event_type=Battles"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("event_type").asText()).isEqualTo("Battles"));
        List<JsonNode> civilians = items(json("/api/events?actor=" + enc("civilians (syria)")));
        assertThat(civilians).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains("Civilians (Syria)"));
        List<JsonNode> sohr = items(json("/api/events?source=SOHR"));
        assertThat(sohr).isNotEmpty().allSatisfy(e -> assertThat(e.get("attribution").toString()).contains("SOHR"));
        List<JsonNode> raqqa = items(json("/api/events?q=" + enc("Ain Issa")));
        assertThat(raqqa).isNotEmpty();
        String article = raqqa.get(0).get("article_id").asText();
        assertThat(items(json("/api/events?article=" + enc(article))))
                .allSatisfy(e -> assertThat(e.get("article_id").asText()).isEqualTo(article));
        assertThat(json("/api/events?q=" + enc("Ain Issa") + "&from=2018-01-01&until=2018-12-31").get("total")
                .asLong()).isZero();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "bbox=1,2,3|bbox", "bbox=a,b,c,d|bbox", "bbox=40,30,35,37|bbox", "bbox=0,-95,1,1|bbox",
        "from=2018-13-01|from", "from=2018-01|from", "until=yesterday|until", "from=2019-01-02&until=2019-01-01|until",
        "limit=0|limit", "limit=10001|limit", "limit=ten|limit", "offset=-1|offset", "event_type=Battle|event_type"})
    void rejectsABadParameterWithAJsonErrorNamingIt(String query, String parameter) throws Exception {
        TestServer.Reply reply = server.get("/api/events?" + query);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode error = reply.json();
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).contains(parameter);
    }

    @Test
    void unknownIdsAre404AndMalformedIds400() throws Exception {
        assertThat(server.get("/api/events/999999").status()).isEqualTo(404);
        assertThat(server.get("/api/events/999999").json().get("error").asText()).contains("999999");
        assertThat(server.get("/api/events/abc").json().get("parameter").asText()).isEqualTo("id");
        assertThat(server.get("/api/events/abc").status()).isEqualTo(400);
        assertThat(server.get("/api/articles/sha256:0000").status()).isEqualTo(404);
        TestServer.Reply noRoute = server.get("/api/nothing-here");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.json().get("error").asText()).contains("/api/nothing-here");
        assertThat(server.get("/api/articles?limit=0").json().get("parameter").asText()).isEqualTo("limit");
    }

    @Test
    void anEventComesWithItsSentencesSpansAndAttributionChain() throws Exception {
        JsonNode listed = items(json("/api/events?source=SOHR")).get(0);
        JsonNode e = json("/api/events/" + listed.get("id").asLong());
        String body = e.at("/article/body").asText();
        assertThat(e.get("id").asLong()).isEqualTo(listed.get("id").asLong());
        assertThat(e.get("sentences")).isNotEmpty();
        e.get("sentences").forEach(s -> assertThat(body.substring(s.get("start").asInt(), s.get("end").asInt()))
                .isEqualTo(s.get("text").asText()));
        List<JsonNode> spans = new ArrayList<>();
        e.get("spans").forEach(spans::add);
        assertThat(spans).extracting(s -> s.get("kind").asText()).contains("place", "actor", "source");
        spans.forEach(s -> assertThat(body.substring(s.get("start").asInt(), s.get("end").asInt()))
                .isEqualTo(s.get("text").asText()));
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.get("kind").asText()).isEqualTo("source");
            assertThat(s.get("in_evidence").asBoolean()).isTrue();
        });
        assertThat(e.get("chains").get(0).asText()).startsWith("SOHR");
        assertThat(e.at("/article/event_ids").toString()).contains(listed.get("id").asText());
    }

    @Test
    void placesActorsAndArticlesSummariseTheStore() throws Exception {
        assertThat(items(json("/api/places"))).anySatisfy(p -> {
            assertThat(p.get("name").asText()).isEqualTo("Khanasir");
            assertThat(p.get("events").asLong()).isPositive();
        });
        assertThat(items(json("/api/actors"))).extracting(a -> a.get("name").asText())
                .contains("Military Forces of Syria (2000-)", "Civilians (Syria)");
        assertThat(items(json("/api/actors?event_type=Battles"))).extracting(a -> a.get("name").asText())
                .doesNotContain("Civilians (Syria)");
        JsonNode articles = json("/api/articles");
        assertThat(articles.get("total").asLong()).isEqualTo(3);
        JsonNode one = items(articles).stream().filter(a -> "en".equals(a.get("language").asText())).findFirst()
                .orElseThrow();
        JsonNode article = json("/api/articles/" + enc(one.get("id").asText()));
        assertThat(article.get("body").asText()).contains("Ain Issa");
        assertThat(article.get("event_ids").size()).isEqualTo(one.get("events").asInt());
    }

    @Test
    void theOpenApiDescriptionCoversEveryRouteAndEventParameter() throws Exception {
        JsonNode spec = json("/api/openapi.json");
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(server.server.routes()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(route -> {
            String[] parts = route.split(" ");
            assertThat(spec.at("/paths").has(parts[1])).as(route).isTrue();
            assertThat(spec.at("/paths").get(parts[1]).has(parts[0].toLowerCase())).as(route).isTrue();
        });
        List<String> described = new ArrayList<>();
        spec.at("/paths/~1api~1events/get/parameters").forEach(p -> described.add(p.get("name").asText()));
        assertThat(described).containsAll(EventParams.NAMES);
    }

    @Test
    void servesTheMapOfflineUnderAStrictContentSecurityPolicy() throws Exception {
        TestServer.Reply page = server.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).isEqualTo(ApiServer.CSP).contains("script-src 'self';");
        String html = page.raw().body();
        assertThat(html).contains("<script src=\"/app.js\"></script>").doesNotContainPattern("<script>|<script [^s]")
                .doesNotContain("http://", "https://");
        for (String asset : List.of("/app.js", "/dom.js", "/evidence.js", "/style.css",
                "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")) {
            assertThat(server.get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(json("/geo/world.geojson").get("features").size()).isGreaterThan(200);
        assertThat(json("/geo/syria-admin.geojson").get("features").size()).isEqualTo(77);
        assertThat(server.get("/api/events").header("Content-Security-Policy")).isEqualTo(ApiServer.CSP);
    }
}
