package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.AnchoredPattern;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** The kinds the lexicon names without making triggers are the kinds of the triggers it finds, on real reports. */
class TriggerKindsTest {
    private static final String[] FRENCH = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt"};
    private static final String[] ENGLISH = {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
        "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt"};
    private final TriggerLexicon lexicon = new TriggerLexicon();

    @Test
    void namesTheKindsOfTheTriggersFoundInFrenchAndEnglishReportsAndTheirSentences() throws IOException {
        int kinds = 0;
        for (String[] reports : new String[][] {FRENCH, ENGLISH}) {
            Language language = reports == FRENCH ? Language.FR : Language.EN;
            for (String report : reports) {
                String text = read(report);
                kinds += assertSameKinds(text, language);
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    assertSameKinds(sentence, language);
                    assertSameKinds(sentence.toUpperCase(java.util.Locale.ROOT), language);
                }
            }
        }
        assertThat(kinds).isGreaterThan(15);
    }

    @Test
    void namesNoKindWhereNoTriggerIs() {
        assertThat(lexicon.kinds("The weather in Aleppo was mild on Tuesday.", Language.EN)).isEmpty();
        assertThat(lexicon.kinds("Two soldiers were killed in clashes with rebels.", Language.EN))
                .contains("Armed clash");
    }

    /** Kinds not wanted are not searched, and leave the kinds wanted as the whole search finds them. */
    @Test
    void namesOnlyTheWantedKindsAndEachOfThemAsTheWholeSearchDoes() throws IOException {
        Set<String> territoryOrArrests = Set.of(Trigger.TERRITORY, Trigger.TERRITORY_LOSS, "Arrests");
        int dropped = 0;
        for (String[] reports : new String[][] {FRENCH, ENGLISH}) {
            Language language = reports == FRENCH ? Language.FR : Language.EN;
            for (String report : reports) {
                for (String text : read(report).split("(?<=[.!?])\\s+")) {
                    String folded = AnchoredPattern.fold(text);
                    Set<String> all = lexicon.kinds(text, folded, language);
                    Set<String> wanted = lexicon.kinds(text, folded, language, k -> !territoryOrArrests.contains(k));
                    Set<String> expected = new java.util.HashSet<>(all);
                    expected.removeAll(territoryOrArrests);
                    assertThat(wanted).as(text).isEqualTo(expected);
                    dropped += all.size() - wanted.size();
                }
            }
        }
        assertThat(dropped).isPositive();
        assertThat(lexicon.kinds("Rebels took control of the town after clashes with the army.",
                AnchoredPattern.fold("Rebels took control of the town after clashes with the army."), Language.EN,
                k -> !Trigger.isTerritory(k))).containsExactly("Armed clash");
    }

    private int assertSameKinds(String text, Language language) {
        Set<String> expected = lexicon.find(text, 0, language).stream().map(Trigger::kind)
                .collect(Collectors.toSet());
        assertThat(lexicon.kinds(text, language)).as(text).isEqualTo(expected);
        return expected.size();
    }
}
