package org.frontline.geoparse;

import java.util.List;
import org.frontline.Bundled;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;

/** The default geoparser over the shared bundled gazetteer, for tests that geoparse real sentences. */
final class Geoparsing {
    private static GazetteerGeoparser geoparser;

    private Geoparsing() {
    }

    /** {@code body} geoparsed with {@code actorsCountry} (nullable) as the actors' hint. */
    static synchronized List<PlaceMention> parse(String body, Language lang, String actorsCountry) {
        if (geoparser == null) {
            geoparser = new GazetteerGeoparser(Bundled.gazetteer());
        }
        return geoparser.geoparse(new RuleTextAnalyzer().analyze(body, lang), new GeoHints(List.of(), actorsCountry));
    }

    /** The mention of {@code surface}; fails naming the mentions found when there is none. */
    static PlaceMention find(List<PlaceMention> ms, String surface) {
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst().orElseThrow(
                () -> new AssertionError(surface + " not found in " + ms));
    }
}
