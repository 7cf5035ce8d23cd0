package org.frontline.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline control} on reports run through the real pipeline. */
class ControlCommandTest {
    @TempDir
    static Path dir;
    private static Path reports;
    private static final AppContext REAL = AppContext.standard(Map.of(), Cli.NO_HOME);

    @BeforeAll
    static void writeReports() throws IOException {
        reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("sana.txt"), " date 2018-01-20 Army units liberated Abu al-Duhur military "
                + "airport in the southeastern countryside of Idleb on January 20, after fierce battles with Jabhat "
                + "al-Nusra terrorists, SANA reported.\n\nSource: SANA\n");
        Files.writeString(reports.resolve("ebaa.txt"), " date 2018-01-23 Hayat Tahrir al-Sham fighters took control "
                + "of the village of Jarjanaz, east of Maarat al-Numan, on January 23 after a counter-attack against "
                + "regime forces, Ebaa News Agency reported.\n\nSource: Ebaa News Agency\n");
    }

    @Test
    void jsonNamesTheControllerOnTheDayWithItsSources() throws IOException {
        Cli.Run run = Cli.run(REAL, "control", "Abou Douhour", "--at", "2018-01-21", "--json", "--from",
                reports.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.path("place").path("id").asText()).isEqualTo("geonames:174611");
        assertThat(o.path("controller").path("controller").asText()).isEqualTo("Military Forces of Syria (2000-)");
        assertThat(o.path("controller").path("camp").asText()).isEqualTo("government");
        assertThat(o.path("controller").path("sources").get(0).path("name").asText()).isEqualTo("SANA");
        assertThat(o.path("timeline")).hasSize(1);
    }

    @Test
    void textSaysNoClaimBeforeTheCapture() {
        Cli.Run run = Cli.run(REAL, "control", "Jarjanaz", "--at", "2018-01-22", "--from", reports.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("HTS: Hayat Tahrir al Sham [opposition]")
                .contains("On 2018-01-22: no claim yet");
    }

    @Test
    void aPlaceNoEventSpeaksOfIsSaidSo() {
        Cli.Run run = Cli.run(REAL, "control", "Saraqib", "--from", reports.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("No event among the 2 fused events read hands Saraqib to anyone");
    }

    @Test
    void readsTheEventsOfTheStoreWhenNoReportIsGiven() {
        String db = dir.resolve("frontline.db").toString();
        assertThat(Cli.run(REAL, "ingest", reports.toString(), "--db", db).code()).isZero();
        Cli.Run run = Cli.run(REAL, "control", "Jarjanaz", "--at", "2018-01-24", "--db", db);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("On 2018-01-24: 2018-01-23 HTS: Hayat Tahrir al Sham [opposition]")
                .contains("per Ebaa News Agency (jihadist)");
    }

    @Test
    void aBadDateIsUsageAndAMissingFileIsRejected() {
        assertThat(Cli.run("control", "Khanasir", "--at", "janvier", "--from", "x.txt").code()).isEqualTo(2);
        Cli.Run missing = Cli.run(REAL, "control", "Khanasir", "--from", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("control: rejected").contains("nope.txt");
    }
}
