package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.junit.jupiter.api.Test;

/**
 * An event's evidence built from slices of the report's fold is the evidence text folded anew (what the sub-event
 * choice and the generic roles did before), on real French and English reports and on made-up texts whose fold
 * changes letters (a Kelvin sign, Greek sigmas, a Deseret letter, the Turkish dotted I).
 */
class EvidenceTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};
    private static final List<String> ODD = List.of("İDLIB: ſarin. \u212Aidnapped; ΟΔΟΣ killed ΣΑΣ.",
            "Three killed in Idlib.\u00A0Two wounded. \u212A. ΟΔΟΣ\u2003ΣΑΣ. ",
            "Des soldats ont été TUÉS à \uD801\uDC00 ; \u212Alashnikov, ΑΣ bombardé. Selon l'OSDH, 3 morts.");

    @Test
    void foldsAsTheEvidenceTextFoldedAnewForEverySetOfSentences() throws IOException {
        List<String> texts = new ArrayList<>(ODD);
        for (String report : REPORTS) {
            texts.add(read(report));
        }
        int checked = 0;
        int inPlace = 0; // one sentence followed by a space in the report: cut out of it whole
        for (String text : texts) {
            for (String body : List.of(text, text.toUpperCase(Locale.ROOT))) {
                String bodyFolded = AnchoredPattern.fold(body);
                List<Span> sentences = sentences(body);
                for (int i = 0; i < sentences.size(); i++) {
                    // one sentence, then a draft's evidence as it grows, then a later sentence told before
                    List<Span> spans = new ArrayList<>(sentences.subList(0, i + 1));
                    spans.add(0, sentences.get(sentences.size() - 1 - i));
                    for (List<Span> evidence : List.of(List.of(sentences.get(i)), spans)) {
                        Evidence e = Evidence.of(body, bodyFolded, evidence);
                        StringBuilder expected = new StringBuilder();
                        evidence.forEach(s -> expected.append(body, s.start(), s.end()).append(' '));
                        assertThat(e.text()).isEqualTo(expected.toString());
                        assertThat(e.folded()).isEqualTo(AnchoredPattern.fold(expected.toString()));
                        checked++;
                        Span last = evidence.get(evidence.size() - 1);
                        if (evidence.size() == 1 && last.end() < body.length() && body.charAt(last.end()) == ' ') {
                            inPlace++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(inPlace).isGreaterThan(10);
        assertThat(Evidence.of("Tué.", "tué.", List.of()).text()).isEmpty();
    }

    @Test
    void refusesAFoldOfAnotherLength() {
        assertThatThrownBy(() -> new Evidence("ΟΔΟΣ ", "οδος"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 chars, text 5");
    }

    private static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher end = Pattern.compile("(?<=[.!?;])\\s+|$").matcher(text);
        for (int from = 0; from < text.length() && end.find(); from = end.end()) {
            if (end.start() > from) {
                out.add(new Span(from, end.start()));
            }
        }
        return out;
    }
}
