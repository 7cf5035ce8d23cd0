package org.frontline.control;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.frontline.claims.Source;
import org.frontline.events.Location;

/**
 * One control change at one place: from {@code from} on, {@code controller} holds it, according to
 * {@code sources}.
 *
 * @param date          the event's date as reported ("2018-01", "2018-01-20"), with its {@code timePrecision}
 * @param from          the first day that date covers: the claim holds from then on (not in the JSON: it is
 *                      {@code date}'s first day)
 * @param camp          the controller's side ("government", "opposition", …), what the map colours by
 * @param confidence    0..1: the event's confidence, raised by each further independent source, lowered when the
 *                      place is only named near the event or when the other side contests it
 * @param contested     the other side reports the opposite for this place and these days
 * @param fusedEventId  the fused event the claim comes from
 */
@JsonPropertyOrder({"place", "controller", "camp", "date", "time_precision", "confidence", "contested", "sources",
        "fused_event_id"})
public record ControlClaim(Location place, String controller, String camp, String date,
                           @JsonProperty("time_precision") int timePrecision, @JsonIgnore LocalDate from,
                           double confidence, boolean contested, List<Source> sources,
                           @JsonProperty("fused_event_id") String fusedEventId) {
    public ControlClaim {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(from, "from");
        if (controller == null || controller.isBlank()) {
            throw new IllegalArgumentException("a control claim needs a controller (" + place.name() + ")");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
        }
        sources = List.copyOf(sources);
    }
}
