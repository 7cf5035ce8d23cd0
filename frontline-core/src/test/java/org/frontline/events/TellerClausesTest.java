package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** Tellers cut where a match may start only: the same text as the regex's replaceAll over real and made-up text. */
class TellerClausesTest {
    @Test
    void cutsWhatReplaceAllCutsFromEverySentenceAndParagraphOfRealReports() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Three soldiers were killed, the army said, and two, according to SANA, were wounded.",
                "Selon l'OSDH, 12 combattants ont été tués ; d’après l’agence, la ville est tombée.",
                "  selon la police\tD'APRÈS l'armée , ACCORDING TO\nwitnesses; the local council reported",
                "Un civil a été tué,\n\tont indiqué des sources locales. ,,, according to, selon",
                "Fighting continued,police said.", "according tomorrow's report", "Mosselon selon", ""));
        for (String report : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
                "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt", "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt")) {
            texts.addAll(List.of(report.split("\\n+")));
            texts.addAll(List.of(report.split("(?<=[.!?])\\s+|\\n+")));
        }
        int cut = 0;
        for (String text : texts) {
            String expected = TellerClauses.TOLD_BY.pattern().matcher(text).replaceAll(" ");
            // the same text, with the fold of what is left; the very evidence, and so the very text, when nothing is
            // cut (its caller then reuses the fold)
            Evidence evidence = new Evidence(text, org.frontline.AnchoredPattern.fold(text));
            Evidence told = TellerClauses.cut(evidence);
            assertThat(told.text()).as(text).isEqualTo(expected);
            assertThat(told.folded()).as(text).isEqualTo(org.frontline.AnchoredPattern.fold(expected));
            if (expected.equals(text)) {
                assertThat(told).as(text).isSameAs(evidence);
                assertThat(told.text()).as(text).isSameAs(text);
            }
            cut += expected.equals(text) ? 0 : 1;
        }
        assertThat(cut).isGreaterThan(20);
    }
}
