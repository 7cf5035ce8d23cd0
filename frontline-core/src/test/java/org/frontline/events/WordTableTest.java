package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A span's id is the id its string has in the map the table was made from, on real French and English words. */
class WordTableTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-22-enab-saraqib-fr.txt", "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt"};

    @Test
    void findsEverySpanAsItsStringAndNoSpanWhoseStringIsAbsent() throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        int every = 0;
        for (String report : REPORTS) {
            for (String w : SubEventFeatures.words(read(report))) {
                if (every++ % 3 == 0) { // a third of the words in the table, the rest asked about and absent
                    ids.putIfAbsent(w, ids.size());
                }
            }
        }
        WordTable table = new WordTable(ids);
        int[] hits = {0, 0};
        for (String report : REPORTS) {
            String text = read(report);
            for (String lower : new String[] {text.toLowerCase(Locale.ROOT), "«" + text + "»"}) {
                SubEventFeatures.spans(lower, (l, start, end, digits) -> {
                    String w = l.substring(start, end);
                    assertThat(table.get(l, start, end, -7)).as(w).isEqualTo(ids.getOrDefault(w, -7));
                    hits[ids.containsKey(w) ? 0 : 1]++;
                });
            }
        }
        assertThat(hits[0]).isGreaterThan(500);
        assertThat(hits[1]).isGreaterThan(100);
    }

    @Test
    void tellsApartWordsThatArePrefixesOfEachOtherOrShareAHash() {
        // "Aa" and "BB" have the same String.hashCode
        WordTable table = new WordTable(Map.of("frappe", 1, "frappes", 2, "Aa", 3, "BB", 4));
        String text = "les frappes frappe frap Aa BB AaBB";
        assertThat(table.get(text, 4, 11, -1)).isEqualTo(2);
        assertThat(table.get(text, 4, 10, -1)).isEqualTo(1);
        assertThat(table.get(text, 12, 18, -1)).isEqualTo(1);
        assertThat(table.get(text, 19, 23, -1)).isEqualTo(-1);
        assertThat(table.get(text, 24, 26, -1)).isEqualTo(3);
        assertThat(table.get(text, 27, 29, -1)).isEqualTo(4);
        assertThat(table.get(text, 30, 34, -1)).isEqualTo(-1);
        assertThat(new WordTable(Map.of()).get(text, 0, 3, -1)).isEqualTo(-1);
    }

    @Test
    void keepsBesideEachWordTheValueMadeFromItsId() {
        // two words share id 5 (as the months share "<month>"'s): they share its value too; "Aa", "BB" and
        // "fréquemment" are not packed, "abcdefghijklm" has one letter too many to be
        WordTable table = new WordTable(Map.of("shelling", 5, "shelled", 5, "protest", 8, "Aa", 3, "BB", 4,
                "fréquemment", 6, "abcdefghijklm", 7, "abcdefghijkl", 9), id -> id * 100 + 1);
        String text = "shelling shelled protest protests Aa BB fréquemment abcdefghijklm abcdefghijkl abcdefghijk";
        int[][] spans = {{0, 8}, {9, 16}, {17, 24}, {25, 33}, {34, 36}, {37, 39}, {40, 51}, {52, 65}, {66, 78},
            {79, 90}};
        int[] ids = {5, 5, 8, -1, 3, 4, 6, 7, 9, -1};
        for (int i = 0; i < spans.length; i++) {
            long found = table.lookup(text, spans[i][0], spans[i][1]);
            if (ids[i] < 0) {
                assertThat(found).isEqualTo(-1L);
            } else {
                assertThat((int) (found >> 32)).isEqualTo(ids[i]);
                assertThat((int) found).isEqualTo(ids[i] * 100 + 1);
            }
        }
    }

    @Test
    void findsAPackedWordByItsPackingAsByItsSpan() {
        WordTable table = new WordTable(Map.of("shelling", 5, "shelled", 5, "protest", 8, "abcdefghijkl", 9,
                "fréquemment", 6), id -> id * 100 + 1);
        String text = "shelling shelled protest protests abcdefghijkl";
        int[][] spans = {{0, 8}, {9, 16}, {17, 24}, {25, 33}, {34, 46}};
        for (int[] span : spans) {
            long key = WordTable.pack(text, span[0], span[1]);
            assertThat(key).isNotZero();
            assertThat(table.lookupPacked(key)).as(text.substring(span[0], span[1]))
                    .isEqualTo(table.lookup(text, span[0], span[1]));
        }
        assertThat(table.lookupPacked(WordTable.pack(text, 25, 33))).isEqualTo(-1L); // "protests": absent
        assertThat((int) (table.lookupPacked(WordTable.pack(text, 17, 24)) >> 32)).isEqualTo(8);
        assertThat(new WordTable(Map.of()).lookupPacked(WordTable.pack(text, 0, 8))).isEqualTo(-1L);
    }

    @Test
    void packsOnlyWordsOfAtMostTwelveLettersAToZEachPackingItsOwn() {
        assertThat(WordTable.pack("abc", 0, 3)).isEqualTo((1L << 10) | (2L << 5) | 3L);
        assertThat(WordTable.pack("zzzzzzzzzzzz", 0, 12)).isPositive().isLessThan(1L << 60); // twelve letters fit
        assertThat(WordTable.pack("abcdefghijklm", 0, 13)).isZero();
        assertThat(WordTable.pack("killé", 0, 5)).isZero();
        assertThat(WordTable.pack("Killed", 0, 6)).isZero();
        assertThat(WordTable.pack("a-b", 0, 3)).isZero();
        assertThat(WordTable.pack("x", 0, 0)).isZero();
        // "a" then "ab" and "ba": no packing is another's (no letter packs to 0, so lengths differ in value)
        assertThat(WordTable.pack("a", 0, 1)).isNotEqualTo(WordTable.pack("aa", 0, 2));
        assertThat(WordTable.pack("ab", 0, 2)).isNotEqualTo(WordTable.pack("ba", 0, 2));
    }
}
