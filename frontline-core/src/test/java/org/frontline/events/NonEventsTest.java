package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.ResourceLines;
import org.frontline.TestTexts;
import org.frontline.WordPatterns;
import org.junit.jupiter.api.Test;

/** The non-event lists, searched as a bounded and an unbounded part, find what each list's whole regex finds. */
class NonEventsTest {
    private final NonEvents nonEvents = new NonEvents();

    /** Each list of non-events.txt as one alternation of its lines, as the lists were searched whole. */
    private static Pattern whole(boolean crimes) {
        List<String> lines = ResourceLines.of(NonEvents.class, "non-events.txt");
        int split = lines.indexOf("%crime");
        return Pattern.compile(WordPatterns.anyOf(crimes ? lines.subList(split + 1, lines.size())
                : lines.subList(0, split)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

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
                "La France a expulsé trois diplomates ; de nouvelles SANCTIONS suivront.",
                "Robbers shot a guard during the robbery; counterfeiting and cyber fraud rose.",
                "Protesters set a tyre on fire near the ministry while a storm hit the coast."));
        for (String text : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
                "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt")) {
            sentences.addAll(List.of(text.split("(?<=[.!?])\\s+|\\n+")));
        }
        int[] found = {0, 0};
        Pattern[] wholes = {whole(false), whole(true)};
        for (String sentence : sentences) {
            String folded = AnchoredPattern.fold(sentence);
            for (boolean crimes : new boolean[] {false, true}) {
                boolean expected = wholes[crimes ? 1 : 0].matcher(sentence).find();
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
