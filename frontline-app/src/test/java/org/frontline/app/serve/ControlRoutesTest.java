package org.frontline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.article.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control, fused-event and front-gap API over a real store holding the samples and a contested pair. */
class ControlRoutesTest {
    private static final String ARMY = "Military Forces of Syria (2000-)";
    /** The map's view over northern Syria, where the samples' places lie. */
    private static final String SYRIA = "&bbox=35.5,32.0,42.5,37.5";
    /** A view over the Gulf of Guinea, where no sample speaks of any place. */
    private static final String NOWHERE = "&bbox=0,0,1,1";
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.withSamples(dir, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        return server.ok(path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theFoundingReportGivesKhanasirToTheArmyFromJanuary2018() throws Exception {
        JsonNode k = json("/api/control?place=Khanacer&at=2018-01-15");
        assertThat(k.at("/place/id").asText()).isEqualTo("geonames:168351");
        assertThat(k.at("/controller/controller").asText()).isEqualTo(ARMY);
        assertThat(k.at("/controller/sources/0/name").asText()).isEqualTo("Hezbollah War Media");
        assertThat(json("/api/control?place=Khanasir&at=2017-12-31").get("controller").isNull()).isTrue();
        List<String> held = new ArrayList<>();
        json("/api/control?at=2018-01-15" + SYRIA).get("items").forEach(i -> {
            if (i.at("/controller/controller").asText().equals(ARMY)) {
                held.add(i.at("/place/name").asText());
            }
        });
        assertThat(held).contains("Khanasir", "Tall ad Daman");
        assertThat(json("/api/control?at=2018-01-15" + NOWHERE).get("items")).isEmpty();
    }

    @Test
    void controlOnADayAndFrontGapsNeedTheMapsViewSoNoRequestReadsTheWholeStore() throws Exception {
        for (String path : List.of("/api/control?at=2018-01-15", "/api/front-gaps")) {
            TestServer.Reply reply = server.get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.json().get("parameter").asText()).as(path).isEqualTo("bbox");
            assertThat(reply.json().get("error").asText()).as(path).contains("bbox=minLon,minLat,maxLon,maxLat");
        }
        assertThat(json("/api/front-gaps?bbox=0,0,1,1").get("items")).isEmpty();
    }

    @Test
    void fusedEventsAreFilteredByBoxAndDaysThroughTheStore() throws Exception {
        JsonNode aleppo = json("/api/fused-events?bbox=36.5,35.5,37.8,36.5&from=2018-01-01&until=2018-01-31");
        assertThat(aleppo.get("total").asInt()).isPositive();
        aleppo.get("items").forEach(f -> {
            assertThat(f.at("/location/lon").asDouble()).isBetween(36.5, 37.8);
            assertThat(f.at("/location/lat").asDouble()).isBetween(35.5, 36.5);
            assertThat(f.get("event_date").asText()).startsWith("2018-01");
        });
        assertThat(json("/api/fused-events?bbox=36.5,35.5,37.8,36.5&from=1990-01-01&until=1990-12-31")
                .get("total").asInt()).isZero();
        assertThat(server.get("/api/fused-events?from=2018-02-01&until=2018-01-01").json().get("parameter")
                .asText()).isEqualTo("until");
        assertThat(json("/api/control?at=2018-01-15&limit=1" + SYRIA).get("items")).hasSize(1);
    }

    @Test
    void unknownPlacesAndBadDatesNameTheParameter() throws Exception {
        TestServer.Reply nowhere = server.get("/api/control?place=Nowhereville");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("parameter").asText()).isEqualTo("place");
        TestServer.Reply bad = server.get("/api/control?at=janvier");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asText()).isEqualTo("at");
        assertThat(server.get("/api/fused-events?contested=maybe").json().get("parameter").asText())
                .isEqualTo("contested");
    }

    @Test
    void theReportedGapBetweenTheFrontsIsServed() throws Exception {
        List<JsonNode> reported = new ArrayList<>();
        json("/api/front-gaps?" + SYRIA.substring(1)).get("items").forEach(g -> {
            if (g.get("method").asText().equals("reported")) {
                reported.add(g);
            }
        });
        assertThat(reported).singleElement().satisfies(g -> {
            assertThat(g.get("km_before").asDouble()).isEqualTo(10.0);
            assertThat(g.get("km").asDouble()).isEqualTo(2.0);
        });
    }

    @Test
    void frontGapsAnswerTheDaysAskedForAPageOfChangeDaysAtATime() throws Exception {
        JsonNode all = json("/api/front-gaps?" + SYRIA.substring(1));
        assertThat(all.has("next_from")).isFalse();
        List<String> days = new ArrayList<>();
        all.get("items").forEach(g -> {
            if (g.get("method").asText().equals("computed") && !days.contains(g.get("date").asText())) {
                days.add(g.get("date").asText());
            }
        });
        assertThat(days).hasSizeGreaterThan(1);
        JsonNode first = json("/api/front-gaps?limit=1" + SYRIA);
        assertThat(first.get("next_from").asText()).isEqualTo(days.get(1));
        first.get("items").forEach(g -> assertThat(g.get("date").asText()).isLessThan(days.get(1)));
        JsonNode rest = json("/api/front-gaps?from=" + days.get(1) + SYRIA);
        assertThat(first.get("items").size() + rest.get("items").size()).isEqualTo(all.get("items").size());
        JsonNode january = json("/api/front-gaps?from=2018-01-01&until=2018-01-31" + SYRIA);
        assertThat(january.get("items")).anyMatch(g -> g.get("method").asText().equals("reported")
                && g.get("km").asDouble() == 2.0);
        january.get("items").forEach(g -> assertThat(g.get("date").asText()).startsWith("2018-01"));
        assertThat(json("/api/front-gaps?from=2030-01-01" + SYRIA).get("items")).isEmpty();
        TestServer.Reply backwards = server.get("/api/front-gaps?from=2018-02-01&until=2018-01-01" + SYRIA);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("parameter").asText()).isEqualTo("until");
    }

    @Test
    void aNewlyStoredContradictionShowsAsAContestedPairWithItsReportsSideBySide() throws Exception {
        assertThat(json("/api/fused-events?contested=true").get("total").asInt()).isZero();
        server.store.put(TestServer.pipeline().apply(new Article(null, "sana", "SANA", "2018-01-21", "fr", null,
                "L'armée arabe syrienne a libéré le village de Tall Sultan, à l'est d'Idleb, le 21 janvier, après "
                        + "avoir éliminé les derniers terroristes du front al-Nosra, rapporte l'agence SANA.")));
        server.store.put(TestServer.pipeline().apply(new Article(null, "orient", "Orient News", "2018-01-21", "en",
                null, "Rebel factions repelled an attack by Assad's forces on the village of Tall Sultan, east of "
                        + "Idlib, on January 21, killing 12 regime soldiers, Orient News reported.")));
        JsonNode contested = json("/api/fused-events?contested=true");
        assertThat(contested.get("total").asInt()).isEqualTo(2);
        JsonNode a = contested.at("/items/0");
        JsonNode b = contested.at("/items/1");
        assertThat(a.at("/contested_with/0").asText()).isEqualTo(b.get("id").asText());
        assertThat(List.of(a.get("side").asText(), b.get("side").asText()))
                .containsExactlyInAnyOrder("government", "opposition");
        for (JsonNode f : List.of(a, b)) {
            assertThat(f.at("/reports/0/event_id").asLong()).isPositive();
            assertThat(f.at("/reports/0/excerpt").asText()).contains("Tall Sultan");
        }
        JsonNode day = json("/api/control?place=" + enc("Tall Sultan") + "&at=2018-01-21");
        assertThat(day.get("claims_at")).hasSize(2);
        assertThat(day.at("/claims_at/0/contested").asBoolean()).isTrue();
    }
}
