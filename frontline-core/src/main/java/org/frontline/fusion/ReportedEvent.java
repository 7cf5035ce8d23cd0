package org.frontline.fusion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.Extraction;
import org.frontline.claims.Source;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.events.Span;
import org.frontline.geoparse.PlaceMention;

/**
 * One article's account of one event: the unit fusion groups. Kept whole so that a fused event can show every
 * report side by side, with the words each outlet used.
 *
 * @param id        "{article id}#{rank}", rank being the event's salience order in its article (0 first)
 * @param outlet    who published the article ("Source: X", JSONL "source"); nullable when unknown
 * @param published the article's publication date, "YYYY[-MM[-DD]]"; nullable
 * @param settlements towns and villages named in the event's evidence (the event's own location first), each at
 *                  geo_precision 1, or 2 when the text only places the event near it: the places a territory
 *                  event can hand to its taker ("la route reliant Khanacer à Tal-Damane"); a town named as a
 *                  bearing ("east of Idlib") is where the event is not, and is left out, as is a governorate or
 *                  district capital the text only places the event near ("the countryside of Idleb")
 * @param excerpt   the evidence sentences, joined; what the evidence panel shows
 */
@JsonPropertyOrder({"id", "outlet", "published", "event", "settlements", "excerpt"})
public record ReportedEvent(String id, String outlet, String published, Event event,
                            @JsonIgnore List<Location> settlements, String excerpt) {
    private static final Set<String> CAPITALS = Set.of("PPLC", "PPLA", "PPLA2");

    public ReportedEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a reported event needs an id");
        }
        Objects.requireNonNull(event, "event");
        settlements = List.copyOf(settlements);
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** Every event of one extraction as a report, in the extraction's order. */
    public static List<ReportedEvent> of(Extraction x) {
        List<ReportedEvent> out = new ArrayList<>();
        for (int rank = 0; rank < x.events().size(); rank++) {
            out.add(of(x, rank));
        }
        return out;
    }

    /** The event at {@code rank} of an extraction as a report. */
    public static ReportedEvent of(Extraction x, int rank) {
        Event e = x.events().get(rank);
        String body = x.article().body();
        StringBuilder excerpt = new StringBuilder();
        for (Span s : e.evidence()) {
            if (body != null && s.end() <= body.length()) {
                excerpt.append(excerpt.length() == 0 ? "" : " … ").append(body, s.start(), s.end());
            }
        }
        return new ReportedEvent(x.article().id() + "#" + rank, x.article().source(), x.article().published(), e,
                settlements(x.places(), e), excerpt.toString());
    }

    /** The claims' speakers; the outlet itself when the report attributes the event to no one. */
    @JsonProperty("sources")
    public List<Source> sources() {
        Map<String, Source> out = new LinkedHashMap<>();
        event.attribution().forEach(a -> out.putIfAbsent(a.source(), new Source(a.source(), a.stance(), null)));
        if (out.isEmpty() && outlet != null) {
            out.put(outlet, new Source(outlet, "unknown", null));
        }
        return List.copyOf(out.values());
    }

    private static List<Location> settlements(List<PlaceMention> places, Event e) {
        Map<String, Location> out = new LinkedHashMap<>();
        if (e.location() != null && e.location().geoPrecision() < 3) {
            out.put(e.location().id(), e.location());
        }
        for (PlaceMention p : places) {
            if (p.place() == null || p.place().featureCode() == null || !p.place().featureCode().startsWith("PPL")
                    || p.direction() != null || countryside(p) || !inside(e.evidence(), p)) {
                continue;
            }
            int precision = p.relation() == PlaceMention.Relation.NEAR ? 2 : 1;
            Location l = Location.of(p.place(), precision);
            out.merge(l.id(), l, (a, b) -> a.geoPrecision() <= b.geoPrecision() ? a : b);
        }
        return List.copyOf(out.values());
    }

    /** "Idleb's countryside", "the Aleppo area": a capital's surroundings, the province rather than the city. */
    private static boolean countryside(PlaceMention p) {
        return p.relation() == PlaceMention.Relation.NEAR && CAPITALS.contains(p.place().featureCode());
    }

    private static boolean inside(List<Span> evidence, PlaceMention p) {
        return evidence.stream().anyMatch(s -> s.start() <= p.start() && p.end() <= s.end());
    }
}
