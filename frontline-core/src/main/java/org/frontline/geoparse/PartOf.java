package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.gazetteer.Place;

/**
 * "Wadi area of Vadodara city", "Baglar neighborhood of Bagcilar", "Wadi, un quartier de Vadodara": a name
 * followed by a word for a part of a town and the town's name is that part, whatever namesake the gazetteer holds
 * elsewhere. When the two resolve far apart, the part's resolution is a namesake and too doubtful to place an
 * event; the event is then placed in the town, as ACLED codes a neighbourhood.
 */
final class PartOf {
    private static final Pattern BETWEEN = Pattern.compile("\\s+(?:area|neighbou?rhood|street|quarter|sector|camp"
            + "|village|town)\\s+(?:of|in)\\s+(?:the\\s+)?"
            + "|\\s*,\\s*(?:un\\s+|le\\s+)?(?:quartier|faubourg|secteur|camp|village)\\s+(?:de\\s+(?:la\\s+ville\\s+de\\s+)?|d'|d’|du\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far a part may lie from its town's point before it is a namesake rather than the part. */
    private static final double MAX_KM = 30;
    private static final double DOUBTFUL = 0.3;

    private PartOf() {
    }

    static List<PlaceMention> doubtFarParts(List<PlaceMention> mentions, String body) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            PlaceMention part = mentions.get(i);
            PlaceMention whole = mentions.get(i + 1);
            if (part.place() == null || whole.place() == null || part.end() > whole.start()
                    || !BETWEEN.matcher(body.substring(part.end(), whole.start())).matches()) {
                continue;
            }
            if (outside(part.place(), whole.place()) && part.confidence() > DOUBTFUL) {
                Place p = part.place();
                out.set(i, new PlaceMention(part.text(), part.start(), part.end(), DOUBTFUL, p, part.direction(),
                        part.relation(), part.geoPrecision()));
            }
        }
        return out;
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
