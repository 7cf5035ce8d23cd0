package org.frontline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.frontline.app.Cli;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void bundlesTheFoundingReportAndOneFrenchAndOneEnglishReport() throws IOException {
        assertThat(Samples.names()).containsExactly("2018-01-aleppo-khanasir.txt",
                "2020-01-idlib-maarat.txt", "2019-10-raqqa-shelling.txt");
    }

    @Test
    void codesAndStoresTheBundledSamplesWithTheRealPipeline() throws IOException {
        Cli.Run run = Cli.run(org.frontline.app.AppContext.standard(), "demo", "--no-serve");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(all).hasSize(3);
        JsonNode founding = all.get(0);
        assertThat(founding.at("/article/language").asText()).isEqualTo("fr");
        assertThat(founding.at("/events/0/sub_event_type").asText()).isEqualTo("Government regains territory");
        assertThat(founding.at("/events/0/location/name").asText()).isEqualTo("Khanasir");
        JsonNode idlib = all.get(1);
        assertThat(idlib.at("/events/0/location/id").asText()).as("Maaret al-Noomane").isEqualTo("geonames:167611");
        assertThat(idlib.at("/events/0/attribution/0/source").asText()).isEqualTo("SOHR");
        JsonNode raqqa = all.get(2);
        assertThat(raqqa.at("/article/language").asText()).isEqualTo("en");
        assertThat(raqqa.at("/events/0/sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(raqqa.at("/events/0/fatalities").asInt()).isEqualTo(3);
        assertThat(raqqa.at("/events/0/actor2").asText()).isEqualTo("Civilians (Syria)");
    }
}
