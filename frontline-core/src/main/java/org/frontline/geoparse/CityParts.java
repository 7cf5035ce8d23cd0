package org.frontline.geoparse;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.text.Token;

/**
 * "Belgrade-Stari Grad", "Lima-La Victoria", "Zagreb-Tresnjevka-jug": ACLED (and reports after it) write a city's
 * district after the city and a hyphen. The gazetteer knows no such name, and its parts meet namesakes elsewhere
 * ("Grad" in Slovenia, "Victoria" in Hong Kong); the event is in the city, where ACLED places it. So a hyphenated
 * word that begins a name nothing matched, whose part before the first hyphen is exactly a city's name, is read as
 * that city, and the rest of the name (the district) as part of it. Not when a word for a road comes with the pair
 * ("the Sidon-Tyr highway"), nor when the rest is no name ("Moscow-backed"). One lookup per such word.
 */
final class CityParts {
    /** Words for a road named by its two ends, before or after the pair. */
    private static final Set<String> ROADS = Set.of("highway", "road", "route", "stretch", "motorway", "expressway",
            "axis", "corridor", "autoroute", "axe", "tronçon");

    private CityParts() {
    }

    /**
     * The candidate for the city that {@code first} (a hyphenated word starting an unmatched name) begins with, or
     * null when its head names no city.
     *
     * @param exact the gazetteer's exact matches of a name ({@link SpanLookups#exact}: only exact ones can be the
     *              city, and a loose lookup walked every posting of the head's fold key around the world)
     */
    static GazetteerGeoparser.Candidate city(Function<String, List<PlaceMatch>> exact, List<Token> tokens, int first,
                                             int last) {
        Token t = tokens.get(first);
        int hyphen = t.text().indexOf('-');
        if (hyphen < 2 || hyphen + 1 >= t.text().length() || !Character.isUpperCase(t.text().charAt(hyphen + 1))) {
            return null; // "Moscow-backed", "Kyiv-based": no district
        }
        String head = t.text().substring(0, hyphen);
        List<PlaceMatch> cities = cities(exact, head);
        if (cities.isEmpty() || road(tokens, first - 1) || road(tokens, last + 1)) {
            return null; // "the Sidon-Tyr highway", "la route Alep-Damas": a road between two places
        }
        return new GazetteerGeoparser.Candidate(t.start(), t.start() + hyphen, head, cities,
                SpatialCue.around(tokens, first, last), false);
    }

    /**
     * Whether {@code first} is a hyphenated word of two capitalised names ("Sidon-Tyr", "Alep-Damas") with a word
     * for a road just before it (one word, "M5", may come between) or just after the run it begins.
     */
    static boolean roadPair(List<Token> tokens, int first, int last) {
        String w = tokens.get(first).text();
        int hyphen = w.indexOf('-');
        boolean pair = false;
        for (int h = hyphen; h > 0 && h + 1 < w.length(); h = w.indexOf('-', h + 1)) {
            if (Character.isUpperCase(w.charAt(h + 1))) {
                pair = true;
            }
        }
        return pair && Character.isUpperCase(w.charAt(0))
                && (road(tokens, first - 1) || road(tokens, first - 2) || road(tokens, last + 1));
    }

    private static boolean road(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && ROADS.contains(tokens.get(i).lower());
    }

    private static List<PlaceMatch> cities(Function<String, List<PlaceMatch>> exact, String name) {
        return exact.apply(name).stream()
                .filter(m -> m.exact() && PlaceResolver.byPrimaryName(m) && PlaceResolver.city(m.place())).toList();
    }
}
