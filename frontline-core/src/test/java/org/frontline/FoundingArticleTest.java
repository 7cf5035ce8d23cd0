package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.actors.ActorMention;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.article.InputFormat;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.frontline.geoparse.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding report (corpus/fr/2018-01-aleppo-khanasir.txt), coded end to end and checked against every
 * "required" item of the analyst's gold coding, written here as our own expectations.
 */
class FoundingArticleTest {
    private static final String ARMY = "sy.military";
    private static final String HTS = "sy.hts";
    private static Extraction x;

    @BeforeAll
    static void extract() throws IOException {
        byte[] bytes;
        try (InputStream in = FoundingArticleTest.class.getResourceAsStream("corpus/2018-01-aleppo-khanasir.txt")) {
            bytes = Objects.requireNonNull(in).readAllBytes();
        }
        Article article = new ArticleReaders().read("2018-01-aleppo-khanasir.txt", bytes, InputFormat.AUTO)
                .articles().get(0);
        x = Frontline.pipeline(Frontline.Config.defaults()).extract(article);
    }

    private static List<PlaceMention> places(String surface) {
        return x.places().stream().filter(p -> p.text().equals(surface)).toList();
    }

    @Test
    void readsTheArticleHeader() {
        assertThat(x.article().published()).isEqualTo("2018-01");
        assertThat(x.article().source()).isEqualTo("Divers");
        assertThat(x.article().language()).isEqualTo("fr");
    }

