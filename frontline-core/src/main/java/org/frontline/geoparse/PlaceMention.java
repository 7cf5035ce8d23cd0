package org.frontline.geoparse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontline.gazetteer.Place;

/**
 * A place named in the text and what it resolved to.
 *
 * @param start      UTF-16 offset into the body of the name's first char
 * @param end        exclusive
 * @param confidence 0..1
 * @param place      the resolved place, null when unresolved
 * @param direction  a direction qualifying the place ("south-east" for "province sud-est d'Alep"), nullable
 * @param relation   INSIDE (a part of the place: "province sud d'Alep") or NEAR ("à l'ouest de Khanacer"), nullable
 * @param geoPrecision ACLED's 1 (the town), 2 (near it / part of it), 3 (only a region)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "start", "end", "confidence", "place", "direction", "relation"})
public record PlaceMention(String text, int start, int end, double confidence, Place place,
                           String direction, Relation relation, @JsonIgnore int geoPrecision) {
    public enum Relation { INSIDE, NEAR }

    /**
     * The confidence of a place kept but too doubtful to locate an event (a homonym abroad, a far "part", a common
     * noun): under {@code Locations}' 0.35.
     */
    public static final double DOUBTFUL = 0.3;

    public PlaceMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    /** This mention with its confidence lowered to {@link #DOUBTFUL} (itself when already no higher). */
    public PlaceMention doubtful() {
        return confidence <= DOUBTFUL ? this
                : new PlaceMention(text, start, end, DOUBTFUL, place, direction, relation, geoPrecision);
    }
}
