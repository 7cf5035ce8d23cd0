package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.Test;

class SpellingTest {
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "a", "ad", "adh", "ag", "ar", "as",
            "ash", "at", "ath", "az", "an", "ed", "edh", "en", "er", "es", "esh", "ech", "et", "eth", "ez");

    /**
     * Speed round 15: the table counts half edits in ints and a one-word name is made bare without a copy; every
     * distance (whole, and where it stops early) and every bare name is what the doubles and the split gave, over
     * the capitalised words of a French and an English report against the names of Syrian places in the gazetteer.
     */
    @Test
    void halfEditsInIntsGiveTheDistancesTheDoublesGave() throws IOException {
        Set<String> surfaces = new LinkedHashSet<>(List.of("Deir Ezzor", "Maaret al-Noomane", "al", "", "Ash Sham"));
        for (String report : List.of("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt")) {
            for (String w : read(report).split("[^\\p{L}'-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    surfaces.add(w);
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Place p : KeyIndexGazetteer.loadBundled().places()) {
            if ("SY".equals(p.country()) && names.size() < 3000) {
                names.add(p.name());
                names.addAll(p.names());
            }
        }
        int close = 0;
        for (String name : names) {
            String y = Spelling.bare(name);
            assertThat(y).as(name).isEqualTo(splitBare(name));
            for (String surface : surfaces) {
                String x = Spelling.bare(surface);
                int longest = Math.max(x.length(), y.length());
                assertThat(Spelling.distance(x, y)).as("%s / %s", x, y).isEqualTo(doubleDistance(x, y, 0));
                assertThat(Spelling.distance(x, y, longest)).as("%s / %s", x, y)
                        .isEqualTo(doubleDistance(x, y, longest));
                close += Spelling.bareClose(x, name) ? 1 : 0;
            }
        }
        assertThat(surfaces.size() * names.size()).isGreaterThan(100_000);
        assertThat(close).isGreaterThan(100);
    }

    /** {@link Spelling#bare} as it was: the normalized name split at spaces, articles dropped. */
    private static String splitBare(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : NameKey.normalize(name).split(" ")) {
            if (!ARTICLES.contains(w)) {
                out.append(w);
            }
        }
        return out.toString();
    }

    /** The table as it was, in doubles. */
    private static double doubleDistance(String a, String b, int longest) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char x = a.charAt(i - 1);
            cur[0] = prev[0] + indel(x);
            double least = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : Spelling.isVowel(x) && Spelling.isVowel(y) ? 0.5 : 1;
                cur[j] = Math.min(prev[j - 1] + sub, Math.min(prev[j] + indel(x), cur[j - 1] + indel(y)));
                least = Math.min(least, cur[j]);
            }
            if (longest > 0 && least / longest > Spelling.MAX_DISTANCE) {
                return least;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static double indel(char c) {
        return Spelling.isVowel(c) || c == 'h' ? 0.5 : 1;
    }


    @Test
    void transliterationsOfOneNameAreClose() {
        assertThat(Spelling.close("Idleb", "Idlib")).isTrue();
        assertThat(Spelling.close("Khanacer", "Khanasir")).isTrue();
        assertThat(Spelling.close("Basira", "Al Busayrah")).isTrue();
        assertThat(Spelling.close("Nassriya", "Nasiriyah")).isTrue();
        assertThat(Spelling.close("Deir Ezzor", "Dayr az Zawr")).isTrue();
        assertThat(Spelling.close("Maaret al-Noomane", "Ma'arrat an-Nu'man")).isTrue();
    }

    @Test
    void wordsThatOnlyShareAConsonantSkeletonAreNot() {
        assertThat(Spelling.close("Party", "Al Buwayrat")).isFalse();
        assertThat(Spelling.close("Camp", "Al Kamb")).isFalse();
        assertThat(Spelling.close("Affairs", "Aftris")).isFalse();
        assertThat(Spelling.close("Nukhayb", "An Naqib")).isFalse();
    }

    @Test
    void countsAsVowelsExactlyTheLettersAeiouywAndNoOtherChar() {
        StringBuilder vowels = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Spelling.isVowel(c)) {
                vowels.append(c);
            }
        }
        assertThat(vowels).hasToString("aeiouwy");
    }
}
