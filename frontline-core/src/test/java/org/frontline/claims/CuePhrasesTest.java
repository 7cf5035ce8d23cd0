package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;
import org.frontline.TestTexts;
import org.frontline.WordPatterns;
import org.junit.jupiter.api.Test;

/** The cue phrases are found where the case-insensitive alternation of their quoted forms matches, and only there. */
class CuePhrasesTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String[] REPORTS = TestTexts.eightReports();
    /** Texts where the whole-word guards and the fold decide: letters, numbers, marks and pairs around a phrase. */
    private static final List<String> ODD = List.of("selon", "Selonx", "xSELON", "7selon", "selon7", "selon\u0301 x",
            "\u017Felon l'ONU", "(selon)", "-selon-", "selon\uD835\uDC00", "selon\uD835\uDFCE", "\uD835\uDC00selon",
            "selon\uD83D\uDE00", "\uD83D\uDE00selon", "selon\uD835", "\uDC00selon", "D’APRÈS l'AFP", "d'apres",
            "ACCORDING  TO", "According to", "citant", "CITÉES PAR", "quoted by", "quoted", "relayé par MG",
            "a publié", "sai\u212Ad", "SAY", "says", "saysay", "rapportentrapporte", "\u0130ndique", "fait\u00A0état");

    /** The regex the claims stage ran before: phrases quoted, whole words, case-insensitive. */
    private static Pattern regex(List<String> phrases) {
        return Pattern.compile(WordPatterns.anyOf(phrases.stream().map(Pattern::quote).toList()), CI);
    }

    private static int regexFirst(Pattern p, String body, int from, int to) {
        Matcher m = p.matcher(body.substring(from, to));
        return m.find() ? from + m.start() : -1;
    }

    @Test
    void findsWhereTheQuotedAlternationMatchesInSlicesOfReportsAndOddTexts() throws IOException {
        List<List<String>> lists = PhraseClaimAnalyzer.cueLists();
        CuePhrases cues = CuePhrases.of(lists);
        List<String> all = new ArrayList<>();
        lists.forEach(all::addAll);
        Pattern[] byKind = {regex(lists.get(0)), regex(lists.get(1)), regex(lists.get(2)), regex(all)};
        int[] masks = {1, 2, 4, 7};
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased(REPORTS));
        texts.addAll(ODD);
        Random random = new Random(23);
        int found = 0;
        int slices = 0;
        for (String body : texts) {
            CuePhrases.Found in = cues.in(AnchoredPattern.fold(body));
            List<int[]> ranges = new ArrayList<>();
            ranges.add(new int[] {0, body.length()});
            for (int a = 0; body.length() < 40 && a <= body.length(); a++) {
                for (int b = a; b <= body.length(); b++) {
                    ranges.add(new int[] {a, b}); // every slice of a short text: cut inside words, pairs, phrases
                }
            }
            for (int i = 0; i < 300; i++) { // slices cut anywhere: inside words, pairs, phrases
                int a = random.nextInt(body.length() + 1);
                int b = random.nextInt(body.length() + 1);
                ranges.add(new int[] {Math.min(a, b), Math.min(body.length(), Math.min(a, b) + random.nextInt(400))});
            }
            for (int at = 0; at < body.length(); at = body.indexOf('.', at + 1) < 0 ? body.length()
                    : body.indexOf('.', at + 1)) {
                int end = body.indexOf('.', at + 1);
                ranges.add(new int[] {at, end < 0 ? body.length() : end}); // sentence-like slices
            }
            for (int[] r : ranges) {
                for (int k = 0; k < masks.length; k++) {
                    int expected = regexFirst(byKind[k], body, r[0], r[1]);
                    assertThat(in.first(body, r[0], r[1], masks[k]))
                            .as("kinds %d in [%d, %d) of %s", masks[k], r[0], r[1], body.substring(r[0], r[1]))
                            .isEqualTo(expected);
                    found += expected >= 0 ? 1 : 0;
                    slices++;
                }
            }
        }
        assertThat(found).as("phrases found").isGreaterThan(slices / 20);
    }

    @Test
    void theWholeWordGuardsReadLettersAndNumbersAsTheRegexClassDoes() {
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]", CI);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 7) {
            assertThat(CuePhrases.letterOrNumber(cp)).as("U+%04X", cp)
                    .isEqualTo(letterOrNumber.matcher(Character.toString(cp)).matches());
        }
    }

    @Test
    void phrasesThatAreNoPlainLiteralsAreRefused() {
        assertThatThrownBy(() -> CuePhrases.of(List.of(List.of("said?")))).isInstanceOf(FrontlineException.class);
        assertThatThrownBy(() -> CuePhrases.of(List.of(List.of(" said")))).isInstanceOf(FrontlineException.class);
        assertThat(CuePhrases.of(List.of(List.of("Selon"), List.of("cité par"))).in("selon x, cité par y")
                .first("Selon X, cité par Y", 0, 19, 2)).isEqualTo(9);
    }
}
