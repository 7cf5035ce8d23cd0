package org.frontline.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.app.ArticleSource;
import org.frontline.app.Cli;
import org.frontline.app.Fixtures;
import org.frontline.article.Article;
import org.frontline.article.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    /** Text files are one article; ".jsonl" files one article per line with the reader's own ids; ".bin" is refused. */
    private static final ArticleSource READER = (name, bytes, format) -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".bin")) {
            throw new FrontlineException(name + ": binary content, not an article");
        }
        if (name.endsWith(".jsonl")) {
            List<Article> articles = new ArrayList<>();
            text.lines().forEach(l -> articles.add(new Article(null, "id-" + l, null, null, "fr", null, l)));
            return new ReadResult(articles, List.of());
        }
        return new ReadResult(List.of(Article.of(text)), List.of());
    };

    private Cli.Run extract(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("extract"));
        all.addAll(List.of(args));
        return Cli.run(Cli.context(Fixtures::khanasir, READER, stdin), all.toArray(String[]::new));
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writesOneExtractionWithTheContractKeysInOrder() throws IOException {
        Path a = file("a.txt", "L'armée syrienne a libéré Khanacer.");
        Cli.Run run = extract("", a.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode x = new ObjectMapper().readTree(run.out());
        assertThat(keys(x)).startsWith("article", "places", "actors", "sources", "events");
        assertThat(keys(x.get("article"))).containsExactly("id", "input_id");
        assertThat(x.get("article").get("input_id").asText()).isEqualTo(a.toString());
        assertThat(keys(x.get("places").get(0))).containsExactly("text", "start", "end", "confidence", "place");
        assertThat(keys(x.get("places").get(0).get("place")))
                .containsExactly("id", "name", "lat", "lon", "country", "admin1", "admin2", "admin3", "feature");
        assertThat(keys(x.get("actors").get(0))).containsExactly("text", "start", "end", "actor");
        // DESIGN §5's four keys first; "country" extends the contract
        assertThat(keys(x.get("actors").get(0).get("actor"))).containsExactly("id", "name", "side", "inter", "country");
        assertThat(keys(x.get("sources").get(0))).containsExactly("text", "start", "end", "source");
        assertThat(keys(x.get("events").get(0))).containsExactly("event_type", "sub_event_type", "event_date",
                "time_precision", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "location", "fatalities", "facts", "attribution", "framing", "evidence", "confidence",
                "notes");
        assertThat(keys(x.get("events").get(0).get("location"))).containsExactly("id", "name", "lat", "lon",
                "country", "admin1", "admin2", "admin3", "geo_precision");
        assertThat(keys(x.get("events").get(0).get("attribution").get(0))).containsExactly("source", "stance", "via");
    }

    @Test
    void writesAnArrayForSeveralInputsReadingDirectoriesRecursivelyInPathOrder() throws IOException {
        file("b.txt", "second");
        file("a.txt", "first");
        file("sub/c.txt", "third");
        file(".git/HEAD", "not an input");
        Cli.Run run = extract("", dir.toString());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        array.forEach(x -> ids.add(x.get("article").get("input_id").asText()));
        assertThat(ids).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.txt").toString());
    }

    @Test
    void writesOneJsonlLinePerArticleInInputOrderCarryingTheInputId() throws IOException {
        Path lines = file("in.jsonl", "un\ndeux");
        Path text = file("z.txt", "trois");
        Cli.Run run = extract("", "--out", "jsonl", lines.toString(), text.toString());
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : out) {
            ids.add(mapper.readTree(line).get("article").get("input_id").asText());
        }
        assertThat(ids).containsExactly("id-un", "id-deux", text.toString());
    }

    @Test
    void writesAcledCsvWithAcledsHeaderAndOneRowPerEvent() throws IOException {
        Cli.Run run = extract("", "--out", "acled-csv", file("a.txt", "x").toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
                + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
                + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                + "fatalities,timestamp,iso3");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo(",,,,2018-01,2018,3,Battles,Government regains territory,"
                + "Military Forces of Syria,,1,Hayat Tahrir al-Sham,,2,12,,Syria,Aleppo,As-Safira,Khanasir,Khanasir,"
                + "35.78159,37.49919,1,Hezbollah War Media,,ACLED-style one-line summary,0,,SYR");
    }

    @Test
    void writesGeoJsonPointsAsLonLatForLocatedEventsOnly() throws IOException {
        Cli.Run run = extract("", "--out", "geojson", file("a.txt", "x").toString());
        JsonNode fc = new ObjectMapper().readTree(run.out());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(1);
        JsonNode feature = fc.get("features").get(0);
        assertThat(feature.get("type").asText()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(37.49919);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.78159);
        JsonNode props = feature.get("properties");
        assertThat(props.get("sub_event_type").asText()).isEqualTo("Government regains territory");
        assertThat(props.get("admin1").asText()).isEqualTo("Aleppo");
        assertThat(props.get("attribution").get(0).get("source").asText()).isEqualTo("Hezbollah War Media");
    }

    @Test
    void readsStdinForDash() throws IOException {
        Cli.Run run = extract("depuis stdin", "--out", "jsonl", "-");
        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("article").get("input_id").asText()).isEqualTo("-");
    }

    @Test
    void namesEachRejectedInputOnOneStderrLineAndExits1() throws IOException {
        Path good = file("a.txt", "x");
        Path binary = file("b.bin", "\u0000");
        Cli.Run run = extract("", "--out", "jsonl", good.toString(), dir.resolve("missing.txt").toString(),
                binary.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(1);
        Iterator<String> err = run.err().lines().iterator();
        assertThat(err.next()).isEqualTo("frontline extract: rejected " + dir.resolve("missing.txt")
                + ": no such file or directory");
        assertThat(err.next()).isEqualTo("frontline extract: rejected " + binary + ": binary content, not an article");
        assertThat(err.hasNext()).isFalse();
    }

    @Test
    void refusesToRunWithoutInputsAsAUsageError() {
        Cli.Run run = extract("");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("No input").contains("Usage: frontline extract");
    }
}
