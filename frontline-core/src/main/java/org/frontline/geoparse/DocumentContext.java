package org.frontline.geoparse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a document's resolved places say about where it is: its main country and governorates. */
public final class DocumentContext {
    private DocumentContext() {
    }

    /** The ISO alpha-2 country most of the resolved mentions lie in, weighted by confidence; null when none. */
    public static String mainCountry(List<PlaceMention> places) {
        return mainCountry(weights(places));
    }

    /** The country {@link #weights} weighs most: the first of the heaviest in the map's order; null for none. */
    static String mainCountry(Map<String, Double> weights) {
        Map.Entry<String, Double> best = CountryVote.heaviest(weights); // the first of the heaviest, no stream
        return best == null ? null : best.getKey();
    }

    /** The summed confidence of the resolved mentions in each country, merged in the mentions' order. */
    static Map<String, Double> weights(List<PlaceMention> places) {
        Map<String, Double> weight = new HashMap<>();
        for (PlaceMention m : places) {
            if (m.place() != null && m.place().country() != null) {
                weight.merge(m.place().country(), m.confidence(), Double::sum);
            }
        }
        return weight;
    }
}
