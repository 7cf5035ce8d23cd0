package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** "by …" / "par …" after a trigger is read in place where the sentence's tail was copied, stripped and lower-cased. */
class PassiveAgentTest {
    private static boolean copied(String text, int from, int to) {
        String t = text.substring(from, to).stripLeading().toLowerCase(Locale.ROOT);
        return t.startsWith("by ") || t.startsWith("par ");
    }

    @Test
    void tellsWhatTheLowerCasedTailTellsAtEveryOffsetOfRealReportsAndMadeUpOnes() throws IOException {
        List<String> texts = new ArrayList<>(List.of("were killed  by gunmen", "ont été tués\tPAR des hommes armés",
                "tués Par", "killed by", "killed BY\u00a0the army", "tués par\u00a0l'armée", "killed İby the army",
                "attacked \u212Ay the", "killed byers", "wounded\n  By an IED", "tués pár des", " b"));
        texts.addAll(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        int agents = 0;
        for (String text : texts) {
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
                for (int from = 0; from <= sentence.length(); from++) {
                    boolean expected = copied(sentence, from, sentence.length());
                    assertThat(Roles.startsWithAgent(sentence, from, sentence.length()))
                            .as(from + ": " + sentence).isEqualTo(expected);
                    agents += expected ? 1 : 0;
                }
            }
            // the end bound is the sentence's: what follows it is not read
            assertThat(Roles.startsWithAgent(text + " by the army", 0, text.length()))
                    .isEqualTo(copied(text, 0, text.length()));
        }
        assertThat(agents).isGreaterThanOrEqualTo(10);
    }
}
