package org.frontline.geoparse;

import java.util.List;
import java.util.Set;
import org.frontline.text.Token;

/**
 * What the words around a place name say about it: "province sud-est d'Alep" asks for the governorate with a
 * direction inside it; "à l'ouest de Khanacer" / "north of Tafas" / "near X" put the event near the place.
 *
 * @param wantAdmin1 the words name a first-level unit (province, governorate, muhafazat, countryside)
 * @param relation   INSIDE, NEAR, or null for the place itself
 * @param direction  English compass direction, nullable
 * @param wantTown   the words name a town ("Ar-Raqqa city", "the town of X", "la ville de X"): not the unit of
 *                   the same name
 */
record SpatialCue(boolean wantAdmin1, PlaceMention.Relation relation, String direction, boolean wantTown) {
    private static final Set<String> ADMIN_WORDS = Set.of("province", "provinces", "gouvernorat", "gouvernorats",
            "governorate", "governorates", "muhafazat", "muhafaza", "mohafazat", "wilaya", "état", "etat", "oblast",
            "oblasts");
    private static final Set<String> PLURAL_UNITS = Set.of("governorates", "provinces", "gouvernorats", "states",
            "regions", "régions", "oblasts");
    /** Designators after a name that make it a first-level unit: "Trujillo state", "Donetsk oblast". */
    private static final Set<String> ADMIN_AFTER = Set.of("province", "governorate", "gouvernorat", "countryside",
            "state", "department", "oblast", "wilaya", "prefecture");
    private static final Set<String> LINKS = Set.of("de", "d'", "d’", "du", "des", "la", "le", "l'", "l’", "of", "the",
            ",", "et", "and", "in");
    private static final Set<String> NEAR_WORDS = Set.of("près", "pres", "proximité", "proximite", "environs",
            "abords", "périphérie", "peripherie", "near", "outskirts", "vicinity", "nearby", "loin", "around",
            "countryside", "campagne", "alentours", "région", "region", "régions", "regions", "area", "zone",
            "secteur");
    private static final Set<String> TO_THE = Set.of("à", "a", "au", "aux", "l'", "l’", "to", "the", "km", "kilomètres",
            "kilometres", "kilometers", "miles");

    /** Words after a name, or before it with "of"/"de" between, that make it a town. */
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "ville", "localité",
            "bourgade");

    static final SpatialCue NONE = new SpatialCue(false, null, null, false);

    /** Reads the tokens before {@code first} and after {@code last} (indices into the sentence's tokens). */
    static SpatialCue around(List<Token> tokens, int first, int last) {
        String direction = null;
        boolean admin = false;
        boolean near = false;
        boolean sawDirectionBeforeDe = false;
        for (int k = first - 1; k >= 0 && k >= first - 16; k--) {
            String w = tokens.get(k).lower();
            String dir = Directions.of(w);
            if (dir != null) {
                if (direction == null) {
                    direction = dir;
                }
                sawDirectionBeforeDe = true;
                if (k > 0 && TO_THE.contains(tokens.get(k - 1).lower())) {
                    near = !admin;
                }
                continue;
            }
            if (ADMIN_WORDS.contains(w)) {
                admin = true;
                break;
            }
            if (NEAR_WORDS.contains(w)) {
                near = true;
                break;
            }
            if (!LINKS.contains(w) && !isPlaceLike(tokens.get(k))) {
                break;
            }
        }
        String after = last + 1 < tokens.size() ? tokens.get(last + 1).lower() : "";
        if (ADMIN_AFTER.contains(after) || listOfUnits(tokens, last + 1)) {
            admin = true;
        }
        if (admin) {
            // "Darbasiyah countryside": the unit when the name is one's, else near the town (GazetteerGeoparser)
            PlaceMention.Relation relation = direction != null ? PlaceMention.Relation.INSIDE
                    : after.equals("countryside") ? PlaceMention.Relation.NEAR : null;
            return new SpatialCue(true, relation, direction, false);
        }
        boolean town = town(tokens, first, last);
        // "le nord de Bagdad" is near the city; "le centre de Bagdad" is in it, as "central Baghdad" is
        if (near || (direction != null && !direction.equals("centre") && sawDirectionBeforeDe && isOf(tokens, first))) {
            return new SpatialCue(false, PlaceMention.Relation.NEAR, direction, town);
        }
        return town ? new SpatialCue(false, null, null, true) : NONE;
    }

    /**
     * "Al Jawf, Ad Dali and Taizz governorates": the plural designator after a list of names makes each of them a
     * unit, not only the last.
     */
    private static boolean listOfUnits(List<Token> tokens, int from) {
        boolean sawList = false;
        for (int k = from; k < tokens.size() && k < from + 14; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (PLURAL_UNITS.contains(w)) {
                return sawList || k == from;
            }
            if (w.equals(",") || w.equals("and") || w.equals("et")) {
                sawList = true;
            } else if (!t.isCapitalized() && !w.startsWith("al-") && !w.equals("al") && !w.equals("ad")
                    && !w.equals("as") && !w.equals("ar")) {
                return false;
            }
        }
        return false;
    }

    /** "Jurneyyeh city", "the town of Sahwa", "la ville d'Alep", "village de Tal Tamr". */
    private static boolean town(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && TOWN_WORDS.contains(tokens.get(last + 1).lower())) {
            return true;
        }
        return first >= 2 && isOf(tokens, first)
                && TOWN_WORDS.contains(tokens.get(first - 2).lower());
    }

    private static boolean isOf(List<Token> tokens, int first) {
        if (first == 0) {
            return false;
        }
        String w = tokens.get(first - 1).lower();
        return w.equals("de") || w.equals("d'") || w.equals("d’") || w.equals("of") || w.equals("du");
    }

    private static boolean isPlaceLike(Token t) {
        return t.isCapitalized();
    }
}
