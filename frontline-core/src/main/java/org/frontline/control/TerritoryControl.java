package org.frontline.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.Dates;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.fusion.Camps;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;

/**
 * Control from territory events. A fused event that hands ground to a side ({@link FusedEvent#side()}) gives that
 * side every settlement its reports place it at: the event's own location, and the towns and villages its evidence
 * names ("the road linking Khanacer to the Tal-Damane area" hands both over). The controller is the actor of that
 * side (actor1 of a capture, the defender of a repelled attack).
 *
 * <p>Confidence: the best report's confidence {@code c}; each further independent source halves the remaining
 * doubt ({@code 1 - (1 - c) / 2^(k-1)} for {@code k} sources); a place the evidence only names (not the event's
 * location) keeps 80 % of it, one only placed near the event (geo_precision 2) 70 %; a contested claim half.
 */
public final class TerritoryControl implements ControlInference {
    private final Camps camps;

    public TerritoryControl(Camps camps) {
        this.camps = Objects.requireNonNull(camps);
    }

    @Override
    public ControlMap infer(List<FusedEvent> events) {
        Map<String, List<ControlClaim>> byPlace = new LinkedHashMap<>();
        Map<String, Location> places = new LinkedHashMap<>();
        for (FusedEvent f : events) {
            String controller = controller(f);
            if (controller == null || f.eventDate() == null) {
                continue;
            }
            for (Map.Entry<Location, Double> p : settlements(f).entrySet()) {
                double confidence = confidence(f) * p.getValue() * (f.contested() ? 0.5 : 1);
                places.putIfAbsent(p.getKey().id(), p.getKey());
                byPlace.computeIfAbsent(p.getKey().id(), k -> new ArrayList<>()).add(new ControlClaim(p.getKey(),
                        controller, f.side(), f.eventDate(), f.timePrecision(), Dates.firstDay(f.eventDate()),
                        Math.round(confidence * 1000) / 1000.0, f.contested(), f.sources(), f.id()));
            }
        }
        List<PlaceTimeline> timelines = new ArrayList<>();
        byPlace.forEach((id, claims) -> timelines.add(timeline(places.get(id), claims)));
        return new ControlMap(timelines);
    }

    /**
     * The timeline of one place from the claims of several fused events about it, in the fused events' order: how
     * a store that keeps each fused event's claims rebuilds what {@link #infer} gives for the whole set.
     */
    public static PlaceTimeline timeline(Location place, List<ControlClaim> claims) {
        return new PlaceTimeline(place, strongest(claims));
    }

    /**
     * The stored claims of several places grouped into one timeline per place, in the order the places first come:
     * what a store's claims for a view (or a day) give back as the map of {@link #infer}.
     */
    public static ControlMap timelines(List<ControlClaim> claims) {
        Map<String, List<ControlClaim>> byPlace = new LinkedHashMap<>();
        claims.forEach(c -> byPlace.computeIfAbsent(c.place().id(), k -> new ArrayList<>()).add(c));
        return new ControlMap(byPlace.values().stream().map(cs -> timeline(cs.get(0).place(), cs)).toList());
    }

    /**
     * One claim per controller and day: two events of one offensive that both name a village (the capture of the
     * village and of the district around it) say the same thing once, at the better confidence.
     */
    private static List<ControlClaim> strongest(List<ControlClaim> claims) {
        Map<String, ControlClaim> best = new LinkedHashMap<>();
        for (ControlClaim c : claims) {
            best.merge(c.from() + "|" + c.controller(), c, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return List.copyOf(best.values());
    }

    /** The actor of the side that holds the ground afterwards; null when the event says nothing about the ground. */
    private String controller(FusedEvent f) {
        if (f.side() == null) {
            return null;
        }
        for (ReportedEvent r : f.reports()) {
            Event e = r.event();
            if (f.side().equals(camps.of(e.actor1(), e.inter1(), e.assocActor1()))) {
                return e.actor1();
            }
            if (f.side().equals(camps.of(e.actor2(), e.inter2(), e.assocActor2()))) {
                return e.actor2();
            }
        }
        return null;
    }

    /** The places the event hands over, each with the share of the event's confidence it keeps. */
    private static Map<Location, Double> settlements(FusedEvent f) {
        Map<String, Location> byId = new LinkedHashMap<>();
        Map<Location, Double> out = new LinkedHashMap<>();
        for (ReportedEvent r : f.reports()) {
            for (Location l : r.settlements()) {
                Location at = r.event().location();
                double share = at != null && at.id().equals(l.id()) ? 1.0 : l.geoPrecision() == 1 ? 0.8 : 0.7;
                Location known = byId.putIfAbsent(l.id(), l);
                Location key = known == null ? l : known;
                out.merge(key, share, Math::max);
            }
        }
        return out;
    }

    private static double confidence(FusedEvent f) {
        double best = f.reports().stream().mapToDouble(r -> r.event().confidence()).max().orElse(0);
        return 1 - (1 - Math.min(1, best)) / Math.pow(2, f.corroboration() - 1);
    }
}
