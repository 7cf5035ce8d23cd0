package org.frontline.geoparse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.NameKey;

/**
 * The gazetteer's answers for the names met, each surface asked once per geoparser: reports name the same places
 * again and again (in one pass over the 2,541 ACLED notes and 510 CASE snippets, 46% of the loose lookups and 61% of
 * the exact ones ask a surface an earlier lookup asked), a short name's loose matches are asked after its exact
 * ones, and every loose match's spelling was tested again for each. The answers depend on the surface alone (and on
 * whether loose matches are wanted), so a repeated one is the one the gazetteer gave. Past {@link #LIMIT} surfaces
 * an answer is given without being kept. Thread-safe: one per {@link GazetteerGeoparser}, shared by the documents
 * geoparsed at once (the gazetteer, {@link SecondLevelUnits} and {@link BareNames} are).
 */
final class SpanLookups {
    /** Surfaces kept at most in each memo (a few MB: a surface, its spelling test, its few matches). */
    static final int LIMIT = 20_000;
    private final Gazetteer gazetteer;
    private final SecondLevelUnits provinces;
    private final BareNames bareNames;
    private final Map<String, CloseTo> close = new ConcurrentHashMap<>();
    private final Map<String, List<PlaceMatch>> exact = new ConcurrentHashMap<>();
    private final Map<String, List<PlaceMatch>> loose = new ConcurrentHashMap<>();
    private final Map<String, Span> spans = new ConcurrentHashMap<>();

    /**
     * What the geoparser works out of one span of a capitalised run before and around its lookup, all of it fixed by
     * the span's text: its normalized key, its skeleton, its spelling test, the gazetteer's answers and the short
     * name's loose matches. One memo probe per span tried instead of a normalize, a fold and one probe per answer.
     * Thread-safe: an answer made twice by two threads at once is the same.
     */
    static final class Span {
        private final SpanLookups lookups;
        final String surface;
        /** {@link NameKey#normalize} of the surface. */
        final String norm;
        /** Letters of the surface's fold key, spaces aside (its consonant skeleton). */
        final int skeleton;
        private volatile CloseTo close;
        private volatile List<PlaceMatch> exact;
        private volatile List<PlaceMatch> loose;
        private volatile List<PlaceMatch> shortLoose;

        private Span(SpanLookups lookups, String surface) {
            this.lookups = lookups;
            this.surface = surface;
            this.norm = NameKey.normalize(surface);
            this.skeleton = NameKey.foldNormalized(norm).replace(" ", "").length();
        }

        CloseTo closeTo() {
            CloseTo c = close;
            if (c == null) {
                c = lookups.closeTo(surface);
                close = c;
            }
            return c;
        }

        /** {@link SpanLookups#exact} of the surface. */
        List<PlaceMatch> exact() {
            List<PlaceMatch> found = exact;
            if (found == null) {
                found = lookups.exact(surface);
                exact = found;
            }
            return found;
        }

        /** {@link SpanLookups#loose} of the surface. */
        List<PlaceMatch> loose() {
            List<PlaceMatch> found = loose;
            if (found == null) {
                found = lookups.loose(surface);
                loose = found;
            }
            return found;
        }

        /**
         * {@link ShortNames#loose} of the surface inside a sentence, made by {@code make} on first use: it reads the
         * span's loose answer alone there (the caller's contract).
         */
        List<PlaceMatch> shortLoose(Supplier<List<PlaceMatch>> make) {
            List<PlaceMatch> found = shortLoose;
            if (found == null) {
                found = make.get();
                shortLoose = found;
            }
            return found;
        }
    }

    /** @param bareNames the geoparser's memo of names made bare, shared by every surface's {@link CloseTo} */
    SpanLookups(Gazetteer gazetteer, SecondLevelUnits provinces, BareNames bareNames) {
        this.gazetteer = gazetteer;
        this.provinces = provinces;
        this.bareNames = bareNames;
    }

    /** The memo of span {@code surface} (a new one, not kept, once the memo is full). */
    Span span(String surface) {
        Span sp = spans.get(surface);
        if (sp == null) {
            sp = kept(spans, surface, new Span(this, surface));
        }
        return sp;
    }

    /**
     * The spelling test of {@code surface}, the same instance each time while the memo has room (it keeps the names
     * it has tested).
     */
    CloseTo closeTo(String surface) {
        CloseTo test = close.get(surface);
        if (test == null) {
            test = kept(close, surface, new CloseTo(surface, bareNames));
        }
        return test;
    }

    /** The exact matches of {@code surface} ({@link Gazetteer#lookup(String, Set)} with no loose country). */
    List<PlaceMatch> exact(String surface) {
        List<PlaceMatch> found = exact.get(surface);
        if (found == null) {
            found = kept(exact, surface, gazetteer.lookup(surface, Set.of()));
        }
        return found;
    }

    /**
     * The exact matches and the loose ones in the transliterated countries spelled close to {@code surface}; a
     * province's name gets its loose matches untested (its region, met loosely, keeps {@link SecondLevelUnits#with}
     * from adding it).
     */
    List<PlaceMatch> loose(String surface) {
        List<PlaceMatch> found = loose.get(surface);
        if (found == null) {
            found = kept(loose, surface, gazetteer.lookup(surface, TransliteratedCountries.ISO2,
                    provinces.names(surface) ? null : closeTo(surface)));
        }
        return found;
    }

    /** {@code value}, kept for {@code surface} while the memo has room (the one kept first when two threads race). */
    private static <V> V kept(Map<String, V> memo, String surface, V value) {
        if (memo.size() >= LIMIT) {
            return value;
        }
        V first = memo.putIfAbsent(surface, value);
        return first != null ? first : value;
    }
}
