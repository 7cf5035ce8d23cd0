package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogActorRecognizer#andBefore} (speed round 15) lets through every window before a word that the
 * "Turkish and Russian forces" pattern matches, over every position of French and English reports (upper-cased
 * too) and over windows ending in line ends, tabs and the words run together; {@link GapWords#andAfter}
 * (speed round 27g) likewise every start that the "forces of India and Pakistan" pattern matches from.
 */
class AndBeforeTest {
    private static final Pattern ADJ_AND = Pattern.compile("(\\p{L}+)\\s+(?:and|et)\\s+$");
    /** CatalogActorRecognizer's AND_STATE, as written there. */
    private static final Pattern AND_STATE = Pattern.compile("\\s+(?:and|et)\\s+(?:the\\s+)?");
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};

    @Test
    void letsThroughEveryWindowThePatternMatches() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Turkish and Russian forces", "turques et russes",
                "Turkish and\nRussian", "Turkish and \u2028", "Turkish et\t\r\n", "Turkishand ", "Turkish  and",
                "and ", "et", " et ", "Turkish AND Russian"));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        int matched = 0;
        int skipped = 0;
        int windows = 0;
        for (String text : texts) {
            for (int start = 0; start <= text.length(); start++) {
                int from = Math.max(0, start - 30);
                boolean found = ADJ_AND.matcher(text.substring(from, start)).find();
                boolean let = CatalogActorRecognizer.andBefore(text, from, start);
                assertThat(!found || let).as("'%s'", text.substring(from, start)).isTrue();
                matched += found ? 1 : 0;
                skipped += let ? 0 : 1;
                windows++;
            }
        }
        assertThat(matched).isGreaterThan(10);
        assertThat(skipped).isGreaterThan(windows * 9 / 10); // nearly every window is told without the regex
    }

    @Test
    void andAfterLetsThroughEveryStartThePatternMatchesFrom() throws IOException {
        List<String> texts = new ArrayList<>(List.of("forces of India and Pakistan", "forces indiennes et pakistanaises",
                "forces\tand\nthe", "forces and", "forces et", "forcesand Pakistan", "forces  AND Pakistan",
                "forces \u2028and ", "forces\u000Bet ", "forces andes", "forces etc.", "and ", " and "));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        int matched = 0;
        int skipped = 0;
        int starts = 0;
        for (String text : texts) {
            for (int end = 0; end <= text.length(); end++) {
                boolean found = AND_STATE.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt();
                boolean let = GapWords.andAfter(text, end);
                assertThat(!found || let).as("'%s' from %d", text, end).isTrue();
                matched += found ? 1 : 0;
                skipped += let ? 0 : 1;
                starts++;
            }
        }
        assertThat(matched).isGreaterThan(10);
        assertThat(skipped).isGreaterThan(starts * 9 / 10);
    }
}
