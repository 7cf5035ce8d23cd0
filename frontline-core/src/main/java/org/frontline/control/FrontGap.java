package org.frontline.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The distance between two sides' fronts on one day.
 *
 * @param date     "YYYY-MM-DD" for a computed gap (a day on which control changed), the event's date for a reported
 *                 one
 * @param km       the gap; 0 when the two sides' areas overlap (interleaved villages)
 * @param kmBefore for a reported gap, what the report says it was before ("de 10 km à 2 km": 10); else null
 * @param method   "computed" from the controlled places, or "reported" by the sources
 * @param placeA   the nearest place side A holds (computed), or where the reported event happened
 * @param placeB   the nearest place side B holds (computed); null for a reported gap
 * @param sources  who reported it (reported gaps); empty for computed ones
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"date", "side_a", "side_b", "km", "km_before", "method", "place_a", "place_b", "sources"})
public record FrontGap(String date, @JsonProperty("side_a") String sideA, @JsonProperty("side_b") String sideB,
                       double km, @JsonProperty("km_before") Double kmBefore, String method,
                       @JsonProperty("place_a") String placeA, @JsonProperty("place_b") String placeB,
                       List<String> sources) {
    public FrontGap {
        if (!(km >= 0)) {
            throw new IllegalArgumentException("a gap must be >= 0 km, got " + km);
        }
        if (!"computed".equals(method) && !"reported".equals(method)) {
            throw new IllegalArgumentException("method must be computed or reported, got " + method);
        }
        sources = List.copyOf(sources);
    }
}
