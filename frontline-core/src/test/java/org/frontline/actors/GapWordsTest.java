package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link GapWords#ofNamedMayOpen} (speed round 27g) lets through every gap that {@link CatalogActorRecognizer#OF_NAMED}
 * matches: every gap of up to 60 chars from a word's end to a later word's start in French and English reports (as
 * written and upper-cased) and in texts made to match, and tells most gaps without the pattern.
 */
class GapWordsTest {
    @Test
    void letsThroughEveryGapTheDescribedByNamePatternMatches() throws IOException {
        List<String> texts = new ArrayList<>(List.of("les jihadistes du groupe Etat islamique",
                "rebels of the Free Syrian Army", "militants \tbelonging to the Islamic State", "hommes PRÉSUMÉS Boko",
                "des hommes soupçonnés d'appartenir à l'EI", "combattants affiliés à l'EI", "gunmen thought to be IS",
                "rebels\u000Bidentified as HTS", "men ſuspected Boko", "men, of the IS", "men of", "men  de l'EI",
                "militants Of The IS", "men reported to be members of the IS", "hommes presumes Boko",
                "hommes soupconnes d'appartenir au EI", "hommes SOUPÇONNÉS d'appartenir au EI", "men affiliated with IS",
                "membres du EI", "men and the IS", "men the IS", "men d’EI", "men d'EI", "men dans EI"));
        texts.addAll(asWrittenAndUpperCased(TestTexts.eightReports()));
        int matched = 0;
        int told = 0;
        int gaps = 0;
        for (String text : texts) {
            List<Integer> ends = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i <= text.length(); i++) {
                boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean after = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
                if (before && !after) {
                    ends.add(i);
                }
                if (after && !before) {
                    starts.add(i);
                }
            }
            for (int from : ends) {
                for (int to : starts) {
                    if (to <= from || to - from > 60) {
                        continue;
                    }
                    boolean match = CatalogActorRecognizer.OF_NAMED.matcher(text.substring(from, to)).matches();
                    boolean may = GapWords.ofNamedMayOpen(text, from, to);
                    assertThat(!match || may).as("'%s'", text.substring(from, to)).isTrue();
                    matched += match ? 1 : 0;
                    told += may ? 0 : 1;
                    gaps++;
                }
            }
        }
        assertThat(matched).as("gaps matched").isGreaterThan(30);
        assertThat(told).as("gaps told without the pattern, of %d", gaps).isGreaterThan(gaps * 3 / 4);
    }
}
