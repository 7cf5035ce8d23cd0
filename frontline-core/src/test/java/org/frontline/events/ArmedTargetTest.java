package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link TypeRefinement#armedTarget} searches the armed targets near their anchors and asks about civilians once: it
 * answers as the regex loop it replaced (every armed match over the whole text, civilians asked per match) over the
 * text after and before every word of five reports, as written and upper-cased, and made-up texts.
 */
class ArmedTargetTest {
    @Test
    void answersAsTheWholeRegexLoopAfterAndBeforeEveryWord() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("shot by private security guards near a checkpoint. Soldiers were hit, and 3 civilians died.");
        texts.add("attacked by the army; then the POLICE STATION was shelled. Fighters of the militia fled.");
        int armed = 0;
        int tried = 0;
        for (String body : texts) {
            String folded = AnchoredPattern.fold(body);
            for (int at = 0; at < body.length(); at = body.indexOf(' ', at + 1) < 0 ? body.length() : body.indexOf(' ',
                    at + 1)) {
                int end = Math.min(body.length(), at + 300);
                for (int[] cut : new int[][] {{at, end}, {Math.max(0, at - 300), at}}) {
                    String text = body.substring(cut[0], cut[1]);
                    boolean expected = wholeRegexLoop(text);
                    assertThat(TypeRefinement.armedTarget(text, folded.substring(cut[0], cut[1]))).as(text)
                            .isEqualTo(expected);
                    armed += expected ? 1 : 0;
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(1000);
        assertThat(armed).isGreaterThan(100).isLessThan(tried);
    }

    /**
     * The territory cues ({@link TypeRefinement#FIGHTING}, {@link TypeRefinement#UNOPPOSED}) found near their anchors
     * in a sentence's slice of the report's fold answer as their regexes over the sentence.
     */
    @Test
    void territoryCuesFoundInTheFoldsSliceAsByTheirRegexes() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt"));
        texts.add("They entered without a fight. Rebels withdrew; the army took it without fighting, sans combats. "
                + "Fighting broke out. Les forces se sont retirées sans résistance après des affrontements.");
        int found = 0;
        for (String body : texts) {
            String folded = AnchoredPattern.fold(body);
            for (int start = 0, end; start < body.length(); start = end) {
                int stop = body.indexOf(". ", start);
                end = stop < 0 ? body.length() : stop + 2;
                String sentence = body.substring(start, end);
                for (AnchoredPattern cue : List.of(TypeRefinement.FIGHTING, TypeRefinement.UNOPPOSED)) {
                    boolean expected = cue.pattern().matcher(sentence).find();
                    assertThat(cue.find(sentence, folded.substring(start, end))).as(sentence).isEqualTo(expected);
                    found += expected ? 1 : 0;
                }
            }
        }
        assertThat(found).isGreaterThan(10);
    }

    /** The test as it was: every armed match over the text, civilians asked per match not after "by". */
    private static boolean wholeRegexLoop(String fromTrigger) {
        Matcher m = TypeRefinement.ARMED_TARGET.pattern().matcher(fromTrigger);
        while (m.find()) {
            String before = fromTrigger.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
            if (!before.matches("(?s).*\\b(?:by|par)\\b(?:\\s+\\S+){0,3}\\s*")
                    && !TypeRefinement.CIVILIAN_TARGET.pattern().matcher(fromTrigger).find()) {
                return true;
            }
        }
        return false;
    }
}
