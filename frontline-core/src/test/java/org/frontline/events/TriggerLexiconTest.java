package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = new TriggerLexicon();

    private List<String> kinds(String sentence, Language lang) {
        return TriggerSelection.select(lexicon.find(sentence, 0, lang)).stream().map(Trigger::kind).toList();
    }

    @Test
    void bitsOfABitSetsWordsAreThoseItsRangeHolds() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 200; round++) {
            java.util.BitSet set = new java.util.BitSet();
            int size = 1 + random.nextInt(300);
            for (int i = 0; i < size; i++) {
                set.set(i, random.nextInt(3) == 0);
            }
            long[] words = set.toLongArray();
            int from = random.nextInt(size + 2);
            int count = random.nextInt(65);
            long[] expected = set.get(from, from + count).toLongArray();
            assertThat(TriggerLexicon.bits(words, from, count)).as(from + "+" + count)
                    .isEqualTo(expected.length == 0 ? 0 : expected[0]);
        }
    }

    @Test
    void territoryOutranksTheFightingThatWonIt() {
        assertThat(kinds("Une vingtaine de villages sont désormais purifiés des milices, notamment le front "
                + "al-Nosra, combattant dans le cadre de la coalition Hayat Tahrir al-Cham.", Language.FR))
                .containsExactly(Trigger.TERRITORY);
    }

    @Test
    void picturesTakenAreNoCapture() {
        assertThat(kinds("Les images vidéo ci-dessous ont été prises par MG à Tal Damen", Language.FR)).isEmpty();
    }

    @Test
    void englishKinds() {
        assertThat(kinds("US warplanes pounded the village of Kashkash, killing 6 civilians", Language.EN))
                .containsExactly("Air/drone strike");
        assertThat(kinds("The Ukrainian Forces fired 120mm and 82mm mortars at the positions of the militia",
                Language.EN)).containsExactly("Shelling/artillery/missile attack");
        assertThat(kinds("Medical interns protested in Bat Galim Square, demanding better conditions", Language.EN))
                .containsExactly("Peaceful protest");
        assertThat(kinds("Police fired tear gas to disperse protesters in Baghdad", Language.EN))
                .containsExactly("Protest with intervention");
    }

    @Test
    void aSentenceAboutTheWeatherHasNoTrigger() {
        assertThat(kinds("Heavy rain and snow are expected across the north of the country on Tuesday.",
                Language.EN)).isEmpty();
    }
    @Test
    void frenchStemsTakeTheirAccentedEndings() {
        assertThat(kinds("Les forces turques ont bombardé le village de Tal Tamr.", Language.FR))
                .containsExactly("Shelling/artillery/missile attack");
        assertThat(kinds("L'armée a pilonné les positions rebelles.", Language.FR))
                .containsExactly("Shelling/artillery/missile attack");
        assertThat(kinds("Deux journalistes ont été kidnappés près de Idleb.", Language.FR))
                .containsExactly("Abduction/forced disappearance");
        assertThat(TriggerLexicon.unicodeWords("corps (?:\\w+ ){0,3}[\\w,'-]+"))
                .isEqualTo("corps (?:[\\p{L}\\p{N}_]+ ){0,3}[\\p{L}\\p{N}_,'-]+");
    }
}
