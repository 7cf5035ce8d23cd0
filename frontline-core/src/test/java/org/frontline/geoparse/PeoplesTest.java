package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.frontline.Bundled;
import org.frontline.article.Article;
import org.frontline.events.Event;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The peoples a report names vote for their country: "northern Gaza" among Palestinians is the Strip, not the
 * province of Mozambique, and a loose spelling of a Palestinian town is taken there. A people named inside an
 * actor's name does not vote; a word two countries share names neither.
 */
class PeoplesTest {
    private static List<Event> events(String text, String lang) {
        return Bundled.pipeline().extract(new Article(null, null, null, "2020-05-10", lang, null, text)).events();
    }

    @Test
    void gazaAmongPalestiniansIsTheStripNotTheMozambicanProvince() {
        Event en = events("On 8 May 2020, Israeli forces fired rubber bullets at Palestinian fishermen in their boats "
                + "off the coast of Sudaniye (Sudanese) in northern Gaza. A 60-year old Palestinian was wounded.", "en")
                .get(0);
        assertThat(en.location().country()).isEqualTo("PS");
        List<PlaceMention> fr = Bundled.pipeline().extract(new Article(null, null, null, "2020-05-10", "fr", null,
                "Le 8 mai 2020, les forces israéliennes ont tiré des balles en caoutchouc sur des pêcheurs "
                        + "palestiniens au large du nord de Gaza. Un Palestinien de 60 ans a été blessé.")).places();
        assertThat(Geoparsing.find(fr, "Gaza").place().country()).isEqualTo("PS");
    }

    @Test
    void aTwoLetterSkeletonIsTakenWhenItIsTheOnlyVillageSoSpelledInThePeoplesCountry() {
        Event en = events("On 2 May 2020, Israeli forces fired tear gas canisters at Palestinian farmers in their "
                + "lands east of Khuzaa. No injuries were reported.", "en").get(0);
        assertThat(en.location().name()).isEqualTo("Khuzā‘ah");
        List<PlaceMention> fr = Bundled.pipeline().extract(new Article(null, null, null, "2020-05-10", "fr", null,
                "Le 2 mai 2020, les forces israéliennes ont tiré des grenades lacrymogènes sur des agriculteurs "
                        + "palestiniens sur leurs terres à l'est de Khuzaa.")).places();
        assertThat(Geoparsing.find(fr, "Khuzaa").place().name()).isEqualTo("Khuzā‘ah");
    }

    @Test
    void aUnitNamedAfterAPeopleIsNotItsCountry() {
        Event e = events("On 3 May 2020, police forces shot and killed a civilian in Goday, Shabelle Zone (Somali "
                + "region). The reasons behind the shooting are unknown.", "en").get(0);
        assertThat(e.location() == null ? null : e.location().country()).isNotEqualTo("SO");
    }

    @Test
    void whatAPeopleOwnsNamesIt() {
        Event e = events("Property destruction: On 4 May 2020, Israeli forces demolished a Palestinian-owned "
                + "swimming pool and confiscated building materials in the village of Jiftlik.", "en").get(0);
        assertThat(e.location().name()).isEqualTo("Al Jiftlik");
        assertThat(e.location().country()).isEqualTo("PS");
    }

    @Test
    void aLooseSpellingOfATownIsTakenInTheCountryOfThePeopleNamed() {
        Event e = events("On 1 May 2020, Israeli forces fired live bullets at two Palestinians near the separation "
                + "fence in southern Qalqiliyah. Both Palestinians were injured and hospitalized.", "en").get(0);
        assertThat(e.location().name()).isEqualTo("Qalqīlyah");
    }

    @Test
    void aPeopleInsideAnActorsNameOrSharedByTwoCountriesNamesNone() {
        Peoples peoples = Peoples.of(Map.of("PS", List.of("palestinien", "Palestinian"),
                "IL", List.of("israélien", "Israeli"), "CD", List.of("congolais"), "CG", List.of("congolais")));
        var text = new RuleTextAnalyzer().analyze("Israeli forces shot two Palestinians; des réfugiés congolais "
                + "manifestaient.", Language.EN);
        assertThat(peoples.named(text, TakenSpans.of(List.of(new int[] {0, 14})))).containsExactly("PS");
        assertThat(peoples.named(text, TakenSpans.of(List.of()))).containsExactlyInAnyOrder("PS", "IL");
        assertThat(Peoples.NONE.named(text, TakenSpans.of(List.of()))).isEmpty();
    }

    /**
     * Speed round 15: a word is told it names no people by one bit of its hash before it is lower-cased and looked
     * up; every word of French and English reports (upper-cased too) and every adjective of the catalog's countries,
     * as written, upper-cased, in the plural and with "-owned", that names a people is let through.
     */
    @Test
    void theHashBitsLetThroughEveryWordThatNamesAPeople() throws java.io.IOException {
        Map<String, List<String>> adjectives = new java.util.HashMap<>();
        for (org.frontline.actors.Country c : org.frontline.actors.ActorCatalog.loadBundled().countries()) {
            adjectives.put(c.iso2(), c.adjectives());
        }
        Peoples peoples = Peoples.of(adjectives);
        List<String> words = new java.util.ArrayList<>();
        adjectives.values().forEach(list -> list.forEach(a -> words.addAll(List.of(a, a.toUpperCase(
                java.util.Locale.ROOT), a + "s", a + "-owned", a.toUpperCase(java.util.Locale.ROOT) + "-OWNED"))));
        for (String report : List.of("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt")) {
            try (java.io.InputStream in = PeoplesTest.class.getResourceAsStream("/org/frontline/" + report)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                words.addAll(List.of(text.split("[\\s,.;:()«»\"]+")));
                words.addAll(List.of(text.toUpperCase(java.util.Locale.ROOT).split("[\\s,.;:()«»\"]+")));
            }
        }
        int named = 0;
        int skipped = 0;
        int beyondAscii = 0;
        int beyondAsciiSkipped = 0;
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            String key = lower.endsWith("-owned") ? lower.substring(0, lower.length() - 6) : lower;
            boolean ascii = w.chars().allMatch(c -> c < 0x80);
            if (peoples.countryOf(key) != null) {
                named++;
                assertThat(peoples.mayName(lower)).as(w).isTrue();
            } else {
                beyondAscii += ascii ? 0 : 1;
                if (!peoples.mayName(lower)) {
                    skipped++;
                    beyondAsciiSkipped += ascii ? 0 : 1;
                }
            }
        }
        assertThat(named).isGreaterThan(1000);
        assertThat(skipped).isGreaterThan(800); // most words of a report are told so by the bits
        // speed round 26g: the bits read the lower case's own hash, so words beyond ASCII are told too
        assertThat(beyondAscii).isGreaterThan(50);
        assertThat(beyondAsciiSkipped).isGreaterThan(beyondAscii / 2);
    }
}
