package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** The founding article (shared/gold/2018-01-aleppo-khanasir.json): every required actor, at the right date. */
class FoundingArticleActorsTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadBundled();
    private static final CatalogActorRecognizer RECOGNIZER = new CatalogActorRecognizer(CATALOG);
    private static final LocalDate JANUARY_2018 = LocalDate.of(2018, 1, 1);

    static String article() throws IOException {
        try (InputStream in = FoundingArticleActorsTest.class
                .getResourceAsStream("/org/frontline/corpus/2018-01-aleppo-khanasir.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ActorMention> mentions() throws IOException {
        return RECOGNIZER.recognize(new AnalyzedText(article(), Language.FR, List.of()), JANUARY_2018, "SY");
    }

    private static ActorMention mention(List<ActorMention> all, String surface) {
        return all.stream().filter(m -> m.text().replace('\u2019', '\'').equalsIgnoreCase(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' among " + all));
    }

    @Test
    void findsTheSyrianArmyUnderAllThreeSurfaces() throws IOException {
        List<ActorMention> all = mentions();
        for (String surface : List.of("L'armée syrienne", "l'armée", "forces gouvernementales")) {
            ActorMention m = mention(all, surface);
            assertThat(m.actor().name()).as(surface).isEqualTo("Military Forces of Syria (2000-)");
            assertThat(m.actor().inter()).isEqualTo(1);
            assertThat(m.actor().side()).isEqualTo("government");
        }
    }

    @Test
    void resolvesNusraAndFatahAlShamToHayatTahrirAlShamIn2018KeepingTheNameUsed() throws IOException {
        List<ActorMention> all = mentions();
        ActorMention nusra = mention(all, "front al-Nosra");
        assertThat(nusra.actor().name()).isEqualTo("HTS: Hayat Tahrir al Sham");
        assertThat(nusra.named().name()).isEqualTo("Jabhat al Nusra");
        ActorMention fatah = mention(all, "front Fatah al-Cham");
        assertThat(fatah.actor().id()).isEqualTo("sy.hts");
        assertThat(fatah.named().id()).isEqualTo("sy.jfs");
        ActorMention hts = mention(all, "Hayat Tahrir al-Cham");
        assertThat(hts.actor().id()).isEqualTo("sy.hts");
        assertThat(hts.actor().side()).isEqualTo("opposition-jihadist");
        assertThat(hts.named()).isNull();
    }

    @Test
    void findsEveryRequiredFactionOfTheTwoOperations() throws IOException {
        List<ActorMention> all = mentions();
        Map<String, String> expected = Map.of(
                "Al-Qaïda", "Al Qaeda",
                "Brigade al-Cham", "Al Sham Corps",
                "Jaïsh al-Nasr", "Jaysh al Nasr",
                "Jaïsh Idleb al-Hurr", "Free Idlib Army",
                "Jaïsh al-Noukhbat", "Jaysh al Nukhba",
                "jaïsh al-Tani", "Jaysh al Thani",
                "Ahrar al-Cham", "AAS: Ahrar al Sham",
                "Jaïsh al-Ezzat", "Jaysh al Izza",
                "al-hezb al-Turkestani", "Turkistan Islamic Party",
                "Haraket Noureddine al-Zenki", "Nour al Din al Zenki Movement");
        expected.forEach((surface, name) -> assertThat(mention(all, surface).actor().name()).as(surface).isEqualTo(name));
        assertThat(mention(all, "al-hezb al-Turkestani").actor().side()).isEqualTo("opposition-jihadist");
        assertThat(mention(all, "Jaïsh al-Nasr").actor().side()).isEqualTo("opposition");
    }

    @Test
    void findsNothingElseThanTheGoldActors() throws IOException {
        Map<String, Long> names = mentions().stream()
                .collect(Collectors.groupingBy(m -> m.actor().name(), Collectors.counting()));
        assertThat(names.keySet()).containsExactlyInAnyOrder("Military Forces of Syria (2000-)",
                "HTS: Hayat Tahrir al Sham", "Al Qaeda", "Al Sham Corps", "Jaysh al Nasr", "Free Idlib Army",
                "Jaysh al Nukhba", "Jaysh al Thani", "AAS: Ahrar al Sham", "Jaysh al Izza", "Turkistan Islamic Party",
                "Nour al Din al Zenki Movement");
        assertThat(names.get("HTS: Hayat Tahrir al Sham")).isEqualTo(5);
    }

    @Test
    void mentionOffsetsIndexTheBody() throws IOException {
        String body = article();
        for (ActorMention m : mentions()) {
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }
}
