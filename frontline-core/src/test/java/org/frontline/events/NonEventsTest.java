package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** The non-event lists, searched near the anchors of the lines a sentence holds, find what their whole regex finds. */
class NonEventsTest {
    private final NonEvents nonEvents = new NonEvents();

    @Test
    void findsWhatEachListsWholeRegexFindsInEverySentenceOfRealReportsAndMadeUpOnes() throws IOException {
        List<String> sentences = new ArrayList<>(List.of(
                "The earthquake killed 555 people in the province, officials said.",
                "Un tremblement de terre a fait 12 morts ; les SÉISMES se succèdent.",
                "A fire broke out at the factory after a gas leak; fires were burning for hours.",
                "Un hélicoptère militaire s'est écrasé près d'Idleb, tuant deux pilotes.",
                "Police seized a drug haul and arrested three traffickers who smuggled weapons.",
                "Des migrants sont arrivés à la frontière ; des migrants ont été refoulés.",
                "The eruption of hostilities in the north forced thousands to flee.",
                "Ambassadors were summoned after the US expelled two Russian diplomats.",
                "Robbers shot a guard during the robbery; counterfeiting and cyber fraud rose.",
                "Protesters set a tyre on fire near the ministry while a storm hit the coast."));
        for (String text : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
                "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt")) {
            sentences.addAll(List.of(text.split("(?<=[.!?])\\s+|\\n+")));
        }
        int[] found = {0, 0};
        for (String sentence : sentences) {
            String folded = AnchoredPattern.fold(sentence);
            for (boolean crimes : new boolean[] {false, true}) {
                boolean expected = nonEvents.list(crimes).pattern().matcher(sentence).find();
                assertThat(nonEvents.listed(sentence, folded, crimes)).as(crimes + ": " + sentence).isEqualTo(expected);
                found[crimes ? 1 : 0] += expected ? 1 : 0;
            }
        }
        assertThat(found[0]).isGreaterThanOrEqualTo(6);
        assertThat(found[1]).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDisasterIsNoEventButACrimeWithShootingIs() {
        assertThat(nonEvents.test("The earthquake killed 555 people.", AnchoredPattern.fold(
                "The earthquake killed 555 people."))).isTrue();
        String robbery = "Robbers shot a guard during the robbery.";
        assertThat(nonEvents.test(robbery, AnchoredPattern.fold(robbery))).isFalse();
        String smuggling = "Police arrested three men who smuggled cigarettes.";
        assertThat(nonEvents.test(smuggling, AnchoredPattern.fold(smuggling))).isTrue();
    }
}
