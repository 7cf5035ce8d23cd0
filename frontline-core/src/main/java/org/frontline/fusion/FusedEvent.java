package org.frontline.fusion;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.frontline.claims.Source;
import org.frontline.events.EventType;
import org.frontline.events.Location;

/**
 * One event as all its reports tell it.
 *
 * @param id            the id of its first report (reports sorted by id), stable as long as that report is kept
 * @param eventDate     the most precise date among the reports, with its {@code timePrecision}
 * @param location      the most precise place among the reports (lowest geo_precision); nullable
 * @param fatalities    reconciled by {@link FatalityRule}: the lowest non-zero figure of a non-partisan source,
 *                      else the lowest non-zero figure, else 0
 * @param corroboration how many distinct sources tell it (a wire citing a monitor counts as the monitor, and two
 *                      articles quoting the same monitor count once): independent confirmation, not repetition
 * @param sources       those sources with their stance
 * @param side          the camp this account says holds the ground afterwards ("government", "opposition", …):
 *                      the taker of a territory event, the defender of a repelled attack; null for other events
 * @param contestedWith ids of the fused events that tell the opposite from the other side; empty when none
 */
@JsonPropertyOrder({"id", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2",
        "location", "fatalities", "corroboration", "sources", "side", "contested", "contested_with", "reports"})
public record FusedEvent(String id, @JsonProperty("event_type") String eventType,
                         @JsonProperty("sub_event_type") String subEventType,
                         @JsonProperty("event_date") String eventDate,
                         @JsonProperty("time_precision") int timePrecision, String actor1, String actor2,
                         Location location, int fatalities, int corroboration, List<Source> sources, String side,
                         @JsonProperty("contested_with") List<String> contestedWith, List<ReportedEvent> reports) {
    public FusedEvent {
        EventType.typeOf(subEventType);
        if (reports == null || reports.isEmpty()) {
            throw new IllegalArgumentException("fused event " + id + " has no report");
        }
        if (corroboration < 1 || fatalities < 0) {
            throw new IllegalArgumentException("fused event " + id + ": corroboration " + corroboration
                    + " and fatalities " + fatalities + " must be >= 1 and >= 0");
        }
        sources = List.copyOf(sources);
        contestedWith = List.copyOf(contestedWith);
        reports = List.copyOf(reports);
    }

    /** True when another side reports the opposite outcome for the same place and days. */
    @JsonProperty("contested")
    public boolean contested() {
        return !contestedWith.isEmpty();
    }
}
