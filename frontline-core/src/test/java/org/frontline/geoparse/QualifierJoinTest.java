package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.asWrittenAndUpperCased;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Qualifiers#joins} (speed round 15) tells a gap between two names that cannot join them from its chars
 * alone, and otherwise asks the pattern: over every gap between two capitalised words up to 300 chars apart in
 * French and English reports (upper-cased too) and over gaps made to join, it answers what the pattern answers.
 */
class QualifierJoinTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
        "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt"};

    @Test
    void answersEveryGapAsThePatternDoes() throws Exception {
        Field f = Qualifiers.class.getDeclaredField("JOIN");
        f.setAccessible(true);
        Pattern join = (Pattern) f.get(null);
        List<String> texts = new ArrayList<>(List.of("Tafas, Dar'a", "Tafas in Dar'a", "Basira town in Deir-ez-Zor",
                "Bule (Djugu, Ituri)", "Apa Agila (Ado LGA, Benue)", "Maarrat al-Numan in the southern countryside of "
                        + "Idlib", "Kafr Nabl, dans la campagne sud d’Idleb", "Palma in the north-eastern countryside "
                        + "of Cabo Delgado", "Saraqib, 12 km east of Idlib", "Hass. Idlib", "Khan Shaykhun de la "
                        + "province d'Idleb", "Tal Sultan\u00A0in Idlib", "X " + "a".repeat(120) + " Y"));
        texts.addAll(asWrittenAndUpperCased(REPORTS));
        int gaps = 0;
        int joined = 0;
        for (String text : texts) {
            List<int[]> words = new ArrayList<>();
            java.util.regex.Matcher w = Pattern.compile("\\p{Lu}[\\p{L}'’-]*").matcher(text);
            while (w.find()) {
                words.add(new int[] {w.start(), w.end()});
            }
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size() && words.get(j)[0] - words.get(i)[1] <= 300; j++) {
                    int from = words.get(i)[1];
                    int to = words.get(j)[0];
                    boolean expected = join.matcher(text.substring(from, to)).matches();
                    assertThat(Qualifiers.joins(text, from, to)).as("'%s'", text.substring(from, to))
                            .isEqualTo(expected);
                    gaps++;
                    joined += expected ? 1 : 0;
                }
            }
        }
        assertThat(gaps).isGreaterThan(20_000);
        assertThat(joined).isGreaterThan(50);
    }
}
