package org.frontline.geoparse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;

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

    /** @param bareNames the geoparser's memo of names made bare, shared by every surface's {@link CloseTo} */
    SpanLookups(Gazetteer gazetteer, SecondLevelUnits provinces, BareNames bareNames) {
        this.gazetteer = gazetteer;
        this.provinces = provinces;
        this.bareNames = bareNames;
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
