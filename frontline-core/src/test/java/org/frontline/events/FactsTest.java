package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

class FactsTest {
    /**
     * The kilometre and "more than" prefilters never hide a match: wherever the gap, length or "more than" regex
     * finds one (over every sentence of eight French and English reports, as written and upper-cased, and sentences
     * made to match in odd cases), its prefilter lets the sentence through.
     */
    @Test
    void kilometreAndMoreThanPrefiltersPassEverySentenceTheirPatternsMatch() throws IOException {
        List<String> sentences = new ArrayList<>(List.of("La distance a été réduite de 10 KM à 2 Kilomètres.",
                "une route d'une LONGUEUR DE 45 \u212Am", "the 30-Kilometre-long road", "PLUS DE 40 LOCALITÉS",
                "At Least twelve villages", "over 3 areas were cleared", "de 5 km à 3 km", "Un axe long de 12 km"));
        for (String text : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt", "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
                "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt")) {
            sentences.addAll(List.of(text.split("(?<=[.!?])\\s+|\\n+")));
        }
        int matched = 0;
        for (String sentence : sentences) {
            String folded = AnchoredPattern.fold(sentence);
            for (Map.Entry<AnchoredPattern, AnchoredPattern> p : Map.of(Facts.GAP, Facts.KILOMETRES, Facts.LENGTH,
                    Facts.KILOMETRES, Facts.MORE_THAN, Facts.MORE_THAN_LEAD).entrySet()) {
                if (p.getKey().pattern().matcher(sentence).find()) {
                    matched++;
                    assertThat(p.getValue().mayMatchFolded(folded)).as(sentence).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(12);
    }

    @Test
    void readsTheGapBetweenFrontsBeforeAndAfter() {
        assertThat(Facts.in("Selon les deux cartes de cette zone, la distance charnière entre les deux a été "
                + "raccourcie de 10 km à 2km."))
                .containsEntry("gap_km_before", 10).containsEntry("gap_km_after", 2);
    }

    @Test
    void readsTheRoadLength() {
        assertThat(Facts.in("Toujours selon MG, la route libérée qui est d’une longueur de 45 km permet de surplomber "
                + "la totalité de la province sud-est d’Alep.")).containsEntry("road_length_km", 45);
    }

    @Test
    void readsApproximateVillageCounts() {
        assertThat(Facts.in("Une vingtaine de villages situés entre ces deux régions sont désormais purifiés des milices"))
                .containsEntry("villages_approx", 20).doesNotContainKey("villages");
    }

    @Test
    void readsClearedLocalitiesAsALowerBound() {
        assertThat(Facts.in("citant nommément plus de 40 régions, localités et villages dont le ratissage a été achevé"))
                .containsEntry("localities_cleared_more_than", 40);
    }

    @Test
    void englishRoadLengthAndExactVillages() {
        assertThat(Facts.in("The army retook 12 villages along the 30-km-long road to Khanasir."))
                .containsEntry("villages", 12).containsEntry("road_length_km", 30);
    }

    @Test
    void nothingFromASentenceWithoutQuantities() {
        assertThat(Facts.in("Aveux de défaite")).isEmpty();
    }
}
