package org.frontline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.claims.Source;
import org.frontline.events.Event;
import org.frontline.fusion.Camps;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;
import org.locationtech.jts.geom.Coordinate;

/**
 * How far apart two sides' fronts are over time, two ways. Computed: on every day control changes, each side's
 * area is the convex hull of the places it holds, projected to a local equirectangular plane in km (exact enough
 * over the ~100 km a front spans); the gap is the distance between the two hulls (0 when they overlap), with the
 * nearest pair of places named. Reported: the gap facts the coder read from the text ("la distance … a été
 * raccourcie de 10 km à 2 km": gap_km_before, gap_km_after), kept as the sources' own evidence. A side's area
 * built from a handful of reported villages is coarse; the reported figures are how analysts check it.
 */
public final class FrontGaps {
    private final Camps camps;

    public FrontGaps(Camps camps) {
        this.camps = Objects.requireNonNull(camps);
    }

    /** Computed gaps on a window of change days; {@code next} is the first change day left out, or null. */
    public record Computed(List<FrontGap> gaps, LocalDate next) {
        public Computed {
            gaps = List.copyOf(gaps);
        }
    }

    /** Computed gaps by day then side pair, followed by the reported ones in event order. */
    public List<FrontGap> measure(ControlMap control, List<FusedEvent> events) {
        List<FrontGap> out = new ArrayList<>(computed(control, null, null, Integer.MAX_VALUE).gaps());
        for (FusedEvent f : events) {
            reported(f).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The computed gaps on the change days from {@code from} to {@code until} (either end null: open), at most
     * {@code maxDays} days with gaps (two sides or more hold places), oldest first: what a map view asks for its
     * time window, a page of days at a time. Control on the first day counts every claim before it.
     */
    public static Computed computed(ControlMap control, LocalDate from, LocalDate until, int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be >= 1, got " + maxDays);
        }
        return FrontSweep.sweep(control, from, until, maxDays);
    }

    /** Local equirectangular projection around (lat0, lon0), in km. */
    static Coordinate project(double lat, double lon, double lat0, double lon0) {
        double kmPerDegree = Math.PI * 6371.0088 / 180;
        return new Coordinate((lon - lon0) * kmPerDegree * Math.cos(Math.toRadians(lat0)), (lat - lat0) * kmPerDegree);
    }

    private Optional<FrontGap> reported(FusedEvent f) {
        for (ReportedEvent r : f.reports()) {
            Event e = r.event();
            if (e.facts().get("gap_km_after") instanceof Number after) {
                Object before = e.facts().get("gap_km_before");
                String sideA = camps.of(e.actor1(), e.inter1(), e.assocActor1());
                String sideB = camps.of(e.actor2(), e.inter2(), e.assocActor2());
                return Optional.of(new FrontGap(e.eventDate(), sideA, sideB, after.doubleValue(),
                        before instanceof Number n ? n.doubleValue() : null, "reported",
                        e.location() == null ? null : e.location().name(), null,
                        f.sources().stream().map(Source::name).toList()));
            }
        }
        return Optional.empty();
    }

}
