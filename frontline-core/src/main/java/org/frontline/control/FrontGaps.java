package org.frontline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.claims.Source;
import org.frontline.events.Event;
import org.frontline.fusion.Camps;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * How far apart two sides' fronts are over time, two ways. Computed: on every day control changes, each side's
 * area is the convex hull of the places it holds, projected to a local equirectangular plane in km (exact enough
 * over the ~100 km a front spans); the gap is the distance between the two hulls (0 when they overlap), with the
 * nearest pair of places named. Reported: the gap facts the coder read from the text ("la distance … a été
 * raccourcie de 10 km à 2 km": gap_km_before, gap_km_after), kept as the sources' own evidence. A side's area
 * built from a handful of reported villages is coarse; the reported figures are how analysts check it.
 */
public final class FrontGaps {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final Camps camps;

    public FrontGaps(Camps camps) {
        this.camps = Objects.requireNonNull(camps);
    }

    /** Computed gaps by day then side pair, followed by the reported ones in event order. */
    public List<FrontGap> measure(ControlMap control, List<FusedEvent> events) {
        List<FrontGap> out = new ArrayList<>();
        for (LocalDate day : control.changeDays()) {
            Map<String, List<ControlClaim>> bySide = new TreeMap<>();
            control.at(day).forEach(c -> bySide.computeIfAbsent(c.camp(), k -> new ArrayList<>()).add(c));
            List<String> sides = List.copyOf(bySide.keySet());
            for (int i = 0; i < sides.size(); i++) {
                for (int j = i + 1; j < sides.size(); j++) {
                    out.add(computed(day, sides.get(i), bySide.get(sides.get(i)), sides.get(j),
                            bySide.get(sides.get(j))));
                }
            }
        }
        for (FusedEvent f : events) {
            reported(f).ifPresent(out::add);
        }
        return out;
    }

    private static FrontGap computed(LocalDate day, String sideA, List<ControlClaim> a, String sideB,
                                     List<ControlClaim> b) {
        List<ControlClaim> all = new ArrayList<>(a);
        all.addAll(b);
        double lat0 = all.stream().mapToDouble(c -> c.place().lat()).average().orElseThrow();
        double lon0 = all.stream().mapToDouble(c -> c.place().lon()).average().orElseThrow();
        Geometry pointsA = points(a, lat0, lon0);
        Geometry pointsB = points(b, lat0, lon0);
        double km = pointsA.convexHull().distance(pointsB.convexHull());
        Coordinate[] nearest = DistanceOp.nearestPoints(pointsA, pointsB);
        return new FrontGap(day.toString(), sideA, sideB, Math.round(km * 100) / 100.0, null, "computed",
                closest(a, nearest[0], lat0, lon0), closest(b, nearest[1], lat0, lon0), List.of());
    }

    private static Geometry points(List<ControlClaim> claims, double lat0, double lon0) {
        return GEOMETRY.createMultiPointFromCoords(claims.stream()
                .map(c -> project(c.place().lat(), c.place().lon(), lat0, lon0)).toArray(Coordinate[]::new));
    }

    /** Local equirectangular projection around (lat0, lon0), in km. */
    static Coordinate project(double lat, double lon, double lat0, double lon0) {
        double kmPerDegree = Math.PI * 6371.0088 / 180;
        return new Coordinate((lon - lon0) * kmPerDegree * Math.cos(Math.toRadians(lat0)), (lat - lat0) * kmPerDegree);
    }

    private static String closest(List<ControlClaim> claims, Coordinate at, double lat0, double lon0) {
        return claims.stream().min((x, y) -> Double.compare(
                project(x.place().lat(), x.place().lon(), lat0, lon0).distance(at),
                project(y.place().lat(), y.place().lon(), lat0, lon0).distance(at))).orElseThrow().place().name();
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
