package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanLookups} (speed rounds 15 and 17) gives, for every capitalised word and pair of words of French and
 * English reports, asked once or again, from one thread or two at once, what the gazetteer gives when asked anew:
 * exact matches, and loose ones spelled close to the surface (a province's name untested).
 */
class SpanLookupsTest {
    private static final KeyIndexGazetteer GAZETTEER = KeyIndexGazetteer.loadBundled();
    /** Two French and two English reports (PlaceResolverTest reads the same). */
    static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
        "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt"};

    @Test
    void answersEverySurfaceAsTheGazetteerAskedAnew() throws IOException {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        SpanLookups lookups = new SpanLookups(GAZETTEER, provinces, new BareNames());
        List<String> surfaces = surfaces();
        int loose = 0;
        for (int round = 0; round < 2; round++) {
            for (String s : surfaces) {
                assertAnsweredAsAnew(lookups, provinces, s);
                assertThat(lookups.closeTo(s)).isSameAs(lookups.closeTo(s));
                loose += lookups.loose(s).size() > lookups.exact(s).size() ? 1 : 0;
            }
        }
        assertThat(surfaces).hasSizeGreaterThan(150);
        assertThat(loose).isGreaterThan(20);
    }

    /**
     * Speed round 29g: the geoparser takes a one-word run's reach as the word itself without asking the gazetteer or
     * the provinces, whose reaches of one span are 0 whatever the span (and read none of its keys).
     */
    @Test
    void aOneWordRunReachesOnlyItsWord() throws IOException {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        java.util.function.IntFunction<String> unread = k -> {
            throw new AssertionError("span " + k + " read");
        };
        List<String> surfaces = surfaces();
        for (String s : surfaces) {
            java.util.function.IntFunction<String> one = k -> s;
            assertThat(GAZETTEER.reachClosed(1, one, unread, k -> {
                throw new AssertionError("closed asked");
            })).as(s).isZero();
            assertThat(GAZETTEER.reachClosed(1, one, k -> NameKey.normalize(s), k -> false)).as(s).isZero();
            assertThat(provinces.reach(1, unread)).as(s).isZero();
        }
        assertThat(GAZETTEER.reachClosed(2, k -> k == 0 ? "Aleppo" : "Aleppo city",
                k -> k == 0 ? "aleppo" : "aleppo city", k -> false)).as("a longer run is asked").isEqualTo(1);
        assertThat(surfaces).hasSizeGreaterThan(150);
    }

    @Test
    void twoThreadsSharingTheMemoGetWhatTheGazetteerGives() throws Exception {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        SpanLookups lookups = new SpanLookups(GAZETTEER, provinces, new BareNames());
        List<String> surfaces = surfaces();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<String> order = new ArrayList<>(surfaces);
                if (t == 1) {
                    Collections.reverse(order);
                }
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        order.forEach(s -> assertAnsweredAsAnew(lookups, provinces, s));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFullMemoStillAnswersWithoutKeeping() throws IOException {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        SpanLookups lookups = new SpanLookups(GAZETTEER, provinces, new BareNames());
        for (int i = 0; i < SpanLookups.LIMIT; i++) {
            lookups.exact("Nowhere" + i);
        }
        for (String s : surfaces()) {
            assertThat(lookups.exact(s)).as(s).isEqualTo(GAZETTEER.lookup(s, Set.of()));
        }
        assertThat(lookups.exact("Idleb")).isNotEmpty();
    }

    /** Speed round 17: a span's memo holds its keys, its answers and its short-name matches as made anew. */
    @Test
    void aSpansMemoHoldsWhatItsTextGivesAnew() throws IOException {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        SpanLookups lookups = new SpanLookups(GAZETTEER, provinces, new BareNames());
        int shorts = 0;
        for (int round = 0; round < 2; round++) {
            for (String s : surfaces()) {
                SpanLookups.Span span = lookups.span(s);
                assertThat(lookups.span(s)).isSameAs(span);
                assertThat(span.norm).isEqualTo(NameKey.normalize(s));
                assertThat(span.skeleton()).as(s).isEqualTo(NameKey.fold(s).replace(" ", "").length());
                assertThat(span.closeTo()).isSameAs(lookups.closeTo(s));
                assertThat(span.exact()).as(s).isEqualTo(GAZETTEER.lookup(s, Set.of()));
                assertThat(span.loose()).as(s).isEqualTo(GAZETTEER.lookup(s, TransliteratedCountries.ISO2,
                        provinces.names(s) ? null : new CloseTo(s)));
                if (span.skeleton() == ShortNames.MIN_SKELETON - 1) {
                    List<PlaceMatch> anew = ShortNames.loose(GAZETTEER.lookup(s, TransliteratedCountries.ISO2,
                            provinces.names(s) ? null : new CloseTo(s)), s, span.skeleton(), false, new CloseTo(s));
                    assertThat(span.shortLoose(() -> ShortNames.loose(span.loose(), s, span.skeleton(), false,
                            span.closeTo()))).as(s).isEqualTo(anew);
                    shorts += anew.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(shorts).isGreaterThan(0);
    }

    /**
     * Speed round 28g: a span's answers filtered by {@link MatchFilter#keep} are kept with it, and read as the filter
     * run anew; the exact answer, exact matches only, is filtered alike at a sentence's start and inside it (one
     * result serves both); another list is filtered each time.
     */
    @Test
    void aSpansKeptMatchesAreWhatTheFilterGivesAnew() throws IOException {
        SecondLevelUnits provinces = new SecondLevelUnits(GAZETTEER);
        SpanLookups lookups = new SpanLookups(GAZETTEER, provinces, new BareNames());
        int dropped = 0;
        int kept = 0;
        for (int round = 0; round < 2; round++) {
            for (String s : surfaces()) {
                SpanLookups.Span span = lookups.span(s);
                for (boolean initial : new boolean[] {false, true}) {
                    List<PlaceMatch> exact = span.exact();
                    List<PlaceMatch> anew = MatchFilter.keep(exact, s, span.skeleton(), initial, new CloseTo(s));
                    assertThat(span.kept(exact, initial)).as(s).isEqualTo(anew)
                            .isEqualTo(MatchFilter.keep(exact, s, span.skeleton(), !initial, new CloseTo(s)))
                            .isSameAs(span.kept(exact, !initial));
                    List<PlaceMatch> loose = span.loose();
                    anew = MatchFilter.keep(loose, s, span.skeleton(), initial, new CloseTo(s));
                    assertThat(span.kept(loose, initial)).as(s).isEqualTo(anew);
                    List<PlaceMatch> other = new ArrayList<>(loose);
                    assertThat(span.kept(other, initial)).as(s).isEqualTo(anew);
                    if (!anew.isEmpty()) {
                        assertThat(span.kept(other, initial)).isNotSameAs(span.kept(other, initial));
                    }
                    dropped += anew.size() < loose.size() ? 1 : 0;
                    kept += anew.isEmpty() ? 0 : 1;
                }
                assertThat(span.kept(span.loose(), false)).isSameAs(span.kept(span.loose(), false));
                if (!span.loose().isEmpty()) {
                    assertThat(span.kept(span.loose(), false)).isUnmodifiable();
                }
            }
        }
        assertThat(dropped).isGreaterThan(10);
        assertThat(kept).isGreaterThan(50);
    }

    private static void assertAnsweredAsAnew(SpanLookups lookups, SecondLevelUnits provinces, String s) {
        assertThat(lookups.exact(s)).as(s).isEqualTo(GAZETTEER.lookup(s, Set.of()));
        assertThat(lookups.loose(s)).as(s).isEqualTo(GAZETTEER.lookup(s, TransliteratedCountries.ISO2,
                provinces.names(s) ? null : new CloseTo(s)));
    }

    private static List<String> surfaces() throws IOException {
        List<String> surfaces = new ArrayList<>(List.of("Davao del Sur", "Nueva Ecija", "Idleb", "Khanacer",
                "Ruwaiha", "Taara", "Sahwa"));
        surfaces.addAll(capitalisedSurfaces(REPORTS));
        return surfaces;
    }

    /** Every capitalised word of the reports, and each such word with the word after it, in text order. */
    static List<String> capitalisedSurfaces(String... reports) throws IOException {
        List<String> surfaces = new ArrayList<>();
        for (String report : reports) {
            String[] words = read(report).split("[^\\p{L}'-]+");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                    surfaces.add(words[i]);
                    if (i + 1 < words.length) {
                        surfaces.add(words[i] + " " + words[i + 1]);
                    }
                }
            }
        }
        return surfaces;
    }
}
