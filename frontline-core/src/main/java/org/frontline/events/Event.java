package org.frontline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.claims.Attribution;

/**
 * One coded event, field names as ACLED's export columns.
 *
 * @param eventDate     "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is known
 * @param timePrecision ACLED's 1 (day), 2 (week), 3 (month or vaguer)
 * @param interaction   10·min(inter1,inter2) + max, or 10·inter1 when there is no actor2
 * @param location      nullable when no place could be resolved
 * @param facts         quantities the text gives ("road_length_km" → 45, "villages_approx" → 20)
 * @param framing       loaded words the source used ("libéré"), reported, not repeated as the event's type
 * @param evidence      the sentences or clauses that support the event
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "location", "fatalities", "facts",
        "attribution", "framing", "evidence", "confidence", "notes"})
public record Event(@JsonProperty("event_type") String eventType,
                    @JsonProperty("sub_event_type") String subEventType,
                    @JsonProperty("event_date") String eventDate,
                    @JsonProperty("time_precision") int timePrecision,
                    String actor1, @JsonProperty("assoc_actor_1") List<String> assocActor1, int inter1,
                    String actor2, @JsonProperty("assoc_actor_2") List<String> assocActor2, int inter2,
                    int interaction, Location location, int fatalities, Map<String, Object> facts,
                    List<Attribution> attribution, List<String> framing, List<Span> evidence,
                    double confidence, String notes) {
    public Event {
        EventType.check(eventType, subEventType);
        if (timePrecision < 1 || timePrecision > 3) {
            throw new IllegalArgumentException("time_precision must be 1..3, got " + timePrecision);
        }
        if (fatalities < 0) {
            throw new IllegalArgumentException("fatalities must be >= 0, got " + fatalities);
        }
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
        facts = Collections.unmodifiableMap(new TreeMap<>(facts)); // sorted: the JSON key order is the same every run
        attribution = List.copyOf(attribution);
        framing = List.copyOf(framing);
        evidence = List.copyOf(evidence);
    }
}
