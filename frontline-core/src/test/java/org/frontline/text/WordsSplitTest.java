package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#split} (speed round 12: a word is one substring unless an apostrophe inside it is dropped, ASCII
 * chars classified without the Unicode tables) gives the words the char-by-char builder it replaced gave, on French
 * and English reports and on apostrophes, elisions, possessives and marks.
 */
class WordsSplitTest {
    private static final String[] REPORTS = TestTexts.eightReports();
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "n", "s", "t", "m", "c", "qu", "jusqu",
            "lorsqu", "puisqu");

    @Test
    void splitsAsTheCharByCharBuilderDid() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "'", "l'", "l'armée", "L’Observatoire syrien des droits de "
                + "l'homme", "Hay'at Tahrir al-Sham", "al-I'lam al-Harbi", "Syria's army", "Donbass People's Militia",
                "the rebels' base", "jusqu'à Idleb", "QU'ILS", "Ḥamāh", "خناصر", "U.S. forces", "a'b'c", "x's",
                "d'Alep's", "ʿAyn ʾIssa", "e\u0301te\u0301", "٣ مقاتلين", "AK-47 'rifles'", "it's"));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        int words = 0;
        for (String text : texts) {
            List<Words.Word> expected = builderSplit(text);
            assertThat(Words.split(text)).as(text).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).isGreaterThan(1500);
    }

    /**
     * Speed round 27g: the split that reads the tokenizer's tokens gives the same words (raw forms and keys equal) as
     * the split alone, and takes most of them from the tokens: their text as the raw form, their lower case as the
     * key of an ASCII word.
     */
    @Test
    void splitsOverTheTokensAsAlone() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "'", "l'armée", "L’Observatoire syrien des droits de l'homme",
                "Hay'at Tahrir al-Sham", "Syria's army", "jusqu'à Idleb", "QU'ILS", "Ḥamāh", "خناصر", "U.S. forces",
                "AK-47 'rifles'", "F-16 KM2 2km İdlib", "ʿAyn ʾIssa", "e\u0301te\u0301", "Donbass People's Militia"));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        RuleTokenizer tokenizer = new RuleTokenizer();
        int words = 0;
        int fromTokens = 0;
        for (String text : texts) {
            List<Token> tokens = tokenizer.tokenize(text);
            List<Words.Word> split = Words.split(text, tokens);
            assertThat(split).as(text).isEqualTo(Words.split(text));
            for (Words.Word w : split) {
                fromTokens += tokens.stream().anyMatch(t -> t.lower() == w.key()) ? 1 : 0;
            }
            words += split.size();
        }
        assertThat(words).isGreaterThan(1500);
        assertThat(fromTokens).as("keys that are a token's lower case, of %d", words).isGreaterThan(words / 2);
    }

    /** The split as it was before round 12: each word's raw form built a char at a time. */
    private static List<Words.Word> builderSplit(String text) {
        List<Words.Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!unicodeWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder raw = new StringBuilder();
            int end = -1;
            while (i < n) {
                char c = text.charAt(i);
                if (unicodeWordChar(c)) {
                    raw.append(c);
                    i++;
                } else if (Words.isApostrophe(c) && i + 1 < n && unicodeWordChar(text.charAt(i + 1))
                        && raw.length() > 0) {
                    if (ELISIONS.contains(raw.toString().toLowerCase(Locale.ROOT))) {
                        end = i + 1;
                        i++;
                        break;
                    }
                    int s = i + 1;
                    if ((text.charAt(s) == 's' || text.charAt(s) == 'S')
                            && (s + 1 == n || !unicodeWordChar(text.charAt(s + 1)))) {
                        end = i;
                        i += 2;
                        break;
                    }
                    i++;
                } else {
                    break;
                }
            }
            if (end < 0) {
                end = i;
            }
            String word = raw.toString();
            String key = NameKey.normalize(word).replace(" ", "");
            if (!key.isEmpty()) {
                words.add(new Words.Word(start, end, key, word));
            }
        }
        return words;
    }

    private static boolean unicodeWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
