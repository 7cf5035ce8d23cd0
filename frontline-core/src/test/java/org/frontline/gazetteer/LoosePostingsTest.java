package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loose postings kept per key for the transliterated countries, and the names tested before a match is made,
 * give what filtering the whole answer gives, on every run of capitalised words of real French and English reports.
 */
class LoosePostingsTest {
    private static final String[] REPORTS = TestTexts.eightReports();
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}");
    private static KeyIndexGazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = KeyIndexGazetteer.loadBundled();
    }

    @AfterAll
    static void release() {
        gazetteer = null;
    }

    @Test
    void keepsTheLooseMatchesOfTheGivenCountriesAsFilteringTheWholeAnswerDoes() throws IOException {
        int loose = 0;
        for (String surface : surfaces()) {
            List<PlaceMatch> expected = gazetteer.lookup(surface).stream().filter(m -> m.exact()
                    || TransliteratedCountries.ISO2.contains(m.place().country())).toList();
            assertThat(gazetteer.lookup(surface, TransliteratedCountries.ISO2)).as(surface).isEqualTo(expected);
            assertThat(gazetteer.lookup(surface, TransliteratedCountries.ISO2)).as("again: " + surface)
                    .isEqualTo(expected); // the postings kept by the first lookup
            loose += (int) expected.stream().filter(m -> !m.exact()).count();
        }
        assertThat(loose).as("loose matches in the reports' names").isGreaterThan(500);
    }

    @Test
    void testsTheLooseNamesBeforeMakingMatchesAndKeepsWhatFilteringAfterwardsKeeps() throws IOException {
        int dropped = 0;
        for (String surface : surfaces()) {
            char first = Character.toLowerCase(surface.charAt(0));
            Predicate<String> sameInitial = n -> Character.toLowerCase(n.charAt(0)) == first;
            List<PlaceMatch> all = gazetteer.lookup(surface, TransliteratedCountries.ISO2);
            List<PlaceMatch> expected = all.stream().filter(m -> m.exact() || sameInitial.test(m.matchedName()))
                    .toList();
            assertThat(gazetteer.lookup(surface, TransliteratedCountries.ISO2, sameInitial)).as(surface)
                    .isEqualTo(expected);
            assertThat(gazetteer.lookup(surface, TransliteratedCountries.ISO2, sameInitial)).as("again: " + surface)
                    .isEqualTo(expected); // the names kept with the postings (speed round 15)
            dropped += all.size() - expected.size();
        }
        assertThat(dropped).as("loose matches another initial drops").isGreaterThan(50);
    }

    /**
     * A lookup handed the surface's keys (the geoparser's spans have them) answers as one normalizing the surface;
     * exact matches come first, each place once, the loose ones those of the whole answer in the asked countries
     * whose place is not met exactly (speed round 19g: the matches gathered without a map).
     */
    @Test
    void answersWithTheCallersKeysAsWithTheSurfaceAloneEachPlaceOnce() throws IOException {
        int loose = 0;
        for (String surface : surfaces()) {
            String norm = org.frontline.text.NameKey.normalize(surface);
            String fold = org.frontline.text.NameKey.foldNormalized(norm);
            char first = Character.toLowerCase(surface.charAt(0));
            Predicate<String> sameInitial = n -> Character.toLowerCase(n.charAt(0)) == first;
            List<PlaceMatch> exact = gazetteer.lookup(surface, Set.of());
            assertThat(gazetteer.lookup(surface, norm, fold, Set.of(), null)).as(surface).isEqualTo(exact);
            List<PlaceMatch> all = gazetteer.lookup(surface);
            assertThat(all.subList(0, exact.size())).as(surface).isEqualTo(exact);
            assertThat(all.stream().map(m -> m.place().id()).distinct().count()).as(surface).isEqualTo(all.size());
            List<PlaceMatch> expected = all.stream().filter(m -> m.exact()
                    || TransliteratedCountries.ISO2.contains(m.place().country())).toList();
            assertThat(gazetteer.lookup(surface, norm, fold, TransliteratedCountries.ISO2, null)).as(surface)
                    .isEqualTo(expected);
            assertThat(gazetteer.lookup(surface, norm, fold, TransliteratedCountries.ISO2, sameInitial)).as(surface)
                    .isEqualTo(gazetteer.lookup(surface, TransliteratedCountries.ISO2, sameInitial));
            loose += expected.size() - exact.size();
        }
        assertThat(loose).as("loose matches in the reports' names").isGreaterThan(500);
    }

    private static Set<String> surfaces() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String r : REPORTS) {
            String text = read(r);
            for (int from = 0; from < text.length(); from++) { // every start, so that sub-runs are tried too
                Matcher m = CAPITALISED.matcher(text);
                boolean wordStart = from == 0 || !Character.isLetter(text.charAt(from - 1));
                if (Character.isUpperCase(text.charAt(from)) && wordStart && m.find(from) && m.start() == from) {
                    out.add(m.group());
                    out.add(m.group().split(" ")[0]);
                }
            }
        }
        return out;
    }
}
