package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.app.Fixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.Extraction;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;
import org.frontline.app.Cli;
import org.frontline.app.Fixtures;
import org.frontline.article.Article;
import org.frontline.article.ReadResult;
import org.frontline.claims.Source;
import org.frontline.claims.SourceMention;
import org.frontline.gazetteer.Place;
import org.frontline.geoparse.PlaceMention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvalCommandTest {
    private static final String GOLD = """
            {"text": "corpus/fr/k.txt", "language": "fr", "published": "2018-01", "publisher": "Divers",
             "places": [
               {"surfaces": ["Khanacer"], "required": true, "geonames_id": 168351, "wof_id": 1210011089,
                "lat": 35.78159, "lon": 37.49919},
               {"surfaces": ["province sud d'Alep"], "required": true, "geonames_id": 170062, "wof_id": 85678359},
               {"surfaces": ["Syrie"], "required": true, "name": "Syria", "country": "SY"},
               {"surfaces": ["Jabal a-Arbaïne"], "required": false}],
             "actors": [
               {"surfaces": ["L'armée syrienne"], "required": true, "actor": "Military Forces of Syria"},
               {"surfaces": ["front al-Nosra"], "required": true, "actor": "Hayat Tahrir al-Sham"},
               {"surfaces": ["Jaïsh al-Ezzat"], "required": true, "actor": "Jaysh al-Izza"},
               {"surfaces": ["ses alliés"], "required": false, "actor": "pro-government allies (unnamed)"}],
             "sources": [
               {"surfaces": ["Média de guerre (MG)", "MG"], "required": true,
                "source": "Hezbollah War Media (al-I'lam al-Harbi)", "stance": "pro-government"}],
             "events": [
               {"id": "road", "required": true, "sub_event_type": "Government regains territory",
                "actor1": "Military Forces of Syria", "actor2": "Hayat Tahrir al-Sham"},
               {"id": "villages", "required": true, "sub_event_type": "Government regains territory",
                "actor1": "Military Forces of Syria", "may_merge_with": "road"},
               {"id": "control", "required": true, "sub_event_type": "Government regains territory or Other (control claim)",
                "actor1": "Military Forces of Syria"},
               {"id": "riposte", "required": true, "sub_event_type": "Armed clash",
                "actor1": "opposition coalition of the operation 'Riposte à la tyrannie'"},
               {"id": "hts-retreat", "required": false, "sub_event_type": "Government regains territory"}],
             "framing": {"loaded_terms": ["libéré"]}}
            """;

    @TempDir
    Path root;

    private final List<String> readNames = new ArrayList<>();
    private final List<Article> extracted = new ArrayList<>();

    @BeforeEach
    void corpus() throws IOException {
        Files.createDirectories(root.resolve("gold"));
        Files.createDirectories(root.resolve("corpus/fr"));
        Files.writeString(root.resolve("gold/k.json"), GOLD);
        Files.writeString(root.resolve("corpus/fr/k.txt"), "L’armée syrienne a libéré Khanacer dans la province sud d’Alep.");
    }

    private static Place place(String id, String code, double lat, double lon) {
        return new Place(id, id, lat, lon, "A", code, "SY", "Aleppo", null, null, 0, List.of());
    }

    /**
     * Finds Khanacer and Syrie, resolves "Alep" to the city instead of the governorate, names the army with ACLED
     * years, misses Jaysh al-Izza, and codes one territory event and one clash.
     */
    private Extraction fake(Article a) {
        extracted.add(a);
        List<PlaceMention> places = List.of(
                new PlaceMention("Khanacer", 0, 8, 0.9, Fixtures.KHANASIR, null, null, 1),
                new PlaceMention("Alep", 10, 14, 0.9, place("geonames:170063", "PPLA", 36.2, 37.16), null, null, 1),
                new PlaceMention("Syrie", 20, 25, 0.9, place("geonames:163843", "PCLI", 35.0, 38.0), null, null, 1));
        List<ActorMention> actors = List.of(
                new ActorMention("L’armée syrienne", 0, 16, new ActorRef("sy.army", "Military Forces of Syria (2000-)",
                        "government", 1, "SY"), null),
                new ActorMention("front al-Nosra", 30, 44, new ActorRef("sy.hts", "Hayat Tahrir al-Sham",
                        "opposition-jihadist", 2, "SY"), null));
        List<SourceMention> sources = List.of(new SourceMention("MG", 50, 52,
                new Source("Hezbollah War Media", "pro-government", null)));
        return new Extraction(a, places, actors, sources, List.of(
                event("Government regains territory", "Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham", null, 0),
                event("Armed clash", "Ahrar al-Sham", "Military Forces of Syria (2000-)", null, 0)), List.of());
    }

    private Cli.Run eval(String... extra) {
        List<String> args = new ArrayList<>(List.of("eval", "gold", root.resolve("gold").toString()));
        args.addAll(List.of(extra));
        return Cli.run(Cli.context(this::fake, (name, bytes, format) -> {
            readNames.add(name);
            return new ReadResult(List.of(Article.of(new String(bytes, StandardCharsets.UTF_8))), List.of());
        }, ""), args.toArray(String[]::new));
    }

    @Test
    void scoresRecallOfRequiredItems() throws IOException {
        Cli.Run run = eval("--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(run.out());
        assertThat(s.get("places_recall").asDouble()).isEqualTo(2.0 / 3); // the city is not the governorate
        assertThat(s.get("actors_recall").asDouble()).isEqualTo(2.0 / 3); // Jaysh al-Izza missed
        assertThat(s.get("sources_recall").asDouble()).isEqualTo(1.0);
        // road takes the territory event, villages may share it, riposte takes the clash, control finds none left
        assertThat(s.get("events_recall").asDouble()).isEqualTo(0.75);
        assertThat(s.get("n").asInt()).isEqualTo(1);
    }

    @Test
    void readsTheArticleRelativeToTheGoldDirectorysParentWithTheGoldsLanguageAndDate() {
        eval("--json");
        assertThat(readNames).singleElement().asString().endsWith("corpus/fr/k.txt".replace('/', java.io.File.separatorChar));
        assertThat(extracted).singleElement().satisfies(a -> {
            assertThat(a.language()).isEqualTo("fr");
            assertThat(a.published()).isEqualTo("2018-01");
            assertThat(a.source()).isEqualTo("Divers");
        });
    }

    @Test
    void listsWhatWasMissedUnderTheTable() {
        Cli.Run run = eval();
        assertThat(run.out()).contains("places_recall").contains("k.json: missed place [province sud d'Alep]")
                .contains("k.json: missed actor 'Jaysh al-Izza'").contains("k.json: missed event 'control'");
    }

    @Test
    void rejectsAGoldFileThatIsNotJsonByName() throws IOException {
        Files.writeString(root.resolve("gold/broken.json"), "{\"text\": ");
        Cli.Run run = eval("--json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("broken.json: not a gold file");
        assertThat(new ObjectMapper().readTree(run.out()).get("n").asInt()).isEqualTo(1);
    }
}
