package org.frontline.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.frontline.events.Location;

/**
 * Which earlier groups a report could belong to, so fusion compares a report with its neighbours only instead of
 * every group (quadratic on a store's worth of events). Groups are filed under a grid cell of half a degree and
 * under their district; {@link Reading#near} is true only for the same place (same cell), within 10 km (the
 * surrounding cells: half a degree of latitude is 55 km, of longitude at least 10 km up to 79°) or the same
 * district, so no candidate is missed. Not thread-safe: one per {@code fuse} call.
 */
final class Neighbourhood {
    private static final double CELL_DEGREES = 0.5;
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    /** Files group {@code index} under the place of a reading; readings without a place are never near anything. */
    void add(int index, Reading r) {
        Location l = r.report().event().location();
        if (l == null) {
            return;
        }
        byKey.computeIfAbsent(cell(cellOf(l.lat()), cellOf(l.lon())), k -> new ArrayList<>()).add(index);
        if (l.admin2() != null && l.admin1() != null) {
            byKey.computeIfAbsent(district(l), k -> new ArrayList<>()).add(index);
        }
    }

    /** Indexes of the groups some reading of which could be near {@code r}, ascending (creation order). */
    TreeSet<Integer> candidates(Reading r) {
        TreeSet<Integer> out = new TreeSet<>();
        Location l = r.report().event().location();
        if (l == null) {
            return out;
        }
        int lat = cellOf(l.lat());
        int lon = cellOf(l.lon());
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) {
                out.addAll(byKey.getOrDefault(cell(lat + dLat, lon + dLon), List.of()));
            }
        }
        if (l.admin2() != null && l.admin1() != null) {
            out.addAll(byKey.getOrDefault(district(l), List.of()));
        }
        return out;
    }

    private static int cellOf(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    private static String cell(int lat, int lon) {
        return lat + "," + lon;
    }

    private static String district(Location l) {
        return "d:" + Reach.district(l);
    }
}
