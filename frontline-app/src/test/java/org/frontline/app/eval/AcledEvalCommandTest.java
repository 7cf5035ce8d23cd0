package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.app.Fixtures.at;
import static org.frontline.app.Fixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.Cli;
import org.frontline.app.Fixtures;
import org.frontline.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class AcledEvalCommandTest {
    public static final String HEADER = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,"
            + "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";

    @TempDir
    Path dir;

    private final List<Article> seen = Collections.synchronizedList(new ArrayList<>());

    /** Codes the Idleb clash exactly as ACLED did, and nothing for anything else. */
    private Extraction fakePipeline(Article a) {
        seen.add(a);
        if (a.body().contains("Idleb")) {
            return Fixtures.withEvents(a, event("Armed clash", "Military Forces of Syria", "Hayat Tahrir al-Sham",
                    at(35.5, 36.6, "Idleb"), 2));
        }
        return Fixtures.withEvents(a);
    }

    /** One CSV line in ACLED's column order, every cell quoted, unset columns empty. */
    private static String row(Map<String, String> cells) {
        return java.util.Arrays.stream(HEADER.split(","))
                .map(c -> "\"" + cells.getOrDefault(c, "").replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> syriaRow() {
        return Map.ofEntries(Map.entry("data_id", "11"), Map.entry("event_date", "9-May-20"),
                Map.entry("event_type", "Battles"), Map.entry("sub_event_type", "Armed clash"),
                Map.entry("actor1", "Military Forces of Syria (2000-)"), Map.entry("actor2", "Hayat Tahrir al-Sham"),
                Map.entry("region", "Middle East"), Map.entry("country", "Syria"), Map.entry("admin1", "Idleb"),
                Map.entry("latitude", "35.5"), Map.entry("longitude", "36.6"), Map.entry("fatalities", "2"),
                Map.entry("notes", "On 9 May 2020, clashes in Idleb.\nA second line inside the quotes."));
    }

    private static Map<String, String> mexicoRow(String latitude) {
        return Map.ofEntries(Map.entry("data_id", "12"), Map.entry("event_date", "30-Apr-20"),
                Map.entry("event_type", "Riots"), Map.entry("sub_event_type", "Mob violence"),
                Map.entry("actor1", "Rioters (Mexico)"), Map.entry("actor2", "Civilians (Mexico)"),
                Map.entry("region", "Central America"), Map.entry("country", "Mexico"), Map.entry("admin1", "Puebla"),
                Map.entry("latitude", latitude), Map.entry("longitude", "-98.2"), Map.entry("fatalities", "0"),
                Map.entry("notes", "On 30 April 2020, a mob beat a man in Puebla."));
    }

    private Path csv(String name, String header, String... rows) throws IOException {
        return Files.writeString(dir.resolve(name), header + "\n" + String.join("\n", rows) + "\n");
    }

    private Cli.Run eval(Path file, String... options) {
        Function<Article, Extraction> pipeline = this::fakePipeline;
        List<String> args = new ArrayList<>(List.of("eval", "acled", file.toString()));
        args.addAll(List.of(options));
        return Cli.run(Cli.context(pipeline, (n, b, f) -> {
            throw new FrontlineException("not used");
        }, ""), args.toArray(String[]::new));
    }

    @Test
    void scoresEachRowsNotesAgainstTheRowAndPrintsOneJsonObject() throws IOException {
        Path file = csv("rows.csv", HEADER, row(syriaRow()), row(mexicoRow("19.0")));
        Cli.Run run = eval(file, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode scores = new ObjectMapper().readTree(run.out());
        assertThat(scores.get("n").asInt()).isEqualTo(2);
        assertThat(scores.get("location_acc161").asDouble()).isEqualTo(0.5);
        assertThat(scores.get("location_acc10_syria").asDouble()).isEqualTo(1.0);
        assertThat(scores.get("admin1_acc").asDouble()).isEqualTo(0.5);
        assertThat(scores.get("fatalities_acc").asDouble()).isEqualTo(0.5);
        // Syria: 2 TP; Mexico: no event, 2 FN → 2·2 / (2·2 + 0 + 2)
        assertThat(scores.get("actor_f1").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void codesNotesAsEnglishArticlesPublishedOnTheIsoEventDate() throws IOException {
        eval(csv("rows.csv", HEADER, row(syriaRow())), "--json");
        assertThat(seen).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo("2020-05-09");
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.inputId()).isEqualTo("11");
            assertThat(a.body()).startsWith("On 9 May 2020, clashes in Idleb.");
        });
    }

    @Test
    void rejectsAnUnreadableRowByFileLineAndFieldAndScoresTheRest() throws IOException {
        // the Syria row's notes span lines 2-3, so the bad row starts on line 4
        Path file = csv("rows.csv", HEADER, row(syriaRow()), row(mexicoRow("north")), row(mexicoRow("19.0")));
        Cli.Run run = eval(file, "--json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":4:latitude: not a number 'north'");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(run.out()).get("n").asInt()).isEqualTo(2);
    }

    @Test
    void rejectsAFileWithoutANotesColumn() throws IOException {
        Path file = csv("short.csv", HEADER.replace(",notes", ""), "1,2");
        Cli.Run run = eval(file);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("frontline eval acled: " + file + ":1:notes: missing column");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void printsAnAlignedTableByDefault() throws IOException {
        Cli.Run run = eval(csv("rows.csv", HEADER, row(syriaRow())));
        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines.get(0)).startsWith("location_acc161").endsWith("1.000");
        assertThat(lines.get(lines.size() - 1)).matches("n +1");
        assertThat(lines.stream().map(l -> l.lastIndexOf(' ')).distinct()).hasSize(1);
    }

    @Test
    void writesTheRowsCodedWrongWithTheirErrorCategoriesAndTheConfusionCounts() throws IOException {
        Path file = csv("rows.csv", HEADER, row(syriaRow()), row(mexicoRow("19.0")));
        Path errors = dir.resolve("errors.tsv");
        Cli.Run run = eval(file, "--json", "--errors", errors.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(errors);
        assertThat(lines.get(0)).startsWith("line\tcountry\tgold_sub_event_type\tcoded_sub_event_type");
        assertThat(lines).filteredOn(l -> l.contains("Mexico")).singleElement()
                .satisfies(l -> assertThat(l).contains("\tMob violence\tNONE\t").contains("\tno-event\t"));
        assertThat(lines).noneMatch(l -> l.contains("Syria"));
        assertThat(lines).contains("# 1\tMob violence\tNONE", "# 1\tno-event");
    }

    @Test
    void writesTheRowsPlacedWrongWithTheirDistanceAndFirstLevelUnit() throws IOException {
        Map<String, String> damascus = new java.util.HashMap<>(syriaRow());
        damascus.putAll(Map.of("data_id", "13", "admin1", "Damascus", "latitude", "33.51", "longitude", "36.29"));
        Path file = csv("rows.csv", HEADER, row(damascus));
        Path errors = dir.resolve("errors.tsv");
        assertThat(eval(file, "--json", "--errors", errors.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(errors);
        assertThat(lines.get(0)).endsWith("\terrors\tgold_place\tcoded_place\tnotes");
        assertThat(lines.get(1)).contains("\tlocation-far,admin1-wrong\tDamascus 33.51,36.29\t")
                .contains("Somewhere (Idleb, SY, precision 1) 223 km");
        assertThat(lines).contains("# 1\tlocation-far", "# 1\tadmin1-wrong");
    }
}
