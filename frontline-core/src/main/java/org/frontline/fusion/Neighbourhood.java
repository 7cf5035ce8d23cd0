package org.frontline.fusion;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
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
    /**
     * Groups by cell, the cell's two numbers in one long ({@link #cell}): a report's candidates look up nine cells,
     * and each lookup made a "lat,lon" string to hash. Each cell's (and district's) groups are the bits of a bit set,
     * joined to a report's candidates a word at a time: a list held a group again for each reading it took in, and
     * was read index by index for every report placed near it.
     */
    private final Map<Long, BitSet> byCell = new HashMap<>();
    private final Map<String, BitSet> byDistrict = new HashMap<>();

    /** Files group {@code index} under the place of a reading; readings without a place are never near anything. */
    void add(int index, Reading r) {
        Location l = r.report().event().location();
        if (l == null) {
            return;
        }
        byCell.computeIfAbsent(cell(cellOf(l.lat()), cellOf(l.lon())), k -> new BitSet()).set(index);
        if (l.admin2() != null && l.admin1() != null) {
            byDistrict.computeIfAbsent(district(l), k -> new BitSet()).set(index);
        }
    }

    /**
     * Indexes of the groups some reading of which could be near {@code r}, as the bits set (ascending: creation
     * order). A bit set, not a TreeSet of boxed indexes: a busy cell files hundreds of groups, each put in the tree
     * for every reading placed near it (its entries most of what fusing a corpus cost).
     */
    BitSet candidates(Reading r) {
        BitSet out = new BitSet();
        Location l = r.report().event().location();
        if (l == null) {
            return out;
        }
        int lat = cellOf(l.lat());
        int lon = cellOf(l.lon());
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) {
                or(out, byCell.get(cell(lat + dLat, lon + dLon)));
            }
        }
        if (l.admin2() != null && l.admin1() != null) {
            or(out, byDistrict.get(district(l)));
        }
        return out;
    }

    private static void or(BitSet out, BitSet groups) {
        if (groups != null) {
            out.or(groups);
        }
    }

    private static int cellOf(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    /** A cell's key: its latitude's number in the high 32 bits, its longitude's in the low 32 (one key per cell). */
    static long cell(int lat, int lon) {
        return (long) lat << 32 | lon & 0xFFFFFFFFL;
    }

    /** A district's key; its own map, so it needs no prefix setting it apart from a cell's. */
    private static String district(Location l) {
        return Reach.district(l);
    }
}
