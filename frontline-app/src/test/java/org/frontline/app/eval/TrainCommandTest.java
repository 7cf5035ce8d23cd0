package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.frontline.app.Cli;
import org.frontline.events.SubEventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training and cross-validation run the real pipeline (bundled gazetteer and catalogs) on a few ACLED rows. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private static String row(String id, String sub, String type, String notes) {
        return id + ",804,UKR1,1,2-May-20,2020,1," + type + "," + sub + ",Military Forces of Ukraine (2019-),,1,"
                + "NAF: United Armed Forces of Novorossiya,,2,12,Europe,Ukraine,Donetsk,Donetskyi,,Donetsk,48.0,37.8,2,"
                + "OSCE,Other,\"" + notes + "\",0,1589220519,UKR";
    }

    private Path rows() throws IOException {
        StringBuilder sb = new StringBuilder(AcledEvalCommandTest.HEADER).append('\n');
        String[] places = {"Avdiivka", "Marinka", "Zolote", "Popasna"};
        for (int i = 0; i < places.length; i++) {
            sb.append(row("1" + i, "Shelling/artillery/missile attack", "Explosions/Remote violence",
                    "On 2 May 2020, the OSCE SMM observed 12 explosions involving unknown weapons near " + places[i]
                            + ".")).append('\n');
            sb.append(row("2" + i, "Armed clash", "Battles", "On 2 May 2020, Ukrainian forces clashed with NAF "
                    + "fighters near " + places[i] + ".")).append('\n');
        }
        return Files.writeString(dir.resolve("rows.csv"), sb.toString());
    }

    @Test
    void writesAModelTheCoderCanRead() throws IOException {
        Path model = dir.resolve("model.tsv");
        Cli.Run run = Cli.run("train", rows().toString(), "--out", model.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("n").asInt()).isEqualTo(8);
        try (Reader r = Files.newBufferedReader(model)) {
            SubEventModel m = SubEventModel.read(r, model.toString());
            assertThat(m.isEmpty()).isFalse();
            assertThat(m.classify("On 3 May 2020, the OSCE SMM observed 30 explosions involving unknown weapons near "
                    + "Pisky.", "Armed clash", Set.of("Armed clash", "Shelling/artillery/missile attack")))
                    .hasValueSatisfying(d -> assertThat(d.subEventType()).isEqualTo("Shelling/artillery/missile attack"));
        }
    }

    @Test
    void crossValidatesOnTheFileRows() throws IOException {
        Cli.Run run = Cli.run("eval", "acled", rows().toString(), "--cv", "2", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode scores = new ObjectMapper().readTree(run.out());
        assertThat(scores.get("n").asInt()).isEqualTo(8);
        assertThat(scores.get("sub_event_type_acc").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void refusesAFoldCountBelowTwo() throws IOException {
        Cli.Run run = Cli.run("eval", "acled", rows().toString(), "--cv", "1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--cv K needs 2 <= K");
    }
}
