package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.text.Words;
import org.junit.jupiter.api.Test;

/**
 * The phrase matcher's key filter (speed round 12: one bit per key hash, checked before the map) never hides a
 * phrase: every one of hundreds of phrases made from real French and English reports, and every word-prefix
 * of them, is still found, alone and inside its report, with and without the filter's table being small.
 */
class PhraseKeyFilterTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};

    @Test
    void everyPhraseOfHundredsIsFoundAloneAndInItsReport() throws IOException {
        for (int every : new int[] {1, 7}) { // many keys, and few (a small table)
            Set<String> phrases = new LinkedHashSet<>();
            for (String report : REPORTS) {
                List<Words.Word> words = Words.split(read(report));
                for (int i = 0; i + 2 < words.size(); i += every) {
                    phrases.add(words.get(i).raw().toLowerCase() + " " + words.get(i + 1).raw().toLowerCase() + " "
                            + words.get(i + 2).raw().toLowerCase());
                }
            }
            PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
            phrases.forEach(p -> b.add(p, p));
            PhraseMatcher<String> matcher = b.build();
            for (String p : phrases) {
                List<PhraseMatcher.Hit<String>> hits = matcher.find(p);
                assertThat(hits).as(p).hasSize(1);
                assertThat(hits.get(0).values()).as(p).contains(p);
            }
            assertThat(matcher.find("zzzz qqqq xxxx")).isEmpty();
            for (String report : REPORTS) {
                String text = read(report);
                List<PhraseMatcher.Hit<String>> hits = matcher.find(text);
                assertThat(hits).isNotEmpty();
                int covered = hits.stream().mapToInt(h -> h.end() - h.start()).sum();
                assertThat(covered).as("the phrases cover most of " + report)
                        .isGreaterThan(text.length() / (every == 1 ? 2 : 8));
            }
            if (every == 1) {
                assertThat(phrases.size()).isGreaterThan(600);
            }
        }
    }

    /**
     * Speed round 17a: a first word that only starts phrases ("the") is passed without a probe of the map, a first
     * word that is a phrase and starts others ("forces") is probed, and a run that stops inside a phrase finds what
     * it holds.
     */
    @Test
    void findsPhrasesAfterFirstWordsThatOnlyStartPhrasesOrAlsoArePhrases() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("forces", "f").add("forces armées syriennes", "fas")
                .add("the Syrian army", "army").add("army", "a").build();
        assertThat(values(m, "the forces armées syriennes attacked")).containsExactly(List.of("fas"));
        assertThat(values(m, "les forces armées ont tiré")).containsExactly(List.of("f"));
        assertThat(values(m, "the army and the Syrian army")).containsExactly(List.of("a"), List.of("army"));
        assertThat(values(m, "the Syrian people, the Syrian")).isEmpty();
        assertThat(values(m, "The Syrian Army")).containsExactly(List.of("army"));
    }

    private static List<List<String>> values(PhraseMatcher<String> m, String text) {
        return m.find(text).stream().map(PhraseMatcher.Hit::values).toList();
    }
}
