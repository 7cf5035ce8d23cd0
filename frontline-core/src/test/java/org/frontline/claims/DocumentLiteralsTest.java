package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.frontline.AnchoredPattern;
import org.frontline.ResourceLines;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** One pass over a document hands each list the occurrences its own index finds. */
class DocumentLiteralsTest {
    @Test
    void eachListGetsWhatItsOwnIndexFinds() throws IOException {
        List<String> cues = List.of("selon", "said", "d'après", "cité par");
        List<String> anchors = List.of("said", "milice", " armé", "selon");
        List<String> other = List.of("indiqué", "said", "ice");
        DocumentLiterals one = DocumentLiterals.of(List.of(cues, anchors, other)).orElseThrow();
        List<String> texts = TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt");
        int found = 0;
        for (String text : texts) {
            String folded = AnchoredPattern.fold(text + " Selon MG, said the milices armées, cité par l'AFP.");
            long[][] split = one.occurrences(folded);
            List<List<String>> lists = List.of(cues, anchors, other);
            for (int l = 0; l < lists.size(); l++) {
                assertThat(split[l]).as("list %d", l)
                        .isEqualTo(LiteralIndex.of(lists.get(l)).orElseThrow().occurrences(folded));
                found += split[l].length;
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(DocumentLiterals.of(List.of(cues, List.of("d[ée]")))).isEmpty();
    }

    @Test
    void theClaimsStagesListsAreOnePass() {
        PhraseClaimAnalyzer analyzer = new PhraseClaimAnalyzer(SourceCatalog.loadBundled());
        LoadedTerms loaded = new LoadedTerms(ResourceLines.of(PhraseClaimAnalyzer.class, "loaded-terms.txt"));
        assertThat(loaded.anchorLiterals()).as("the loaded terms read the one pass").isNotEmpty();
        assertThat(UnnamedSources.anchorLiterals()).as("the unnamed sources read the one pass").isNotEmpty();
        assertThat(analyzer.analyze(new org.frontline.text.RuleTextAnalyzer().analyze(
                "Selon des sources locales, les milices ont attaqué.", org.frontline.text.Language.FR))
                .framing().get(0)).containsExactly("milices");
    }
}
