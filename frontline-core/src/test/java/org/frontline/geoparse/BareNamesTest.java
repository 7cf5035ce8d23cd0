package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.gazetteer.FormedNamePredicate;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.junit.jupiter.api.Test;

/**
 * {@link BareNames} (speed round 16) gives every gazetteer name the loose lookups of a French and an English report
 * meet the bare form {@link Spelling#bare} makes, asked once or again, and a {@link CloseTo} reading names through it
 * accepts exactly the names one making them bare itself accepts; the gazetteer keeps each loose posting's bare form
 * (speed round 20g) and finds the same matches as with a test making every name bare itself.
 */
class BareNamesTest {
    private static final KeyIndexGazetteer GAZETTEER = KeyIndexGazetteer.loadBundled();
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};

    @Test
    void makesEveryLooseNameBareAsSpellingDoesAndClosenessIsUnchanged() throws IOException {
        BareNames bareNames = new BareNames();
        Set<String> names = new HashSet<>();
        int close = 0;
        for (String report : REPORTS) {
            String[] words = read(report).split("[^\\p{L}'-]+");
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                    continue;
                }
                for (String s : i + 1 < words.length ? new String[] {words[i], words[i] + " " + words[i + 1]}
                        : new String[] {words[i]}) {
                    CloseTo plain = new CloseTo(s);
                    CloseTo memo = new CloseTo(s, bareNames);
                    for (PlaceMatch m : GAZETTEER.lookup(s, TransliteratedCountries.ISO2)) {
                        String name = m.matchedName();
                        names.add(name);
                        assertThat(bareNames.apply(name)).as(name).isEqualTo(Spelling.bare(name));
                        assertThat(memo.test(name)).as(s + " / " + name).isEqualTo(plain.test(name));
                        close += memo.test(name) ? 1 : 0;
                    }
                }
            }
        }
        for (String name : names) {
            assertThat(bareNames.apply(name)).as(name).isEqualTo(Spelling.bare(name));
        }
        assertThat(names).hasSizeGreaterThan(200);
        assertThat(close).isGreaterThan(20);
    }

    @Test
    void keptBareFormsFindTheSameLooseMatchesAndAreEachMadeOnce() throws IOException {
        BareNames bareNames = new BareNames();
        AtomicInteger formsMade = new AtomicInteger();
        List<String> surfaces = new ArrayList<>();
        for (String report : REPORTS) {
            for (String w : read(report).split("[^\\p{L}'-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    surfaces.add(w);
                }
            }
        }
        int loose = 0;
        int firstRound = 0;
        for (int round = 0; round < 2; round++) {
            for (String s : surfaces) {
                CloseTo kept = new CloseTo(s, bareNames);
                FormedNamePredicate counted = new FormedNamePredicate() {
                    @Override
                    public String form(String name) {
                        formsMade.incrementAndGet();
                        return kept.form(name);
                    }

                    @Override
                    public boolean test(String name, String form) {
                        assertThat(form).as(name).isEqualTo(Spelling.bare(name));
                        return kept.test(name, form);
                    }
                };
                CloseTo plain = new CloseTo(s);
                List<PlaceMatch> withForms = GAZETTEER.lookup(s, TransliteratedCountries.ISO2, counted);
                // a lambda is no FormedNamePredicate: every name made bare by the test itself, as before
                List<PlaceMatch> without = GAZETTEER.lookup(s, TransliteratedCountries.ISO2, n -> plain.test(n));
                assertThat(withForms).as(s).isEqualTo(without);
                loose += (int) withForms.stream().filter(m -> !m.exact()).count();
            }
            if (round == 0) {
                firstRound = formsMade.get();
            }
        }
        assertThat(loose).isGreaterThan(20);
        assertThat(firstRound).isGreaterThan(100);
        assertThat(formsMade.get()).as("no form made again in the second round").isEqualTo(firstRound);
    }
}
