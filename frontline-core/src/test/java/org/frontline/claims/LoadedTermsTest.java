package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.ResourceLines;
import org.frontline.TestTexts;
import org.frontline.WordPatterns;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;
import org.frontline.text.Sentence;
import org.junit.jupiter.api.Test;

/** Loaded terms found from the document's anchor pass are those the whole alternation finds in each sentence. */
class LoadedTermsTest {
    private static final String[] REPORTS = TestTexts.eightReports();

    @Test
    void findsWhatTheWholeAlternationFindsInEverySentence() throws IOException {
        List<String> terms = ResourceLines.of(PhraseClaimAnalyzer.class, "loaded-terms.txt");
        LoadedTerms loaded = new LoadedTerms(terms);
        Pattern whole = Pattern.compile(WordPatterns.anyOf(terms.stream().map(t -> "(?:" + t + ")").toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased(REPORTS));
        // anchors cut by a sentence's end, glued to words, repeated, at the text's ends
        texts.addAll(List.of("La ville a été libé. Rée hier. Des gangs. Armés ont fui.", "terroristes", "Martyr",
                "Des milices. Des milicesmilices, milice-milices. Le régime d'Assad. Le régime syrien. Rats! thugs.",
                "The Syrian. Regime fell. The Assad regime.terrorists", "LIBÉRÉES, libérées, liberation."));
        RuleTextAnalyzer analyzer = new RuleTextAnalyzer();
        int found = 0;
        for (String body : texts) {
            AnalyzedText text = analyzer.analyze(body, Language.FR);
            long[] at = loaded.occurrences(text.folded());
            for (Sentence s : text.sentences()) {
                List<String> expected = new ArrayList<>();
                Matcher m = whole.matcher(text.text(s));
                while (m.find()) {
                    expected.add(m.group());
                }
                assertThat(loaded.in(text, s, at)).as(text.text(s)).isEqualTo(expected);
                assertThat(loaded.in(text, s, null)).as("searched by its own fold").isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).isGreaterThan(40);
    }

    @Test
    void theIndexFindsEveryOccurrenceOfEachLiteral() {
        List<String> literals = List.of("milice", "milices", " armé", "ice");
        LiteralIndex index = LiteralIndex.of(literals).orElseThrow();
        String folded = "des milices armées, milice armé; icemilices";
        List<String> expected = new ArrayList<>();
        for (int start = 0; start < folded.length(); start++) {
            for (int i = 0; i < literals.size(); i++) {
                if (folded.startsWith(literals.get(i), start)) {
                    expected.add(start + ":" + i);
                }
            }
        }
        List<String> got = new ArrayList<>();
        for (long o : index.occurrences(folded)) {
            got.add((o >>> 32) + ":" + (int) o);
        }
        assertThat(got).isEqualTo(expected);
        assertThat(LiteralIndex.firstFrom(index.occurrences(folded), 5)).as("after the two at 4").isEqualTo(2);
        assertThat(LiteralIndex.of(List.of("milice", "d[ée]"))).isEmpty();
        assertThat(LiteralIndex.of(List.of("a.b"))).isEmpty();
    }
}
