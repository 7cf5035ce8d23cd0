package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Locative#before} answers what its pattern answers over the window copied before a name, at every position
 * of French and English reports (as written and upper-cased), of phrases written to match, and of random texts made
 * of the pattern's words, articles, white space, line terminators, letters, marks and surrogates.
 */
class LocativeTest {
    private static final String[] PIECES = {"in", "IN", "En", "au", "aux", "AUX", "dans", "across", "throughout",
        "Inside", "of", "du", "de", "d'", "D’", "à", "À", "the", "THE", "l'", "L’", "la", "le", "Le", " ", "  ", "\t",
        "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "x", "é", "_", "7", "\u0301",
        "\uD835\uDC00", "\uDC00", "-", ",", "(", "'", "’", "within", "Latin", "been", "Syria"};

    /** Every report among the test resources, French and English. */
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-21-sana-tall-sultan-fr.txt", "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt",
        "fusion/offensive/2018-01-20-step-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt"};

    private static boolean byPattern(String text, int start) {
        return Locative.PATTERN.matcher(text.substring(Math.max(0, start - Locative.WINDOW), start)).find();
    }

    private static int[] compareAtEveryPosition(String text) {
        int yes = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean expected = byPattern(text, i);
            assertThat(Locative.before(text, i)).as("at %d of %s", i, text.substring(Math.max(0, i - 16), i))
                    .isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        return new int[] {yes, text.length() + 1};
    }

    @Test
    void answersAsThePatternAtEveryPositionOfReports() throws IOException {
        List<String> texts = new ArrayList<>(List.of("fighting in Syria", "combats au Yémen", "dans la province de "
                + "Hama", "in the\nnorth", "across the  Sahel", "d’Alep", "d'Idlib", "à Gao", "là Gao", "_in Gao",
                "9in X", "within Y", "throughout the\r\nregion", "de l'Est", "DANS LE NORD", "of\u0085", "in\u2028",
                "in the \r", "in l'\n", "in l'\r\n", "in l'\n\n", "bien Mali", "aux Comores", "of the\u00A0Iraq"));
        for (String r : REPORTS) {
            String text = read(r);
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
        }
        int yes = 0;
        int all = 0;
        for (String t : texts) {
            int[] counts = compareAtEveryPosition(t);
            yes += counts[0];
            all += counts[1];
        }
        assertThat(yes).isGreaterThan(400);
        assertThat(all).isGreaterThan(10 * yes);
    }

    @Test
    void answersAsThePatternOnRandomTextsOfItsWords() {
        Random random = new Random(19);
        int yes = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            yes += compareAtEveryPosition(text.toString())[0];
        }
        assertThat(yes).isGreaterThan(5_000);
    }
}
