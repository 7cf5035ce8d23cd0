package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;

/**
 * A name shared by a first-level unit and its seat ("Idleb", "Marib", "Taizz") is read as the town unless the
 * document places something more precise inside the unit: "a joint patrol on the M4 highway in Idleb along Nayrab"
 * is in the governorate of Idleb, at Nayrab, not in Idlib city. ACLED's notes name the governorate after the place
 * that way, and the event is then located at the place.
 */
final class SeatOrUnit {
    /** How sure the more precise place must be to turn the seat into its unit. */
    private static final double FIRM = 0.5;

    private SeatOrUnit() {
    }

    /**
     * {@code mentions} with each seat that {@code units} maps to its unit's entry replaced by the unit (geo_precision
     * 3) when another firm mention lies inside that unit and is no seat or unit itself. A seat a place is said to be
     * near or north of ("Ain Issa, north of Raqqa") stays the town.
     */
    static List<PlaceMention> read(List<PlaceMention> mentions, Map<PlaceMention, Place> units) {
        if (units.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place unit = units.get(m);
            if (unit != null && m.relation() != PlaceMention.Relation.NEAR
                    && mentions.stream().anyMatch(n -> n != m && inside(n, unit))) {
                out.add(new PlaceMention(m.text(), m.start(), m.end(), m.confidence(), unit, m.direction(),
                        m.relation(), 3));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean inside(PlaceMention n, Place unit) {
        Place p = n.place();
        String code = p == null || p.featureCode() == null ? "" : p.featureCode();
        return p != null && n.confidence() >= FIRM && !p.isAdmin() && !p.isCountry() && !code.equals("PPLA")
                && !code.equals("PPLC") && unit.country().equals(p.country()) && unit.admin1().equals(p.admin1());
    }

    /** The first-level unit {@code seat}'s name also names exactly, among its candidates; null when none. */
    static Place unitNamedLike(Place seat, List<PlaceMatch> matches, SpatialCue cue) {
        if (cue.wantTown() || !"PPLA".equals(seat.featureCode()) || seat.admin1() == null) {
            return null;
        }
        for (PlaceMatch c : matches) {
            Place p = c.place();
            if (c.exact() && p.adminLevel() == 1 && seat.country().equals(p.country())
                    && seat.admin1().equals(p.admin1())) {
                return p;
            }
        }
        return null;
    }
}
