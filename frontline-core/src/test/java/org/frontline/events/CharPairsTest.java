package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link CharPairs#mayHold} lets through every text that holds one of a pattern's anchors (so a gated search finds
 * what the search alone finds), and turns away most of those that hold none.
 */
class CharPairsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<AnchoredPattern> PATTERNS = List.of(Facts.KILOMETRES, Facts.MORE_THAN_LEAD,
            Facts.GAP, Facts.LENGTH, EventDates.RANGE, Fatalities.COORDINATED,
            AnchoredPattern.compile("\\b(?:killed|tu[ée]s?|échanges? de tirs|l[’']armée)\\b", FLAGS),
            AnchoredPattern.compile("a|an|un|une", FLAGS), AnchoredPattern.compile("(?:de|du) \\d+", FLAGS));

    @Test
    void letsThroughEveryTextHoldingAnAnchorAndTurnsAwayMostOthers() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String report : TestTexts.eightReports()) {
            texts.add(report);
            texts.add(report.toUpperCase(java.util.Locale.ROOT));
            texts.addAll(List.of(report.split("(?<=[.!?])\\s+|\\n+")));
        }
        String[] pieces = {"km", "kilomètres", "plus de", "au moins", "more than", "mai", "semaine", "Killed", "TUÉS",
            "tue", "échange de tirs", "l’armée", "l'armée", "l armée", "a", "un", "de 3", "du", "d e", "k m", "x",
            "kilo", "m", "é", "’", "ﬁ"};
        Random random = new Random(27);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = random.nextInt(6); k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        int held = 0;
        int turnedAway = 0;
        for (AnchoredPattern p : PATTERNS) {
            for (String text : texts) {
                String folded = AnchoredPattern.fold(text);
                boolean passes = new CharPairs(folded).mayHold(p);
                if (p.mayMatchFolded(folded)) {
                    assertThat(passes).as(p.pattern() + " in: " + text).isTrue();
                    held++;
                } else if (!passes) {
                    turnedAway++;
                }
            }
        }
        assertThat(held).isGreaterThan(3000);
        assertThat(turnedAway).isGreaterThan(8000);
    }

    @Test
    void turnsAwayATextWithoutTheAnchorsLettersInARow() {
        assertThat(new CharPairs(AnchoredPattern.fold("the village of Kafr Nabl")).mayHold(Facts.KILOMETRES)).isFalse();
        assertThat(new CharPairs(AnchoredPattern.fold("k m kilo")).mayHold(Facts.KILOMETRES)).isFalse();
        assertThat(new CharPairs(AnchoredPattern.fold("a 12 KM road")).mayHold(Facts.KILOMETRES)).isTrue();
        assertThat(new CharPairs(AnchoredPattern.fold("12 kilomètres")).mayHold(Facts.KILOMETRES)).isTrue();
        assertThat(new CharPairs("").mayHold(Facts.KILOMETRES)).isFalse();
    }

    @Test
    void alwaysLetsThroughAPatternWithAnAnchorOfOneCharOrWithoutAnchors() {
        CharPairs none = new CharPairs("");
        assertThat(none.mayHold(AnchoredPattern.compile("a|an|un|une", FLAGS))).isTrue();
        assertThat(none.mayHold(AnchoredPattern.compile("\\d+"))).isTrue();
    }
}
