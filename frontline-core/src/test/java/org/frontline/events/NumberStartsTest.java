package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** A number-first pattern tried only where a number starts finds what the regex's find() finds, on real reports. */
class NumberStartsTest {
    private static final String[] REPORTS = TestTexts.eightReports();

    @Test
    void findsTheTollsAndVillagesTheRegexFindsFromEveryOffsetOfEightFrenchAndEnglishReports() throws IOException {
        int matched = 0;
        for (NumberStarts starts : List.of(Fatalities.NUMBER_FIRST, Facts.VILLAGES_FIRST)) {
            for (String text : texts()) {
                matched += sameFromEveryOffset(starts, text);
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void findsMatchesThatStartInsideAWordOrAfterAFoldedLetter() {
        // VILLAGES has no look-behind: "one" inside "bone" and "12" inside "a12" start matches; "ſeven" folds to
        // "seven" as the case-insensitive regex reads it
        for (String text : List.of("bone villages", "a12 villages", "ſeven villages, TWENTY-ONE hamlets",
                "Une vingtaine de villages", "une   dizaine de localités", "x3 villages et 4 hameaux")) {
            assertThat(sameFromEveryOffset(Facts.VILLAGES_FIRST, text)).as(text).isPositive();
        }
        for (String text : List.of("Three civilians were killed", "AT LEAST 12 people, including two children, died",
                "plus de vingt-trois personnes ont été tuées", "a civilian was killed", "dozens of bodies",
                "l'attaque a fait 3 morts et une dizaine de blessés")) {
            assertThat(sameFromEveryOffset(Fatalities.NUMBER_FIRST, text)).as(text).isPositive();
        }
    }

    @Test
    void findsNothingPastTheLastAnchorAndWhatTheRegexFindsBeforeIt() {
        // the starts after the last anchor are not tried: the numbers after a toll's verb, a date after it, a verb
        // whose anchor lies inside the match's last word, a second toll after the first
        assertThat(Fatalities.NUMBER_FIRST.pattern().anchors()).isNotEmpty();
        assertThat(Facts.VILLAGES_FIRST.pattern().anchors()).isNotEmpty();
        for (String text : List.of("3 people were killed on 5 May 2020 near 12 checkpoints",
                "Two soldiers DIED and 4 were wounded, 15 km from the 2 villages", "12 morts", "douze tués, 3 blessés",
                "3 killed; 5 dead; 7 died in 2020", "at least 40 fatalities, 3 villages, 9 hamlets")) {
            assertThat(sameFromEveryOffset(Fatalities.NUMBER_FIRST, text)).as(text).isPositive();
            sameFromEveryOffset(Facts.VILLAGES_FIRST, text);
        }
        assertThat(sameFromEveryOffset(Fatalities.NUMBER_FIRST, "killed on 5 May 2020 near 12 checkpoints")).isZero();
    }

    @Test
    void findsTheLengthsTheRegexFindsFromEveryOffsetIncludingNumbersRunningIntoKilometres() throws IOException {
        // LENGTH's numbers may run straight into "km" ("deuxkm", "2km"): its starts are every fold prefix, not runs
        int matched = 0;
        for (String text : texts()) {
            matched += sameFromEveryOffset(Facts.LENGTH_FIRST, text);
        }
        for (String text : List.of("une route deuxkm de long", "the 30-km-long road", "a 2km-long convoy",
                "D'UNE LONGUEUR DE 45 KM", "une piste longue de vingt-trois kilomètres", "a road length of 12 km",
                "le long de la route, 5 km de long", "along it, twelvekm long, then 3 Km de long",
                "ſeven km long", "a fewkm-long road", "12,5 km de long et 1 500 km de long")) {
            assertThat(sameFromEveryOffset(Facts.LENGTH_FIRST, text)).as(text).isPositive();
        }
        for (String text : List.of("le long de la route à 5 km", "no length given, 4 km away", "")) {
            assertThat(sameFromEveryOffset(Facts.LENGTH_FIRST, text)).as(text).isZero();
        }
        assertThat(matched).isPositive();
    }

    @Test
    void findsMatchesBeginningWithPhrasesOfSeveralWordsWhateverWhiteSpaceOrCaseSeparatesThem() {
        // "de", "des", "plus", "au", "at", "more" begin only phrases of several words: they are tried only where
        // white space and a second word follow; the regex decides the rest ("plus  de" is no lead, its number is)
        for (String text : List.of("De  nombreux civils ont été tués de part et d'autre",
                "DE\tNOMBREUSES personnes sont mortes",
                "des dizaines de morts, des centaines de blessés", "plus de 20 morts", "plus  de 20 morts",
                "PLUS DE vingt morts", "au moins 3 tués", "at least 12 people were killed", "more than 40 died",
                "at\nleast 12 were killed", "de nombreuxmorts", "des\u00a0dizaines de morts", "scores of bodies")) {
            sameFromEveryOffset(Fatalities.NUMBER_FIRST, text);
        }
        assertThat(sameFromEveryOffset(Fatalities.NUMBER_FIRST, "De  nombreux civils ont été tués")).isPositive();
        assertThat(sameFromEveryOffset(Fatalities.NUMBER_FIRST, "plus de 20 morts")).isPositive();
        for (String text : List.of("de nombreux villages", "Des  dizaines de localités", "de la ville à 3 villages",
                "des villages")) {
            sameFromEveryOffset(Facts.VILLAGES_FIRST, text);
        }
        assertThat(sameFromEveryOffset(Facts.VILLAGES_FIRST, "Des  dizaines de localités")).isPositive();
    }

    @Test
    void rejectsAFirstRunThatIsNotLowerCaseLetters() {
        AnchoredPattern p = AnchoredPattern.compile("(\\d+) morts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NumberStarts(p, Set.of("plus de")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plus de");
    }

    /** Checks find(from) at every offset against Matcher.find(from); returns how many offsets found a match. */
    private static int sameFromEveryOffset(NumberStarts starts, String text) {
        String folded = AnchoredPattern.fold(text);
        Matcher expected = starts.pattern().pattern().matcher(text);
        Matcher m = starts.matcher(text);
        // the search given the text's last start, asked once, finds the same from every offset
        Matcher once = starts.matcher(text);
        int last = starts.last(folded);
        int found = 0;
        for (int from = 0; from <= text.length(); from++) {
            boolean e = expected.find(from);
            assertThat(starts.find(m, text, folded, from)).as(starts.pattern().pattern() + " from " + from + " in "
                    + text).isEqualTo(e);
            assertThat(starts.find(once, text, folded, from, last)).as("last asked once, from " + from + " in " + text)
                    .isEqualTo(e);
            if (e) {
                found++;
                assertThat(describe(m)).isEqualTo(describe(expected));
                assertThat(describe(once)).isEqualTo(describe(expected));
            }
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder().append(m.start()).append(':').append(m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append('|').append(m.group(g));
        }
        return sb.toString();
    }

    /** Each report's sentences, and the same upper-cased. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String report : REPORTS) {
            for (String sentence : read(report).split("(?<=[.!?])\\s+")) {
                texts.add(sentence);
                texts.add(sentence.toUpperCase(Locale.ROOT));
            }
        }
        return texts;
    }
}
