package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Militias named after a people, a place, a clan or a tribe, named as ACLED names them, through the recognizer. */
class IdentityMilitiasTest {
    private static final CatalogActorRecognizer RECOGNIZER = new CatalogActorRecognizer(ActorCatalog.loadBundled());
    private static final LocalDate MAY_2020 = LocalDate.of(2020, 5, 10);

    private static List<ActorMention> found(String body, String country) {
        return RECOGNIZER.recognize(new AnalyzedText(body, Language.EN, List.of()), MAY_2020, country);
    }

    private static List<String> names(String body, String country) {
        return found(body, country).stream().map(m -> m.actor().name()).toList();
    }

    @Test
    void aPeopleOfTheListMakesAnEthnicMilitiaEvenWhenTheReportSaysCommunal() {
        assertThat(names("Fellata and Rizeigat communal militias clashed in South Darfur.", "SD"))
                .containsExactly("Fellata Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)");
        assertThat(names("Tiv militias attacked the Ichen villages of Donga.", "NG"))
                .containsExactly("Tiv Ethnic Militia (Nigeria)");
    }

    @Test
    void militiasFromAPlaceAreCommunalAndEachItsOwnSide() {
        List<ActorMention> m = found("On 7 May 2020, militias from Umumbo and Omor in Ayamelum LGA clashed over land.",
                "NG");
        assertThat(m).extracting(x -> x.actor().name())
                .containsExactly("Umumbo Communal Militia (Nigeria)", "Omor Communal Militia (Nigeria)");
        assertThat(m).allMatch(x -> x.actor().inter() == 4);
        assertThat(m.get(0).actor().side()).isNotEqualTo(m.get(1).actor().side());
    }

    @Test
    void tribesmenClansAndFamiliesAreTribalAndClanMilitias() {
        assertThat(names("Clashes erupted between Al Muaili and Al Mahtam tribesmen west of Marib city.", "YE"))
                .containsExactly("Al Muaili Tribal Militia (Yemen)", "Al Mahtam Tribal Militia (Yemen)");
        assertThat(names("An armed fight ensued between the Al Omar and Al Sayid families in Tripoli.", "LB"))
                .containsExactly("Al Omar Clan Militia (Lebanon)", "Al Sayid Clan Militia (Lebanon)");
        // the key: each run of other than letters and digits made one hyphen; the first word ends at a space or hyphen
        ActorMention muaili = found("Clashes erupted between Al Muaili and Al Mahtam tribesmen.", "YE").get(0);
        assertThat(muaili.actor().id()).isEqualTo("identity.tribal:al-muaili:YE");
        assertThat(muaili.actor().side()).isEqualTo("community:al-muaili");
        assertThat(found("Clashes between Awlad-Sulayman and Al Qadhadhfa tribesmen.", "LY").get(0).actor().id())
                .isEqualTo("identity.tribal:awlad-sulayman:LY");
        assertThat(names("Shia-majority militias and Youth-led militias attacked.", "IQ")).isEmpty();
    }

    @Test
    void catalogActorsNationalitiesAcronymsAndAnUnknownCountryAreLeftAlone() {
        assertThat(names("Suspected Dozo militiamen attacked the village of Djongue-Ouro.", "ML"))
                .containsExactly("Dozo Communal Militia (Mali)");
        assertThat(names("Iranian militias and an NDC militia were seen.", "SY")).noneMatch(n -> n.contains("Communal"));
        assertThat(names("Militias from Umumbo and Omor clashed over land.", null)).isEmpty();
    }

    /**
     * Speed round 15: the families pattern (anchored on " and ") runs only over texts holding "families", "clans" or
     * "tribes"; every text it matches holds one, so nothing it found is lost.
     */
    @Test
    void theFamiliesPatternRunsOnlyWhereItsLastWordIs() throws Exception {
        java.lang.reflect.Field families = IdentityMilitias.class.getDeclaredField("FAMILIES");
        java.lang.reflect.Field words = IdentityMilitias.class.getDeclaredField("FAMILY_WORDS");
        families.setAccessible(true);
        words.setAccessible(true);
        org.frontline.AnchoredPattern f = (org.frontline.AnchoredPattern) families.get(null);
        org.frontline.AnchoredPattern w = (org.frontline.AnchoredPattern) words.get(null);
        assertThat(w.anchors()).containsExactlyInAnyOrder("families", "clans", "tribes");
        List<String> texts = List.of("Clashes between the Al Salih and Al Tlais families in Baalbek.",
                "the Jaafar and the Zeaiter clans exchanged fire", "THE AL SALIH AND AL TLAIS FAMILIES",
                "the Shammar and Anizah tribes", "the Al Salih and Al Tlais family", "Syrian and Russian forces");
        int matched = 0;
        for (String t : texts) {
            String folded = org.frontline.AnchoredPattern.fold(t);
            boolean found = f.pattern().matcher(t).find();
            matched += found ? 1 : 0;
            assertThat(!found || w.mayMatchFolded(folded)).as(t).isTrue();
        }
        assertThat(matched).isEqualTo(3);
        assertThat(names("Clashes between the Al Salih and Al Tlais families in Baalbek.", "LB"))
                .containsExactly("Al Salih Clan Militia (Lebanon)", "Al Tlais Clan Militia (Lebanon)");
    }

    @Test
    void findsEachCountryByItsCodeInAnyCaseAsTheWalkOverTheCatalogDoes() {
        ActorCatalog catalog = ActorCatalog.loadBundled();
        IdentityMilitias militias = new IdentityMilitias(catalog);
        int found = 0;
        for (Country c : catalog.countries()) {
            for (String code : List.of(c.iso2(), c.iso2().toLowerCase(java.util.Locale.ROOT),
                    c.iso2().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + c.iso2().substring(1))) {
                Country walked = catalog.countries().stream().filter(x -> x.iso2().equalsIgnoreCase(code))
                        .findFirst().orElse(null);
                assertThat(militias.countryOf(code)).isSameAs(walked);
                found += walked != null ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(300);
        assertThat(militias.countryOf("ZZ")).isNull();
        assertThat(militias.countryOf("S")).isNull();
        // the Kelvin sign's lower case is "k": equalsIgnoreCase takes "\u212AE" for Kenya's code, and so does the walk
        assertThat(militias.countryOf("\u212AE")).isSameAs(militias.countryOf("KE")).isNotNull();
    }
}
