package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.Bundled;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/** The word-prefix filter never says no to a real prefix, and the reach it gives cuts no span that would match. */
class WordPrefixesTest {
    private static final String[] REPORTS = TestTexts.eightReports();
    private static final int MAX_WORDS = 6;

    @Test
    void saysEveryWholeWordPrefixOfAKeyMayBeginOneAndAlmostNothingElse() {
        PlaceColumns.Utf8Arena keys = new PlaceColumns.Utf8Arena();
        List.of("tall ad daman", "abu al duhur", "idlib", "maarat al numan", "deir ez zor").forEach(keys::add);
        WordPrefixes prefixes = WordPrefixes.of(keys);
        for (String p : List.of("tall", "tall ad", "abu", "abu al", "maarat", "maarat al", "deir", "deir ez")) {
            assertThat(prefixes.mayBegin(p)).as(p).isTrue();
        }
        int yes = 0;
        List<String> others = List.of("idlib", "tall ad daman", "abu al duhur", "tal", "abu a", "deir ez zor",
                "khanasir", "alep", "saraqib", "jarjanaz", "aleppo", "hama", "homs", "damascus", "raqqa", "daraa");
        for (String s : others) {
            yes += prefixes.mayBegin(s) ? 1 : 0;
        }
        assertThat(yes).isLessThanOrEqualTo(1); // a Bloom filter may say yes by chance, rarely
    }

    @Test
    void cutsNoSpanOfRealReportsThatTheGazetteerWouldMatch() throws IOException {
        KeyIndexGazetteer g = Bundled.gazetteer();
        int spans = 0;
        int cut = 0;
        for (String report : REPORTS) {
            String text = read(report);
            List<int[]> words = new ArrayList<>();
            Matcher m = Pattern.compile("[\\p{L}\\p{N}'’-]+").matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            for (int a = 0; a < words.size(); a++) {
                int count = Math.min(MAX_WORDS, words.size() - a);
                int first = a;
                java.util.function.IntFunction<String> run =
                        k -> text.substring(words.get(first)[0], words.get(first + k)[1]);
                int reach = g.reach(count, run);
                assertThat(reach).isBetween(0, count - 1);
                // the caller's keys (a geoparser's spans keep them) reach as far as the surfaces (speed round 19g)
                assertThat(g.reach(count, run, k -> org.frontline.text.NameKey.normalize(run.apply(k)),
                        k -> org.frontline.text.NameKey.fold(run.apply(k)))).isEqualTo(reach);
                // and so does the closed test each surface's caller keeps (speed round 28g)
                assertThat(g.reachClosed(count, run, k -> org.frontline.text.NameKey.normalize(run.apply(k)),
                        k -> g.closed(org.frontline.text.NameKey.normalize(run.apply(k)),
                                org.frontline.text.NameKey.fold(run.apply(k))))).isEqualTo(reach);
                for (int k = reach + 1; k < count; k++) {
                    String surface = text.substring(words.get(a)[0], words.get(a + k)[1]);
                    assertThat(g.lookup(surface)).as(surface).isEmpty();
                    cut++;
                }
                spans += count;
            }
        }
        assertThat(spans).isGreaterThan(4_000);
        assertThat(cut).isGreaterThan(spans / 2); // most spans of running text begin no place name
    }

    @Test
    void keepsWholeRunsThatNameAPlaceOrHoldArabicScript() {
        KeyIndexGazetteer g = Bundled.gazetteer();
        List<String> deir = List.of("Deir", "Deir ez", "Deir ez-Zor");
        assertThat(g.reach(3, deir::get)).isEqualTo(2);
        List<String> abu = List.of("Abou", "Abou Douhour", "Abou Douhour hier");
        assertThat(g.reach(3, abu::get)).isGreaterThanOrEqualTo(1);
        List<String> arabic = List.of("Xqzt", "Xqzt Wvvb", "Xqzt Wvvb حلب");
        assertThat(g.reach(3, arabic::get)).isEqualTo(2);
        List<String> nothing = List.of("Xqzt", "Xqzt Wvvb", "Xqzt Wvvb Zzq");
        assertThat(g.reach(3, nothing::get)).isLessThan(2);
    }

    @Test
    void closedOnlyWhereNoKeyCanGrowAndTheReachFollowsTheCallersAnswers() {
        KeyIndexGazetteer g = Bundled.gazetteer();
        assertThat(g.closed("deir", org.frontline.text.NameKey.fold("Deir"))).isFalse(); // "deir ez zor" begins with it
        assertThat(g.closed("deir ez", org.frontline.text.NameKey.fold("Deir ez"))).isFalse();
        assertThat(g.closed("xqzt wvvb", org.frontline.text.NameKey.fold("Xqzt Wvvb"))).isTrue();
        assertThat(g.closed("", "")).isFalse();
        // a caller's answers drive the reach: closed nowhere keeps the whole run, closed at once cuts after a word
        List<String> nothing = List.of("Xqzt", "Xqzt Wvvb", "Xqzt Wvvb Zzq");
        IntFunction<String> norm = k -> org.frontline.text.NameKey.normalize(nothing.get(k));
        assertThat(g.reachClosed(3, nothing::get, norm, k -> false)).isEqualTo(2);
        assertThat(g.reachClosed(3, nothing::get, norm, k -> true)).isEqualTo(0);
        assertThat(g.reachClosed(3, nothing::get, norm, k -> k == 1)).isEqualTo(1);
    }
}
