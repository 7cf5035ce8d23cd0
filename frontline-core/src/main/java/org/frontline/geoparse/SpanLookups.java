package org.frontline.geoparse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;

/**
 * The gazetteer's answers for the names of one document, each surface asked once: a report names its places again
 * (an eighth of the lookups of the ACLED notes and CASE snippets), a short name's loose matches are asked after its
 * exact ones, and every loose match's spelling was tested again for each. The answers depend on the surface alone
 * (and on whether loose matches are wanted), so a repeated one is the one the gazetteer gave. One per
 * {@link GazetteerGeoparser#geoparse} call; not thread-safe.
 */
final class SpanLookups {
    private final Gazetteer gazetteer;
    private final SecondLevelUnits provinces;
    private final BareNames bareNames;
    private final Map<String, CloseTo> close = new HashMap<>();
    private final Map<String, List<PlaceMatch>> exact = new HashMap<>();
    private final Map<String, List<PlaceMatch>> loose = new HashMap<>();

    /** @param bareNames the geoparser's memo of names made bare, shared by every surface's {@link CloseTo} */
    SpanLookups(Gazetteer gazetteer, SecondLevelUnits provinces, BareNames bareNames) {
        this.gazetteer = gazetteer;
        this.provinces = provinces;
        this.bareNames = bareNames;
    }

    /** The spelling test of {@code surface}, the same instance each time (it keeps the names it has tested). */
    CloseTo closeTo(String surface) {
        CloseTo test = close.get(surface);
        if (test == null) {
            test = new CloseTo(surface, bareNames);
            close.put(surface, test);
        }
        return test;
    }

    /** The exact matches of {@code surface} ({@link Gazetteer#lookup(String, Set)} with no loose country). */
    List<PlaceMatch> exact(String surface) {
        List<PlaceMatch> found = exact.get(surface);
        if (found == null) {
            found = gazetteer.lookup(surface, Set.of());
            exact.put(surface, found);
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
            found = gazetteer.lookup(surface, TransliteratedCountries.ISO2,
                    provinces.names(surface) ? null : closeTo(surface));
            loose.put(surface, found);
        }
        return found;
    }
}
