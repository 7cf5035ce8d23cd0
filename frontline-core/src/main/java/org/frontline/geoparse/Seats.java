package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;

/**
 * The town a unit is named after: "Ar-Raqqa city", "Ain al Arab city", "la ville de Deir ez-Zor" name the seat, not
 * the governorate or district the gazetteer knows under that spelling (the town's own spelling, "Ar Raqqah", folds
 * too short to be matched loosely).
 */
final class Seats {
    private Seats() {
    }

    /** {@code unit}'s seat: a town inside it known by one of the unit's names, the highest-ranking seat first. */
    static Place of(Place unit, Gazetteer gazetteer) {
        List<String> names = new ArrayList<>();
        names.add(unit.name());
        names.addAll(unit.names());
        Place best = null;
        for (String n : names) {
            for (PlaceMatch m : gazetteer.lookup(n)) {
                Place p = m.place();
                if (m.exact() && "P".equals(p.featureClass()) && p.country() != null
                        && p.country().equals(unit.country()) && p.admin1() != null
                        && p.admin1().equals(unit.admin1()) && (best == null || rank(p) < rank(best))) {
                    best = p;
                }
            }
        }
        return best == null ? unit : best;
    }

    private static int rank(Place p) {
        return switch (p.featureCode() == null ? "" : p.featureCode()) {
            case "PPLC" -> 0;
            case "PPLA" -> 1;
            case "PPLA2" -> 2;
            case "PPLA3" -> 3;
            default -> 4;
        };
    }
}
