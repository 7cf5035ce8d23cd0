package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.text.AnalyzedText;
import org.frontline.text.RuleTextAnalyzer;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {
    private static final SourceCatalog CATALOG = SourceCatalog.loadBundled();

    private static String article() throws IOException {
        try (InputStream in = SourceCatalogTest.class
                .getResourceAsStream("/org/frontline/corpus/2018-01-aleppo-khanasir.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsHezbollahWarMediaAndTheCoordinationSitesInTheFoundingArticle() throws IOException {
        String body = article();
        List<SourceMention> found = CATALOG.find(body);
        assertThat(found).extracting(SourceMention::text).containsExactly("Média de guerre (MG)", "MG", "MG",
                "sites de coordination", "activistes médiatiques", "MG", "MG", "sites de coordination", "MG");
        SourceMention mg = found.get(0);
        assertThat(mg.source().name()).isEqualTo("Hezbollah War Media");
        assertThat(mg.source().stance()).isEqualTo("pro-government");
        assertThat(body.substring(mg.start(), mg.end())).isEqualTo("Média de guerre (MG)");
        SourceMention sites = found.get(3);
        assertThat(sites.source().name()).isEqualTo("Opposition coordination sites");
        assertThat(sites.source().stance()).isEqualTo("opposition");
        assertThat(found.get(4).source()).isEqualTo(sites.source());
    }

    /** Speed round 21: over the text stage's split of the body, the catalog finds what it finds splitting it. */
    @Test
    void findsOverTheTextStagesSplitWhatItFindsSplittingTheBody() throws IOException {
        String body = article();
        AnalyzedText text = new RuleTextAnalyzer().analyze(body, null);
        assertThat(CATALOG.find(text)).hasSize(9).isEqualTo(CATALOG.find(body));
        AnalyzedText upper = new RuleTextAnalyzer().analyze(body.toUpperCase(java.util.Locale.ROOT), null);
        assertThat(CATALOG.find(upper)).isEqualTo(CATALOG.find(upper.body()));
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(CATALOG.find("Il a pris 10 mg de morphine, selon l'afp.")).isEmpty();
        assertThat(CATALOG.find("selon l'AFP")).extracting(m -> m.source().name()).containsExactly("AFP");
    }

    @Test
    void aFullNameWithItsAcronymInParenthesesIsOneMention() {
        List<SourceMention> found = CATALOG.find(
                "selon l'Observatoire syrien des droits de l'homme (OSDH), citant SANA et Reuters.");
        assertThat(found).extracting(SourceMention::text)
                .containsExactly("Observatoire syrien des droits de l'homme (OSDH)", "SANA", "Reuters");
        assertThat(found.get(0).source().name()).isEqualTo("SOHR");
        assertThat(found.get(0).source().scale()).isEqualTo("Other");
    }

    @Test
    void readsEnglishAttributions() {
        assertThat(CATALOG.find("according to the Syrian Observatory for Human Rights and Hawar News (ANHA)"))
                .extracting(m -> m.source().name()).containsExactly("SOHR", "Hawar News Agency");
    }

    record JacksonSource(String name, String stance, String scale, String kind, List<String> aliases, String note,
                         String covers) {
    }

    record JacksonFile(List<JacksonSource> sources) {
    }

    /**
     * sources.yaml is read as SnakeYAML's node tree; until 2026-12 Jackson's YAML mapper read it into records. That
     * reading is the oracle: every source, with its stance, scale, country and aliases, comes out the same.
     */
    @Test
    void theBundledCatalogReadsAsJacksonsMapperReadIt() throws IOException {
        JacksonFile file;
        try (InputStream in = SourceCatalog.class.getResourceAsStream("/org/frontline/claims/sources.yaml")) {
            file = new ObjectMapper(new YAMLFactory()).setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, JacksonFile.class);
        }
        assertThat(file.sources()).hasSizeGreaterThan(100);
        assertThat(CATALOG.sources()).containsExactlyElementsOf(file.sources().stream()
                .map(s -> new Source(s.name(), s.stance(), s.scale(), s.covers())).toList());
        for (JacksonSource s : file.sources()) {
            assertThat(CATALOG.aliases(s.name())).as(s.name())
                    .isEqualTo(s.aliases() == null ? List.of() : s.aliases());
        }
    }

    @Test
    void aBadCatalogIsAnErrorNamingItsLine() {
        String twice = "sources:\n  - {name: A, stance: opposition}\n  - name: A\n    stance: independent\n";
        assertThatThrownBy(() -> SourceCatalog.load(stream(twice), "mine.yaml")).isInstanceOf(FrontlineException.class)
                .hasMessage("mine.yaml line 3: source A is defined twice");
        String noStance = "sources:\n  - {name: A, stance: opposition}\n  - {name: B, scale: National}\n";
        assertThatThrownBy(() -> SourceCatalog.load(stream(noStance), "mine.yaml"))
                .hasMessage("mine.yaml line 3: a source needs a name and a stance");
        String typo = "sources:\n  - {name: A, stance: opposition, alias: [AA]}\n";
        assertThatThrownBy(() -> SourceCatalog.load(stream(typo), "mine.yaml"))
                .hasMessageStartingWith("mine.yaml line 2: unknown key 'alias' (known: aliases, covers, kind,");
        assertThat(SourceCatalog.load(stream("sources:\n"), "mine.yaml").sources()).isEmpty();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
