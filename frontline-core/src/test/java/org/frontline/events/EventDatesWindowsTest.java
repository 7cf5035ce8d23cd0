package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.frontline.WindowedFind;
import org.junit.jupiter.api.Test;

/**
 * The dates' patterns searched only at the month names a match can hold ({@link EventDates#afterSpace},
 * {@link EventDates#beforeDay}) find every match the regex finds over the whole text, in order, with the same groups,
 * in reports as written and upper-cased, and in made-up text full of month names inside other words.
 */
class EventDatesWindowsTest {
    private static final String[] PIECES = {"semaine", "la semaine du 3 au 9 mai", "du 1er mars au 3 avril 2019",
        "entre 2 et 5 juin", "between 3 and 9 May 2020", "from 3 May to 9 June", "mayor", "May 12, 2020", "mai 5",
        "12 mai,2020", "marsh 3 mars", "Mars 2", "aout", "15 août 2021", "15 AOÛT", "décembre 3rd", "le 1er mai",
        "12 Mai 2019", "maison", "primaire", "Semaine 14", "19 may", "june 7th", "in March 4", "Dimai 8", "s mai 3",
        "3\u00a0mai", "5  mai", "7\tmai", "mai\u00a012", "marſ 3", "juillet", "7 juillet", "13 Decembre 2018", ","};

    @Test
    void findsWhatTheWholeRegexFindsInReportsAndInMonthNamesInsideWords() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String report : TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt")) {
            texts.add(report);
            texts.addAll(List.of(report.split("(?<=[.!?])\\s+|\\n+")));
        }
        Random random = new Random(25);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        int matches = 0;
        int dropped = 0;
        int ranges = 0;
        for (String text : texts) {
            String folded = AnchoredPattern.fold(text);
            int[] months = EventDates.RANGE.anchorOffsets(folded);
            int[] spaced = EventDates.afterSpace(text, months);
            int[] days = EventDates.beforeDay(text, months);
            matches += sameMatches(EventDates.RANGE, text, spaced);
            // a range's lead word is in every text with a range: explicit() searches no other for one
            assertThat(EventDates.RANGE_LEAD.mayMatchFolded(folded) || !EventDates.RANGE.pattern().matcher(text).find())
                    .as(text).isTrue();
            ranges += EventDates.RANGE.pattern().matcher(text).find() ? 1 : 0;
            matches += sameMatches(EventDates.DAY_MONTH, text, spaced);
            matches += sameMatches(EventDates.MONTH_DAY, text, days);
            dropped += months.length - spaced.length + months.length - days.length;
        }
        assertThat(matches).isGreaterThan(300);
        assertThat(dropped).isGreaterThan(300);
        assertThat(ranges).isGreaterThan(20);
    }

    @Test
    void keepsTheMonthsAfterASpaceAndThoseWhoseLettersAreFollowedByADay() {
        String text = "semaine 3 mai, May 12 mayor";
        int[] months = EventDates.RANGE.anchorOffsets(AnchoredPattern.fold(text));
        assertThat(months).containsExactly(2, 10, 15, 22);
        assertThat(EventDates.afterSpace(text, months)).containsExactly(10, 15, 22);
        assertThat(EventDates.beforeDay(text, months)).containsExactly(2, 15); // "maine 3": kept, as it may be
        int[] all = EventDates.RANGE.anchorOffsets(AnchoredPattern.fold(" 3 mai"));
        assertThat(EventDates.afterSpace(" 3 mai", all)).isSameAs(all);
    }

    /** Asserts the finder over {@code offsets} finds the regex's matches over the whole text; returns how many. */
    private static int sameMatches(AnchoredPattern p, String text, int[] offsets) {
        Matcher whole = p.pattern().matcher(text);
        WindowedFind windows = p.finder(text, offsets);
        int n = 0;
        while (whole.find()) {
            assertThat(windows.find()).as(p.pattern() + " in: " + text).isTrue();
            Matcher m = windows.match();
            assertThat(m.start()).as(text).isEqualTo(whole.start());
            assertThat(m.end()).as(text).isEqualTo(whole.end());
            for (int g = 1; g <= whole.groupCount(); g++) {
                assertThat(m.group(g)).as(text).isEqualTo(whole.group(g));
            }
            n++;
        }
        assertThat(windows.find()).as(p.pattern() + " in: " + text).isFalse();
        return n;
    }
}
