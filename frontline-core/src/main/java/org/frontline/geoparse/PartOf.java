package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.gazetteer.Place;

/**
 * A place told by another: "Wadi area of Vadodara city", "Baglar neighborhood of Bagcilar", "Wadi, un quartier de
 * Vadodara": a name followed by a word for a part of a town and the town's name is that part, whatever namesake the
 * gazetteer holds elsewhere; likewise a place said to be near a town or in its countryside. When the two resolve
 * far apart, the first one's resolution is a namesake and too doubtful to place an event; the event is then placed
 * at the town, as ACLED codes a neighbourhood, or a village its gazetteer lacks near a town it has.
 */
final class PartOf {
    static final Pattern BETWEEN = Pattern.compile("\\s+(?:area|neighbou?rhood|street|quarter|sector|camp"
            + "|village|town)\\s+(?:of|in)\\s+(?:the\\s+)?"
            + "|\\s*,\\s*(?:un\\s+|le\\s+)?(?:quartier|faubourg|secteur|camp|village)\\s+(?:de\\s+(?:la\\s+ville\\s+de\\s+)?|d'|d’|du\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Al Haddadiyeh near Shadadah", "Salib Qaran in the western countryside of Tell Abiad", "Tall Sakhr in rural
     * Ras al Ain", "Jurdi, dans la campagne est de Deir ez-Zor": a place told by the town it is near. A direction
     * is another matter ({@link #DIRECTION_OF}).
     */
    static final Pattern NEAR = Pattern.compile("\\s+(?:area\\s+|town\\s+|village\\s+)?(?:near|close\\s+to"
            + "|in\\s+the\\s+vicinity\\s+of"
            + "|in\\s+the\\s+(?:" + Qualifiers.DIRECTION + ")?(?:countryside|outskirts)\\s+of|in\\s+rural)"
            + "\\s+(?:the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?"
            + "|\\s*,?\\s*(?:près\\s+de\\s+|non\\s+loin\\s+de\\s+"
            + "|dans\\s+(?:la\\s+campagne|les\\s+environs|la\\s+périphérie)(?:\\s+(?:nord|sud|est|ouest))?"
            + "\\s+(?:de\\s+|d['’]|du\\s+))(?:la\\s+ville\\s+de\\s+|du\\s+village\\s+de\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Sinjar area west of As-Saan", "Sinjar, à l'ouest d'As-Saan": a direction from a town. A small town is the
     * landmark of the places around it ({@link #landmark}); a city is told of places far off ("Khanacer, au sud-est
     * d'Alep" is 60 km from Aleppo), so only a small town's direction makes a place 40 km off a namesake.
     */
    static final Pattern DIRECTION_OF = Pattern.compile("\\s*,?\\s+(?:area\\s+|town\\s+|village\\s+)?"
            + "(?:(?:north|south)(?:-?(?:east|west))?|east|west)\\s+of\\s+(?:the\\s+)?(?:(?:town|village)\\s+of\\s+)?"
            + "|\\s*,?\\s*(?:à\\s+l['’]\\s*(?:est|ouest)|au\\s+(?:nord|sud)(?:-(?:est|ouest))?)\\s+(?:de\\s+|d['’]\\s*)"
            + "(?:la\\s+ville\\s+de\\s+|du\\s+village\\s+de\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Maraban Baissa in Donga LGA", "Maraban Baissa, dans la LGA de Donga": a place said to lie in a district named
     * after its seat lies near that seat; a namesake 80 km off is another place.
     */
    static final Pattern IN = Pattern.compile("\\s+in\\s+(?:the\\s+)?");
    static final Pattern IN_DISTRICT = Pattern.compile("\\s*,?\\s+dans\\s+(?:la|le|l['’])\\s*(?:LGA|district"
            + "|municipalité|commune|upazila|canton)\\s+(?:de\\s+|d['’]\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTRICT_AFTER = Pattern.compile("^\\s+(?:LGA|district|municipality|upazila"
            + "|township|subdivision|commune)\\b", Pattern.CASE_INSENSITIVE);
    /** How far a part may lie from its town's point before it is a namesake rather than the part. */
    private static final double MAX_KM = 30;
    /** How far a place may lie from the town it is said to be near, or in the countryside of. */
    private static final double NEAR_KM = 40;

    private PartOf() {
    }

    static List<PlaceMention> doubtFarParts(List<PlaceMention> mentions, String body) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            PlaceMention part = mentions.get(i);
            PlaceMention whole = mentions.get(i + 1);
            if (part.place() == null || whole.place() == null || part.end() > whole.start()
                    || !mayTell(body, part.end(), whole.start())) {
                continue;
            }
            String between = body.substring(part.end(), whole.start());
            boolean far = BETWEEN.matcher(between).matches() ? outside(part.place(), whole.place())
                    : (NEAR.matcher(between).matches() || IN_DISTRICT.matcher(between).matches()
                    || landmark(whole.place()) && DIRECTION_OF.matcher(between).matches()
                    || IN.matcher(between).matches() && DISTRICT_AFTER.matcher(
                            body.substring(whole.end(), Math.min(body.length(), whole.end() + 16))).find())
                    && farFrom(part.place(), whole.place());
            if (far) {
                out.set(i, part.doubtful());
            }
        }
        return out;
    }

    /**
     * The words the patterns' branches begin with past their white space and comma ("à" and "près" begin beyond
     * ASCII, which {@link Gaps#mayOpenWith} lets through): "neighbourhood" of {@link #BETWEEN}, "close" of
     * {@link #NEAR}, "north" of {@link #DIRECTION_OF}, "in" of {@link #IN}, "dans" of {@link #IN_DISTRICT}...
     */
    static final List<String> OPENING_WORDS = List.of("area", "neighbourhood", "neighborhood", "street", "quarter",
            "sector", "camp", "village", "town", "un", "le", "quartier", "faubourg", "secteur", "near", "close", "in",
            "non", "dans", "north", "south", "east", "west", "au");

    /**
     * Whether the text between two names holds only what the patterns telling a part by its whole are written with:
     * letters, the white space {@code \s} matches, commas, apostrophes and hyphens, and opens as one of them does.
     * Each pattern must match the whole gap, so a gap holding anything else (a full stop, a digit, a bracket: nearly
     * every gap between two names of a report) tells nothing, and neither does one opening with another word ("and",
     * "et", "Les"), or with nothing past a comma (", ", the most common gap in notes): such a gap is passed without
     * being copied and matched five times.
     */
    static boolean mayTell(String body, int from, int to) {
        // the opening word first: it reads a few chars, the other test every char up to the first full stop or digit
        return Gaps.mayOpenWith(body, from, to, OPENING_WORDS)
                && Gaps.wordsAnd(body, from, to, ",'’-"); // every pattern reads at least a space or a comma
    }

    /** A town that is no city ({@link PlaceResolver#city}): what a direction from it is told by. */
    private static boolean landmark(Place town) {
        return !town.isAdmin() && !town.isCountry() && !PlaceResolver.city(town);
    }

    /** Whether a place said to be near a town (not a province: its centroid says little) lies too far from it. */
    private static boolean farFrom(Place p, Place town) {
        return !town.isCountry() && town.adminLevel() != 1 && !p.isCountry() && p.adminLevel() != 1
                && Geo.km(p.lat(), p.lon(), town.lat(), town.lon()) > NEAR_KM;
    }

    /**
     * Whether the part's resolution cannot lie in the whole: farther than {@link #MAX_KM} from a town, or in
     * another first-level unit than a province; a country says too little to judge.
     */
    private static boolean outside(Place p, Place w) {
        if (w.isCountry()) {
            return false;
        }
        if (w.isAdmin()) {
            return w.admin1() != null && !(w.admin1().equals(p.admin1()) && w.country().equals(p.country()));
        }
        return Geo.km(p.lat(), p.lon(), w.lat(), w.lon()) > MAX_KM;
    }
}
