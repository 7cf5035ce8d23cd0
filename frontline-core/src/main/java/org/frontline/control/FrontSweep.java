package org.frontline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The computed gaps of {@link FrontGaps}, in one pass over the change days: each place's claim in force changes only
 * on its own days, so the sides' sets of places are updated day by day instead of being rebuilt from every timeline,
 * and a side's hull and nearest-place index are rebuilt only on the days that side gains or loses a place (a pair
 * of sides neither of which changed keeps its gap). A side's hull is taken in degrees: the local projection is
 * affine, so the hull's corners are those of the projected hull, and only those few corners are projected per pair.
 * The nearest pair of places comes from the two sides' R-trees (JTS STRtree), in a plane scaled to the latitude of
 * all the claims given, once per pair; after that a place joining a side is compared with the other side's places,
 * and only a place leaving that was one of the two sends the pair back to the trees.
 */
final class FrontSweep {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** One side's places in force, in place order, with what is derived from them while they stay the same. */
    private static final class Side {
        final String name;
        final TreeMap<String, ControlClaim> places = new TreeMap<>();
        int version;
        Geometry hull;
        STRtree tree;
        double[] sums;

        Side(String name) {
            this.name = name;
        }

        void changed() {
            version++;
            hull = null;
            tree = null;
            sums = null;
        }

        /** The sum of the places' latitudes and longitudes. */
        double[] sums() {
            if (sums == null) {
                sums = new double[2];
                places.values().forEach(c -> {
                    sums[0] += c.place().lat();
                    sums[1] += c.place().lon();
                });
            }
            return sums;
        }
    }

    /** A pair of sides' gap, valid while neither side's version moves. */
    private record Kept(int versionA, int versionB, double km) {
    }

    /**
     * A pair of sides' nearest places, kept up to date as places move: a place joining one side can only come
     * nearer (compared with the other side's places), a place leaving it only matters if it was one of the two.
     */
    private record Near(ControlClaim a, ControlClaim b, double distance) {
    }

    private final double xScale;
    private final Map<String, Side> sides = new TreeMap<>();
    private final Map<String, Kept> kept = new HashMap<>();
    private final Map<String, Near> nears = new HashMap<>();

    private FrontSweep(double latitude) {
        this.xScale = Math.cos(Math.toRadians(latitude));
    }

    /**
     * The gaps on each change day in {@code from..until} (nullable ends), by day then pair of sides, for at most
     * {@code maxDays} days with gaps (two sides or more); {@code next} is the first such day left out, or null.
     */
    static FrontGaps.Computed sweep(ControlMap control, LocalDate from, LocalDate until, int maxDays) {
        TreeMap<LocalDate, List<ControlClaim>> changes = new TreeMap<>();
        for (PlaceTimeline t : control.timelines()) {
            LocalDate last = null;
            for (ControlClaim c : t.claims()) { // each day's first claim is the one in force (the best supported)
                if (!c.from().equals(last)) {
                    changes.computeIfAbsent(c.from(), d -> new ArrayList<>()).add(c);
                    last = c.from();
                }
            }
        }
        double latitude = control.timelines().stream().mapToDouble(t -> t.place().lat()).average().orElse(0);
        FrontSweep sweep = new FrontSweep(latitude);
        Map<String, ControlClaim> inForce = new HashMap<>();
        List<FrontGap> out = new ArrayList<>();
        int days = 0;
        for (Map.Entry<LocalDate, List<ControlClaim>> day : changes.entrySet()) {
            if (until != null && day.getKey().isAfter(until)) {
                break;
            }
            for (ControlClaim c : day.getValue()) {
                sweep.move(inForce.put(key(c), c), c);
            }
            if ((from == null || !day.getKey().isBefore(from)) && sweep.sides.size() > 1) {
                if (days++ == maxDays) {
                    return new FrontGaps.Computed(out, day.getKey());
                }
                sweep.gaps(day.getKey(), out);
            }
        }
        return new FrontGaps.Computed(out, null);
    }

    /** The order {@link ControlMap} gives places: name, then id. */
    private static String key(ControlClaim c) {
        return c.place().name() + "\u0001" + c.place().id();
    }