    @Test
    void resolvesKhanacerToKhanasir() {
        assertThat(places("Khanacer")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.place().id()).isEqualTo("geonames:168351");
            assertThat(p.place().lat()).isEqualTo(35.78159);
            assertThat(p.place().admin1()).isEqualTo("Aleppo");
        });
        assertThat(places("Khanacer").get(places("Khanacer").size() - 1).relation())
                .as("à l'ouest de Khanacer").isEqualTo(PlaceMention.Relation.NEAR);
    }

    @Test
    void resolvesBothSpellingsOfTallAdDaman() {
        assertThat(places("Tal-Damane")).singleElement().satisfies(p -> assertThat(p.place().id()).isEqualTo("geonames:163747"));
        assertThat(places("Tal Damen")).singleElement().satisfies(p -> assertThat(p.place().id()).isEqualTo("geonames:163747"));
    }

    @Test
    void provinceOfAleppoIsTheGovernorateWithADirection() {
        List<PlaceMention> alep = places("Alep");
        assertThat(alep).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(p -> assertThat(p.place().id()).isEqualTo("geonames:170062"));
        assertThat(alep.get(0).direction()).isEqualTo("south");
        assertThat(alep.get(1).direction()).isEqualTo("south-east");
    }

    @Test
    void idlibAndHamaInTheProvinceListAreGovernorates() {
        assertThat(places("Idleb")).hasSize(2)
                .allSatisfy(p -> assertThat(p.place().id()).isEqualTo("geonames:169387"));
        assertThat(places("Hama")).singleElement().satisfies(p -> {
            assertThat(p.place().id()).isEqualTo("geonames:170015");
            assertThat(p.direction()).isEqualTo("north-east");
        });
    }

    @Test
    void syriaIsTheCountry() {
        assertThat(places("Syrie")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.place().country()).isEqualTo("SY");
            assertThat(p.place().isCountry()).isTrue();
        });
    }

    @Test
    void jabalArbaineIsNotConfidentlyPlacedFarAway() {
        assertThat(x.places()).filteredOn(p -> p.text().contains("Arba")).allSatisfy(p ->
                assertThat(p.place() == null || p.confidence() < 0.5
                        || org.frontline.geoparse.Geo.km(p.place().lat(), p.place().lon(), 35.80776, 37.25378) < 40)
                        .isTrue());
    }

    @Test
    void everyRequiredActorIsRecognisedAtTheArticlesDate() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("L’armée syrienne", ARMY), Map.entry("l’armée", ARMY),
                Map.entry("forces gouvernementales", ARMY), Map.entry("front al-Nosra", HTS),
                Map.entry("front Fatah al-Cham", HTS), Map.entry("Hayat Tahrir al-Cham", HTS),
                Map.entry("Al-Qaïda", "sy.al-qaeda"), Map.entry("Jaïsh al-Nasr", "sy.jaysh-al-nasr"),
                Map.entry("Jaïsh Idleb al-Hurr", "sy.free-idlib-army"),
                Map.entry("Jaïsh al-Noukhbat", "sy.jaysh-al-nukhba"), Map.entry("jaïsh al-Tani", "sy.jaysh-al-thani"),
                Map.entry("Ahrar al-Cham", "sy.ahrar-al-sham"), Map.entry("Jaïsh al-Ezzat", "sy.jaysh-al-izza"),
                Map.entry("al-hezb al-Turkestani", "sy.tip"), Map.entry("Haraket Noureddine al-Zenki", "sy.zenki"));
        Map<String, Set<String>> found = x.actors().stream().collect(Collectors.groupingBy(ActorMention::text,
                Collectors.mapping(m -> m.actor().id(), Collectors.toSet())));
        expected.forEach((surface, id) -> assertThat(found.get(surface)).as(surface).containsExactly(id));
        assertThat(x.actors()).filteredOn(m -> m.text().equals("front al-Nosra"))
                .allSatisfy(m -> assertThat(m.named().id()).isEqualTo("sy.nusra"));
    }

    @Test
    void bothSourcesAreFoundWithTheirStance() {
        assertThat(x.sources()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("Média de guerre (MG)");
            assertThat(s.source().name()).isEqualTo("Hezbollah War Media");
            assertThat(s.source().stance()).isEqualTo("pro-government");
        });
        assertThat(x.sources()).filteredOn(s -> s.text().equals("MG")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(x.sources()).filteredOn(s -> s.text().equals("sites de coordination")
                        || s.text().equals("activistes médiatiques"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.source().stance()).isEqualTo("opposition"));
    }

    private static List<Event> events(String subType) {
        return x.events().stream().filter(e -> e.subEventType().equals(subType)).toList();
    }

    private static boolean isArmy(String actor) {
        return "Military Forces of Syria (2000-)".equals(actor);
    }

    @Test
    void theRoadRetakenIsTheMostSalientEventWithItsFacts() {
        Event road = x.events().get(0);
        assertThat(road.subEventType()).isEqualTo("Government regains territory");
        assertThat(isArmy(road.actor1())).isTrue();
        assertThat(road.actor2()).isEqualTo("HTS: Hayat Tahrir al Sham");
        assertThat(road.location().id()).isIn("geonames:168351", "geonames:163747");
        assertThat(road.location().admin1()).isEqualTo("Aleppo");
        assertThat(road.eventDate()).isEqualTo("2018-01");
        assertThat(road.timePrecision()).isEqualTo(3);
        assertThat(road.facts()).containsEntry("road_length_km", 45).containsEntry("gap_km_before", 10)
                .containsEntry("gap_km_after", 2);
        assertThat(List.copyOf(road.facts().keySet()))
                .as("facts in a stable (sorted) order, so JSON output is the same every run").isSorted();
        assertThat(road.attribution()).extracting(Attribution::source).contains("Hezbollah War Media");
        assertThat(road.interaction()).isEqualTo(12);
    }

    @Test
    void twentyVillagesChangeHandsBetweenTheTwoTowns() {
        assertThat(events("Government regains territory")).anySatisfy(e -> {
            assertThat(e.facts()).containsEntry("villages_approx", 20);
            assertThat(isArmy(e.actor1())).isTrue();
            assertThat(e.actor2()).isEqualTo("HTS: Hayat Tahrir al Sham");
            assertThat(e.location().admin1()).isEqualTo("Aleppo");
        });
    }

    @Test
    void controlOfSouthEasternAleppoIsARegionLevelClaimOfHezbollahWarMedia() {
        assertThat(events("Government regains territory")).anySatisfy(e -> {
            assertThat(isArmy(e.actor1())).isTrue();
            assertThat(e.location().id()).isEqualTo("geonames:170062");
            assertThat(e.location().geoPrecision()).isEqualTo(3);
            assertThat(e.facts()).containsEntry("localities_cleared_more_than", 40);
            assertThat(e.attribution()).extracting(Attribution::source).containsExactly("Hezbollah War Media");
        });
    }

    @Test
    void theTwoFailedOffensivesAreClashesWithTheirMemberGroups() {
        List<Event> clashes = events("Armed clash").stream().filter(e -> e.actor1().contains("«")).toList();
        assertThat(clashes).hasSize(2);
        Event riposte = clashes.stream().filter(e -> e.actor1().contains("Riposte à la tyrannie")).findFirst().orElseThrow();
        Event capable = clashes.stream().filter(e -> e.actor1().contains("Dieu est capable")).findFirst().orElseThrow();
        assertThat(riposte.assocActor1()).contains("Jaysh al Nasr", "Free Idlib Army", "Jaysh al Nukhba", "Jaysh al Thani");
        assertThat(capable.assocActor1()).containsExactlyInAnyOrder("AAS: Ahrar al Sham", "Jaysh al Izza",
                "Turkistan Islamic Party", "Nour al Din al Zenki Movement");
        for (Event op : clashes) {
            assertThat(isArmy(op.actor2())).isTrue();
            assertThat(op.location().geoPrecision()).isEqualTo(3);
            assertThat(op.location().admin1()).isEqualTo("Aleppo");
            assertThat(op.facts()).containsEntry("outcome", "failed");
            assertThat(op.facts().get("other_locations")).asList().containsExactlyInAnyOrder("Hama", "Idleb");
            assertThat(op.attribution()).contains(new Attribution("Hezbollah War Media", "pro-government",
                    List.of("Opposition coordination sites")));
        }
    }

    @Test
    void loadedWordsAreReportedAsFramingWhileTheTypesStayNeutral() {
        Set<String> framing = x.events().stream().flatMap(e -> e.framing().stream()).collect(Collectors.toSet());
        assertThat(framing).contains("libéré", "libérée", "purifiés des milices", "ratissage", "milices");
        assertThat(x.events()).allSatisfy(e -> assertThat(e.notes()).doesNotContain("libér", "purifi"));
    }
}
