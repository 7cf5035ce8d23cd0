package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

class RecognizerBehaviourTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadBundled();
    private static final CatalogActorRecognizer RECOGNIZER = new CatalogActorRecognizer(CATALOG);

    private static List<ActorMention> find(String body, Language lang, LocalDate date, String country) {
        return RECOGNIZER.recognize(new AnalyzedText(body, lang, List.of()), date, country);
    }

    private static ActorMention only(List<ActorMention> all, String text) {
        List<ActorMention> found = all.stream().filter(m -> m.text().equals(text)).toList();
        assertThat(found).as("mentions '" + text + "' in " + all).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsEnglishReportsOfTheIdlibFront() {
        String body = "Syrian government forces shelled Saraqib while Hayat Tahrir al-Sham militants attacked SDF "
                + "positions near Manbij. Turkish-backed factions advanced under cover of Russian warplanes.";
        List<ActorMention> all = find(body, Language.EN, LocalDate.of(2019, 5, 1), "SY");
        assertThat(only(all, "Syrian government forces").actor().name()).isEqualTo("Military Forces of Syria (2000-)");
        assertThat(only(all, "Hayat Tahrir al-Sham militants").actor().name()).isEqualTo("HTS: Hayat Tahrir al Sham");
        assertThat(only(all, "SDF").actor().name()).isEqualTo("QSD: Syrian Democratic Forces");
        assertThat(only(all, "SDF").actor().side()).isEqualTo("kurdish");
        assertThat(only(all, "Turkish-backed factions").actor().name()).isEqualTo("JWS: Syrian National Army");
        ActorRef russia = only(all, "Russian warplanes").actor();
        assertThat(russia.name()).isEqualTo("Military Forces of Russia (2000-)");
        assertThat(russia.inter()).isEqualTo(8);
        assertThat(all).hasSize(5);
    }

    @Test
    void theSecondStateOfCoordinatedForcesIsTheFirstCountryNamedSoInTheCatalog() {
        List<ActorMention> all = find("Military forces of India and Pakistan clashed. Military forces of Iraq and Iran "
                + "clashed. Military forces of Chad and Nigeria clashed.", Language.EN, LocalDate.of(2019, 5, 1), null);
        assertThat(all).extracting(ActorMention::text).contains("Pakistan", "Iran", "Nigeria");
        assertThat(only(all, "Pakistan").actor().name()).startsWith("Military Forces of Pakistan");
        assertThat(only(all, "Iran").actor().name()).startsWith("Military Forces of Iran");
        // Niger, named before Nigeria, does not end at a word's end there
        assertThat(only(all, "Nigeria").actor().name()).startsWith("Military Forces of Nigeria");
        // a country name must end at a word's end: "Iranian" names no second state, nor does a lower-case word
        List<ActorMention> none = find("Military forces of Iraq and Iranian militias, and military forces of Iraq and "
                + "iran.", Language.EN, LocalDate.of(2019, 5, 1), null);
        assertThat(none).extracting(ActorMention::text).doesNotContain("Iran", "iran");
    }

    @Test
    void aCommonNounThatANameSpecifiesIsThatNamedGroupAlone() {
        List<ActorMention> fr = find("Les FDS ont chassé de Manbij les jihadistes du groupe Etat islamique.",
                Language.FR, LocalDate.of(2016, 8, 12), "SY");
        assertThat(fr).extracting(m -> m.actor().name())
                .containsExactly("QSD: Syrian Democratic Forces", "Islamic State (Syria)");
        List<ActorMention> en = find("Rebels of the Free Syrian Army shelled the base.", Language.EN,
                LocalDate.of(2016, 8, 12), "SY");
        assertThat(en).extracting(m -> m.actor().name()).containsExactly("Free Syrian Army");
        List<ActorMention> twoSides = find("Des rebelles ont attaqué des soldats de l'armée syrienne.", Language.FR,
                LocalDate.of(2016, 8, 12), "SY");
        assertThat(twoSides).extracting(m -> m.actor().name())
                .contains("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)");
    }

    @Test
    void turkishBackedFactionsBeforeTheSyrianNationalArmyAreOppositionRebels() {
        List<ActorMention> all = find("Turkish-backed factions entered al-Bab.", Language.EN, LocalDate.of(2017, 2, 1), "SY");
        assertThat(all.get(0).actor().name()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(all.get(0).named().name()).isEqualTo("JWS: Syrian National Army");
    }

    @Test
    void stateForcesAreExternalAbroadAndStateForcesAtHome() {
        String body = "Turkish forces shelled the village.";
        assertThat(find(body, Language.EN, LocalDate.of(2020, 5, 1), "SY").get(0).actor().inter()).isEqualTo(8);
        ActorRef atHome = find(body, Language.EN, LocalDate.of(2020, 5, 1), "TR").get(0).actor();
        assertThat(atHome.name()).isEqualTo("Military Forces of Turkey (2016-)");
        assertThat(atHome.inter()).isEqualTo(1);
        assertThat(atHome.side()).isEqualTo("government");
    }

    @Test
    void namesGenericActorsOfOtherCountriesWithTheirRegimeYears() {
        List<ActorMention> all = find("Iraqi police dispersed protesters in Basra; gunmen killed two civilians.",
                Language.EN, LocalDate.of(2020, 5, 3), "IQ");
        ActorRef police = only(all, "Iraqi police").actor();
        assertThat(police.name()).isEqualTo("Police Forces of Iraq (2018-)");
        assertThat(police.inter()).isEqualTo(1);
        assertThat(only(all, "protesters").actor().name()).isEqualTo("Protesters (Iraq)");
        assertThat(only(all, "protesters").actor().inter()).isEqualTo(6);
        assertThat(only(all, "gunmen").actor().name()).isEqualTo("Unidentified Armed Group (Iraq)");
        assertThat(only(all, "civilians").actor().name()).isEqualTo("Civilians (Iraq)");
    }

    @Test
    void unnamedTribalMilitiasAreTheArticleCountrysNotSyrias() {
        List<ActorMention> ye = find("Clashes erupted between pro-Houthi forces and tribal militias in Al Bayda.",
                Language.EN, LocalDate.of(2020, 5, 8), "YE");
        ActorRef tribes = only(ye, "tribal militias").actor();
        assertThat(tribes.name()).isEqualTo("Unidentified Tribal Militia (Yemen)");
        assertThat(tribes.inter()).isEqualTo(4);
        assertThat(only(find("Des milices tribales ont attaqué un poste des FDS.", Language.FR, LocalDate.of(2020, 5, 2),
                "SY"), "milices tribales").actor().name()).isEqualTo("Unidentified Tribal Militia (Syria)");
        assertThat(find("Clashes erupted between tribal militias.", Language.EN, LocalDate.of(2020, 5, 8), null))
                .noneMatch(m -> m.text().equals("tribal militias"));
    }

    @Test
    void frenchGenericPhrasesTakeTheAdjectiveOrTheArticleCountry() {
        String body = "Des manifestants libanais ont été dispersés par l'armée près de Sanaa.";
        List<ActorMention> all = find(body, Language.FR, LocalDate.of(2020, 5, 1), "YE");
        assertThat(only(all, "manifestants libanais").actor().name()).isEqualTo("Protesters (Lebanon)");
        assertThat(only(all, "l'armée").actor().name()).isEqualTo("Military Forces of Yemen (2012-)");
    }

    @Test
    void aCountrylessPhraseIsSkippedWhenTheCountryIsUnknown() {
        assertThat(find("L'armée a avancé.", Language.FR, LocalDate.of(2020, 5, 1), null)).isEmpty();
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(find("The road is open and the sdf is quiet.", Language.EN, LocalDate.of(2020, 1, 1), "SY")).isEmpty();
        assertThat(find("IS claimed the attack.", Language.EN, LocalDate.of(2020, 1, 1), "SY").get(0).actor().name())
                .isEqualTo("Islamic State (Syria)");
    }

    @Test
    void longestMatchWinsOverTheArmyInsideTheFreeSyrianArmy() {
        List<ActorMention> all = find("L'Armée syrienne libre a repris la ville.", Language.FR, LocalDate.of(2014, 1, 1), "SY");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).isEqualTo("L'Armée syrienne libre");
        assertThat(all.get(0).actor().name()).isEqualTo("Free Syrian Army");
    }

    @Test
    void catchesAnUnseenCapitalizedTransliterationThroughTheFoldKey() {
        List<ActorMention> all = find("Les combattants de Jaych Idlib al-Horr ont reculé.", Language.FR,
                LocalDate.of(2018, 1, 1), "SY");
        assertThat(only(all, "Jaych Idlib al-Horr").actor().name()).isEqualTo("Free Idlib Army");
        assertThat(find("les combattants de jaych idlib al-horr", Language.FR, LocalDate.of(2018, 1, 1), "SY")).isEmpty();
    }
}
