package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The body's fold, computed once per document ({@link AnalyzedText#folded()}), serves every sentence: a sentence's
 * slice of it is the sentence folded on its own, and what a case-insensitive pattern matches holds the folded
 * pattern literal there.
 */
class CaseFoldTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};
    private final RuleTextAnalyzer analyzer = new RuleTextAnalyzer();

    @Test
    void aSentenceSliceOfTheBodysFoldIsTheSentenceFolded() throws IOException {
        int sentences = 0;
        for (String report : REPORTS) {
            String body = read(report);
            String odd = "İDLIB ſarin ÉTÉ \u212Am. Σίσυφος ΟΔΟΣ. ";
            for (String b : List.of(body, body.toUpperCase(Locale.ROOT), odd + body)) {
                AnalyzedText text = analyzer.analyze(b, null);
                assertThat(text.folded()).hasSameSizeAs(b);
                for (Sentence s : text.sentences()) {
                    assertThat(text.folded(s)).isEqualTo(CaseFold.of(text.text(s)));
                    sentences++;
                }
            }
        }
        assertThat(sentences).isGreaterThan(80);
    }

    @Test
    void foldsAsCaseInsensitiveMatchingComparesChars() {
        assertThat(CaseFold.of("L'ARMÉE a LIBÉRÉ Idlib")).isEqualTo("l'armée a libéré idlib");
        assertThat(CaseFold.of("ſarin \u212Am")).isEqualTo("sarin km");
        String plain = "déjà vu";
        assertThat(CaseFold.of(plain)).isSameAs(plain);
        for (String t : List.of("ſarin", "SARIN", "\u212Am", "KM", "Libéré", "LIBÉRÉ")) {
            for (String word : List.of("sarin", "km", "libéré")) {
                boolean matches = Pattern.compile(word, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(t).find();
                assertThat(matches).as(t + " / " + word).isEqualTo(CaseFold.of(t).contains(word));
            }
        }
    }

    @Test
    void aFoldOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> new AnalyzedText("Idlib", Language.FR, List.of(), "idlib!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 chars");
    }
}
