package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * A cue's anchors found once per report answer every window as {@link AnchoredPattern#findIn} does, and the
 * trigger preamble asked per report ({@link TriggerPreamble.InReport}) as its per-trigger form.
 */
class ReportAnchorsTest {
    private static final String MADE_UP = "Les forces, appuyées par l'aviation russe, ont pris le village. After nine "
            + "months of fighting, rebels shelled it in retaliation for a raid. APRÈS DES SEMAINES DE COMBATS, l’armée, "
            + "BACKED BY allies, attacked. En représailles à l'attentat, ils ont bombardé; accused of carrying out the "
            + "attack, they fled. Au terme de trois jours de combats, aux côtés de la Turquie, ils ont frappé.";

    @Test
    void answersEveryWindowAsFindInDoes() throws IOException {
        List<AnchoredPattern> cues = List.of(Locations.EARLIER_EVENT, Locations.DESTINATION, RuleEventCoder.ATTRIBUTED,
                TypeRefinement.ARMED_TARGET, AnchoredPattern.compile("(?:after|après)\\s+\\w+$",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), AnchoredPattern.compile("[a-z]+ par"));
        int found = 0;
        for (String body : texts()) {
            String folded = AnchoredPattern.fold(body);
            for (AnchoredPattern cue : cues) {
                ReportAnchors once = new ReportAnchors(cue, body, folded);
                for (int to = 0; to <= body.length(); to += 3) {
                    for (int reach : new int[] {0, 1, 25, 70}) {
                        int from = Math.max(0, to - reach);
                        boolean expected = cue.findIn(body, folded, from, to);
                        assertThat(once.findIn(from, to)).as(cue.pattern() + " [" + from + ", " + to + ")")
                                .isEqualTo(expected);
                        found += expected ? 1 : 0;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    /**
     * A note with a trigger or two is asked about windows shorter than itself: they are searched alone, and the
     * report's occurrences are found only once the windows asked about outgrow it; the answers are the same either way.
     */
    @Test
    void findsTheOccurrencesOnlyOnceTheWindowsOutgrowTheReport() {
        AnchoredPattern cue = AnchoredPattern.compile("(?:after|après)\\s+\\w+$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String body = MADE_UP;
        String folded = AnchoredPattern.fold(body);
        ReportAnchors once = new ReportAnchors(cue, body, folded);
        int asked = 0;
        int found = 0;
        for (int to = 70; to <= body.length(); to += 7) {
            int from = to - 70;
            boolean expected = cue.findIn(body, folded, from, to);
            assertThat(once.findIn(from, to)).as("[" + from + ", " + to + ")").isEqualTo(expected);
            asked += to - from;
            assertThat(once.indexed()).as("after " + asked + " chars of " + body.length()).isEqualTo(asked > body.length());
            found += expected ? 1 : 0;
        }
        assertThat(once.indexed()).isTrue();
        assertThat(found).isPositive();
    }

    @Test
    void thePreambleOfAReportAnswersAsPerTrigger() throws IOException {
        int allied = 0;
        int runUp = 0;
        for (String body : texts()) {
            String folded = AnchoredPattern.fold(body);
            TriggerPreamble.InReport report = new TriggerPreamble.InReport(body, folded);
            for (int at = 0; at <= body.length(); at++) {
                for (int sentenceStart : new int[] {0, Math.max(0, at - 30), at}) {
                    boolean a = TriggerPreamble.allied(body, folded, sentenceStart, at);
                    boolean r = TriggerPreamble.runUp(body, folded, sentenceStart, at);
                    // the pairs of the text from the sentence's start to the trigger: all the window can hold
                    CharPairs pairs = new CharPairs(folded.substring(sentenceStart, at));
                    assertThat(report.allied(sentenceStart, at, pairs)).as("allied at " + at).isEqualTo(a);
                    assertThat(report.runUp(sentenceStart, at, pairs)).as("runUp at " + at).isEqualTo(r);
                    allied += a ? 1 : 0;
                    runUp += r ? 1 : 0;
                }
            }
        }
        assertThat(allied).isPositive();
        assertThat(runUp).isPositive();
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add(MADE_UP);
        texts.add(MADE_UP.toUpperCase(java.util.Locale.ROOT));
        texts.add("");
        return texts;
    }
}
