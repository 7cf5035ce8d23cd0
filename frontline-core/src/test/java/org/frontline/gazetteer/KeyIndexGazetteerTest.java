package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyIndexGazetteerTest {
    private static KeyIndexGazetteer gazetteer;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        gazetteer = KeyIndexGazetteer.loadBundled();
        System.out.printf("bundled gazetteer: %d places loaded and indexed in %d ms%n", gazetteer.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The core suite runs in one 1 GB JVM: a finished class lets its bundled gazetteer go. */
    @AfterAll
    static void release() {
        gazetteer = null;
    }

    private static List<String> ids(String surface) {
        return gazetteer.lookup(surface).stream().map(m -> m.place().id()).toList();
    }

    @Test
    void keepsLooseMatchesOfTheGivenCountriesOnlyAndSkipsThemAllWhenNoneIsGiven() {
        Gazetteer generic = new Gazetteer() { // the interface's own filtering of the whole answer
            public List<PlaceMatch> lookup(String surface) {
                return gazetteer.lookup(surface);
            }

            public java.util.Optional<Place> byId(String id) {
                return gazetteer.byId(id);
            }

            public java.util.Optional<Place> country(String iso2) {
                return gazetteer.country(iso2);
            }

            public java.util.Optional<Place> admin1(String iso2, String admin1Name) {
                return gazetteer.admin1(iso2, admin1Name);
            }

            public int size() {
                return gazetteer.size();
            }
        };
        for (String surface : List.of("Khanacer", "Bab", "Halab", "Idleb", "Tal Damen", "Parana", "Court",
                "Deir ez-Zor", "nowhere at all")) {
            List<PlaceMatch> all = gazetteer.lookup(surface);
            List<PlaceMatch> arab = gazetteer.lookup(surface, TransliteratedCountries.ISO2);
            assertThat(arab).as(surface).isEqualTo(all.stream()
                    .filter(m -> m.exact() || TransliteratedCountries.ISO2.contains(m.place().country())).toList());
            assertThat(arab).as(surface).isEqualTo(generic.lookup(surface, TransliteratedCountries.ISO2));
            assertThat(gazetteer.lookup(surface, java.util.Set.of())).as(surface)
                    .isEqualTo(all.stream().filter(PlaceMatch::exact).toList());
        }
        assertThat(gazetteer.lookup("Bab", TransliteratedCountries.ISO2)).hasSizeLessThan(gazetteer.lookup("Bab").size())
                .anyMatch(m -> !m.exact());
    }

    @Test
    void resolvesKhanacerToKhanasir() {
        PlaceMatch match = gazetteer.lookup("Khanacer").stream()
                .filter(m -> m.place().id().equals("geonames:168351")).findFirst().orElseThrow();
        Place p = match.place();
        assertThat(p.lat()).isEqualTo(35.78159);
        assertThat(p.lon()).isEqualTo(37.49919);
        assertThat(p.admin1()).isEqualTo("Aleppo");
        assertThat(p.admin2()).isEqualTo("As-Safira");
        assertThat(match.exact()).isFalse();
    }

    @Test
    void resolvesTalDamaneAndTalDamenToTallAdDaman() {
        assertThat(ids("Tal-Damane")).contains("geonames:163747");
        assertThat(ids("Tal Damen")).contains("geonames:163747");
        assertThat(gazetteer.byId("geonames:163747").orElseThrow().name()).isEqualTo("Tall ad Daman");
    }

    @Test
    void findsBothAleppoGovernorateAndCityUnderAlepAndAleppo() {
        for (String surface : List.of("Alep", "Aleppo", "Halab", "حلب")) {
            assertThat(ids(surface)).as(surface).contains("geonames:170062", "geonames:170063");
        }
    }

    @Test
    void findsIdlibGovernorateUnderIdleb() {
        assertThat(ids("Idleb")).contains("geonames:169387");
        assertThat(gazetteer.admin1("SY", "Idleb").orElseThrow().id()).isEqualTo("geonames:169387");
    }

    @Test
    void findsHamaGovernorate() {
        assertThat(ids("Hama")).contains("geonames:170015");
        assertThat(gazetteer.admin1("SY", "Hamah").orElseThrow().id()).isEqualTo("geonames:170015");
    }

    @Test
    void findsEveryGovernorateByItsAcledSpelling() {
        for (String acled : SyrianAdmin.ACLED_GOVERNORATE.values()) {
            Place unit = gazetteer.admin1("SY", acled).orElseThrow(() -> new AssertionError(acled));
            assertThat(unit.name()).isEqualTo(acled);
            assertThat(unit.featureCode()).isEqualTo("ADM1");
        }
        assertThat(gazetteer.admin1("SY", "Dayr az Zawr").orElseThrow().name()).isEqualTo("Deir-ez-Zor");
        assertThat(gazetteer.admin1("IQ", "Aleppo")).isEmpty();
    }

    @Test
    void resolvesSyrieAndSyriaToTheCountry() {
        Place syria = gazetteer.country("SY").orElseThrow();
        assertThat(syria.isCountry()).isTrue();
        assertThat(gazetteer.lookup("Syrie").get(0).place()).isEqualTo(syria);
        assertThat(gazetteer.lookup("Syria").get(0).place()).isEqualTo(syria);
        assertThat(gazetteer.lookup("سوريا").get(0).place()).isEqualTo(syria);
        assertThat(syria.lat()).isBetween(32.0, 37.5);
        assertThat(syria.lon()).isBetween(35.5, 42.5);
    }

    @Test
    void resolvesDamasToDamascus() {
        assertThat(ids("Damas")).contains("geonames:170654");
        assertThat(gazetteer.byId("geonames:170654").orElseThrow().featureCode()).isEqualTo("PPLC");
    }

    @Test
    void findsWorldCapitalsAndCountriesByFrenchName() {
        assertThat(ids("Pékin")).contains("geonames:1816670");
        assertThat(ids("Londres")).contains("geonames:2643743");
        assertThat(gazetteer.lookup("Liban").get(0).place().country()).isEqualTo("LB");
        assertThat(gazetteer.lookup("Turquie").get(0).place().country()).isEqualTo("TR");
    }

    @Test
    void listsExactMatchesBeforeFoldMatches() {
        List<PlaceMatch> matches = gazetteer.lookup("Hama");
        int firstLoose = matches.indexOf(matches.stream().filter(m -> !m.exact()).findFirst().orElseThrow());
        assertThat(matches.subList(0, firstLoose)).allMatch(PlaceMatch::exact).isNotEmpty();
        assertThat(matches.subList(firstLoose, matches.size())).noneMatch(PlaceMatch::exact);
    }

    @Test
    void keepsArabicScriptNamesOnlyForPlacesOfArabicScriptCountries() {
        // Ieper's Persian name "ایپر" transliterates to "Apr": month abbreviations must not meet Belgian towns
        assertThat(gazetteer.lookup("Apr")).noneMatch(PlaceMatch::exact);
        assertThat(gazetteer.lookup("حلب")).anyMatch(m -> m.exact() && "SY".equals(m.place().country()));
    }

    @Test
    void returnsNothingForUnknownOrEmptySurfaces() {
        assertThat(gazetteer.lookup("Xqzvwpt")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
        assertThat(gazetteer.byId("geonames:0")).isEmpty();
    }

    @Test
    void holdsSyriaInDetailAndEveryCities500Place() {
        Map<String, Long> codes = gazetteer.places().stream().filter(p -> "SY".equals(p.country()))
                .collect(Collectors.groupingBy(p -> String.valueOf(p.featureCode()), Collectors.counting()));
        assertThat(codes).containsEntry("ADM1", 14L).containsEntry("ADM2", 62L).containsEntry("ADM3", 272L);
        assertThat(gazetteer.size()).isBetween(200_000, 230_000);
        assertThat(gazetteer.byId("geonames:689006")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Voronove"));
        assertThat(gazetteer.places().stream().filter(p -> "SY".equals(p.country()))).hasSizeGreaterThan(10_000);
        assertThat(gazetteer.places().stream().filter(Place::isCountry)).hasSizeGreaterThan(200);
        assertThat(gazetteer.places().stream().map(Place::id).collect(Collectors.toSet())).hasSize(gazetteer.size());
    }

    @Test
    void givesEverySyrianPlaceTheAdminNamesAboveIt() {
        List<Place> missing = gazetteer.places().stream()
                .filter(p -> "SY".equals(p.country()) && !p.isCountry())
                .filter(p -> p.admin1() == null || (p.admin2() == null && p.adminLevel() != 1)
                        || (p.admin3() == null && !p.isAdmin())).toList();
        assertThat(missing).isEmpty();
        Map<String, Place> governorates = gazetteer.places().stream().filter(p -> p.adminLevel() == 1
                && "SY".equals(p.country())).collect(Collectors.toMap(Place::name, Function.identity()));
        assertThat(gazetteer.places().stream().filter(p -> "SY".equals(p.country()) && !p.isCountry()))
                .allMatch(p -> governorates.containsKey(p.admin1()));
    }
}
