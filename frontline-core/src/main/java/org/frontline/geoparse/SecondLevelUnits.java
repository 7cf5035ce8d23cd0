package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.text.NameKey;

/**
 * "Zaragoza, Nueva Ecija", "Bindoy, Negros Oriental": provinces that reports name after a town, where ACLED's and
 * GeoNames' first-level unit is the region above them ({@value #RESOURCE}). The gazetteer knows no place of that
 * name, so the province word went abroad ("Oriental" to Morocco) and the town to a namesake in another region.
 * Read as an exact match of its region's unit, a province qualifies the town before it ({@link VillageTrust}) and
 * votes for its country ({@link CountryVote}); named alone, it stands at its seat (geo_precision 3). One hash
 * lookup per name the geoparser tries: no scan of the text.
 */
final class SecondLevelUnits {
    static final String RESOURCE = "second-level-units.tsv";

    /** A province: the first-level unit it lies in and the town that stands for it (null: the unit's place). */
    private record Unit(Place region, Place seat) {
    }

    private final Map<String, Unit> byName = new HashMap<>();
    /** The most words a province's name has ("Davao del Sur"): how far {@link #reach} looks. */
    private int longest = 1;

    SecondLevelUnits(Gazetteer gazetteer) {
        for (String line : ResourceLines.of(SecondLevelUnits.class, RESOURCE)) {
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f.length > 3 || f[0].indexOf('.') != 2 || f[1].isBlank()) {
                throw new FrontlineException(RESOURCE + ": expected 'CC.admin1-code<TAB>name|name…<TAB>seat', got '"
                        + line + "'");
            }
            // a gazetteer without the unit (an imported one) simply never reads the names
            gazetteer.byId("admin1:" + f[0]).ifPresent(region -> {
                Unit unit = new Unit(region, f.length == 3 ? seat(gazetteer, region, f[2].strip()) : null);
                for (String name : f[1].split("\\|")) {
                    byName.put(NameKey.normalize(name.strip()), unit);
                    longest = Math.max(longest, name.strip().split("\\s+").length);
                }
            });
        }
    }

    /**
     * The last i below {@code count} for which the run's first i + 1 words ({@code norm.apply(i)}: their
     * {@link NameKey#normalize}d text) are a province's name, 0 when none: the gazetteer does not know "Agusan del
     * Sur", so its reach would cut the run before the province is tried
     * ({@link org.frontline.gazetteer.Gazetteer#reach}).
     */
    int reach(int count, java.util.function.IntFunction<String> norm) {
        for (int i = Math.min(count, longest) - 1; i > 0; i--) {
            if (byName.containsKey(norm.apply(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Whether {@code surface} is one of the provinces' names ({@link #with} may add its region). */
    boolean names(String surface) {
        return byName.containsKey(NameKey.normalize(surface));
    }

    /** The most populous town of that name inside the region: the gazetteer may hold a village namesake too. */
    private static Place seat(Gazetteer gazetteer, Place region, String name) {
        return name.isEmpty() ? null : gazetteer.lookup(name).stream().filter(PlaceMatch::exact)
                .map(PlaceMatch::place).filter(p -> "P".equals(p.featureClass())
                        && Objects.equals(p.country(), region.country()) && Objects.equals(p.admin1(), region.admin1()))
                .max(Comparator.comparingLong(Place::population)).orElse(null);
    }

    /**
     * {@code matches}, plus the region {@code surface} names as one of its provinces. Where the name is also a
     * city's of the same country in another region ("Quezon" is Quezon City's short name, "Cotabato" a city of
     * Bangsamoro) or a place's abroad ("La Union" in El Salvador, "Aurora" in Illinois), the province is only read
     * where the text names a unit: after a town and a comma or a parenthesis, or with "province" ({@code
     * namedAsUnit}); elsewhere it would pull a report from Mexico towards the Philippines.
     *
     * @param norm {@code surface} {@link NameKey#normalize normalized}: the caller has it already
     */
    List<PlaceMatch> with(String surface, String norm, List<PlaceMatch> matches, BooleanSupplier namedAsUnit) {
        Unit unit = byName.get(norm);
        if (unit == null || matches.stream().anyMatch(m -> m.place() == unit.region())
                || matches.stream().anyMatch(m -> m.exact() && elsewhere(m.place(), unit.region()))
                && !namedAsUnit.getAsBoolean()) {
            return matches;
        }
        List<PlaceMatch> out = new ArrayList<>(matches.size() + 1);
        out.addAll(matches);
        out.add(new PlaceMatch(unit.region(), true, surface));
        return out;
    }

    private static boolean elsewhere(Place p, Place region) {
        return !Objects.equals(p.country(), region.country())
                || PlaceResolver.city(p) && !Objects.equals(p.admin1(), region.admin1());
    }

    /** The seat standing for a province named alone, or null when {@code m} is no province's match or has none. */
    Place seatOf(PlaceMatch m) {
        return named(m) ? byName.get(NameKey.normalize(m.matchedName())).seat() : null;
    }

    /** Whether {@code m} is a region met by one of its provinces' names. */
    boolean named(PlaceMatch m) {
        Unit unit = m.place().adminLevel() == 1 ? byName.get(NameKey.normalize(m.matchedName())) : null;
        return unit != null && unit.region() == m.place();
    }

    /** Whether the name starting at {@code start} follows a comma or an opening parenthesis: "Matalam, Cotabato". */
    static boolean afterTown(String body, int start) {
        int before = start - 1;
        while (before >= 0 && body.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && (body.charAt(before) == ',' || body.charAt(before) == '(');
    }
}
