package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word scanner finds the words the regex it replaced found, on real reports and odd text. */
class SubEventFeaturesTest {
    private static final String[] REPORTS = {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
        "corpus/2018-01-aleppo-khanasir.txt", "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt"};

    @Test
    void findsTheWordsOfRealReportsAsTheRegexDid() throws IOException {
        int words = 0;
        for (String report : REPORTS) {
            String text = read(report);
            assertThat(SubEventFeatures.words(text)).as(report).isEqualTo(byRegex(text));
            words += byRegex(text).size();
        }
        assertThat(words).isGreaterThan(500);
    }

    @Test
    void findsTheWordsOfOddTextAsTheRegexDid() {
        for (String text : List.of("", "42", "On 3 March 2020, 12 soldiers", "İstanbul ĲSSEL ǅemal", "a1b22c",
                "حلب 12 km", "\uD835\uDC00bc \uD800 x", "l'armée s'est retirée — May 5th", "ß ΣΑΣ ﬁn")) {
            assertThat(SubEventFeatures.words(text)).as(text).isEqualTo(byRegex(text));
        }
        assertThat(SubEventFeatures.words("On 3 March, 12 troops")).containsExactly("on", "<num>", "<month>",
                "<num>", "troops");
    }

    /** The words as they were found before: a regex over the lower-cased text. */
    private static List<String> byRegex(String text) {
        Matcher m = Pattern.compile("\\p{L}+|\\d+").matcher(text.toLowerCase(Locale.ROOT));
        Set<String> months = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String w = m.group();
            out.add(Character.isDigit(w.charAt(0)) ? "<num>" : months.contains(w) ? "<month>" : w);
        }
        return out;
    }
}
