package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.junit.jupiter.api.Test;

/**
 * {@link BareNames} (speed round 16) gives every gazetteer name the loose lookups of a French and an English report
 * meet the bare form {@link Spelling#bare} makes, asked once or again, and a {@link CloseTo} reading names through it
 * accepts exactly the names one making them bare itself accepts.
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
}