    private void move(ControlClaim before, ControlClaim now) {
        if (before != null) {
            Side old = sides.get(before.camp());
            old.places.remove(key(before));
            old.changed();
            for (Side other : sides.values()) {
                Near n = nears.get(pair(old, other));
                if (n != null && (old.places.isEmpty() || n.a() == before || n.b() == before)) {
                    nears.remove(pair(old, other));
                }
            }
            if (old.places.isEmpty()) {
                sides.remove(old.name);
            }
        }
        Side side = sides.computeIfAbsent(now.camp(), Side::new);
        side.places.put(key(now), now);
        side.changed();
        for (Side other : sides.values()) {
            Near n = nears.get(pair(side, other));
            if (n != null && other != side) {
                for (ControlClaim c : other.places.values()) {
                    double d = distance(now, c);
                    if (d < n.distance()) {
                        n = side.name.compareTo(other.name) < 0 ? new Near(now, c, d) : new Near(c, now, d);
                    }
                }
                nears.put(pair(side, other), n);
            }
        }
    }

    /** The key of a pair of sides, whichever order they come in. */
    private static String pair(Side x, Side y) {
        return x.name.compareTo(y.name) < 0 ? x.name + "\u0001" + y.name : y.name + "\u0001" + x.name;
    }

    private void gaps(LocalDate day, List<FrontGap> out) {
        List<Side> order = List.copyOf(sides.values());
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                Side a = order.get(i);
                Side b = order.get(j);
                String pair = pair(a, b);
                Kept k = kept.get(pair);
                if (k == null || k.versionA() != a.version || k.versionB() != b.version) {
                    k = computed(a, b);
                    kept.put(pair, k);
                }
                Near n = nears.computeIfAbsent(pair, x -> nearest(a, b));
                out.add(new FrontGap(day.toString(), a.name, b.name, k.km(), null, "computed", n.a().place().name(),
                        n.b().place().name(), List.of()));
            }
        }
    }

    /** The distance between the two sides' hulls in the local km plane around all their places. */
    private static Kept computed(Side a, Side b) {
        int n = a.places.size() + b.places.size();
        double lat0 = (a.sums()[0] + b.sums()[0]) / n;
        double lon0 = (a.sums()[1] + b.sums()[1]) / n;
        double km = projected(hull(a), lat0, lon0).distance(projected(hull(b), lat0, lon0));
        return new Kept(a.version, b.version, Math.round(km * 100) / 100.0);
    }

    /** The nearest pair of places of two sides, from their R-trees. */
    private Near nearest(Side a, Side b) {
        Object[] pair = tree(a).nearestNeighbour(tree(b), (x, y) -> distance((ControlClaim) x.getItem(),
                (ControlClaim) y.getItem()));
        ControlClaim x = (ControlClaim) pair[0];
        ControlClaim y = (ControlClaim) pair[1];
        return new Near(x, y, distance(x, y));
    }

    private static Geometry hull(Side s) {
        if (s.hull == null) {
            s.hull = new ConvexHull(s.places.values().stream().map(c -> new Coordinate(c.place().lon(),
                    c.place().lat())).toArray(Coordinate[]::new), GEOMETRY).getConvexHull();
        }
        return s.hull;
    }

    private static Geometry projected(Geometry hull, double lat0, double lon0) {
        Coordinate[] corners = hull.getCoordinates();
        Coordinate[] out = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            out[i] = FrontGaps.project(corners[i].y, corners[i].x, lat0, lon0);
        }
        return new ConvexHull(out, GEOMETRY).getConvexHull();
    }

    private STRtree tree(Side s) {
        if (s.tree == null) {
            s.tree = new STRtree();
            for (ControlClaim c : s.places.values()) {
                double x = c.place().lon() * xScale;
                s.tree.insert(new Envelope(x, x, c.place().lat(), c.place().lat()), c);
            }
            s.tree.build();
        }
        return s.tree;
    }

    private double distance(ControlClaim x, ControlClaim y) {
        return Math.hypot((x.place().lon() - y.place().lon()) * xScale, x.place().lat() - y.place().lat());
    }
}
