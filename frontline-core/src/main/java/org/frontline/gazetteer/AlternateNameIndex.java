package org.frontline.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.frontline.FrontlineException;

/**
 * The alternate names of the places being imported, from GeoNames' alternateNames table (alternateNameId,
 * geonameid, isolanguage, name, isPreferredName, isShortName, isColloquial, isHistoric[, from, to]). allCountries'
 * table has some 18 million rows, so only the geonameids asked for are kept, and without an object per name: names
 * are UTF-8 in one byte arena, chained per place through int arrays, the chain heads in an open-addressing int map.
 * Not thread-safe; build, then read.
 */
final class AlternateNameIndex {
    /** isolanguage values that are not languages but codes or links. */
    static final Set<String> PSEUDO_LANGUAGES = Set.of("link", "post", "iata", "icao", "faac", "wkdt", "unlc",
            "abbr");

    private final BitSet wanted;
    private int[] keys = new int[1 << 16];
    private int[] heads = new int[1 << 16];
    private int mapSize;
    private int[] previous = new int[1 << 16];
    private int[] start = new int[1 << 16];
    private int count;
    private byte[] arena = new byte[1 << 20];
    private int arenaSize;

    /** An index that keeps names only for the geonameids set in {@code wanted}. */
    AlternateNameIndex(BitSet wanted) {
        this.wanted = wanted;
    }

    /**
     * Indexes one line of the table; fails with "field: problem" when the line is malformed. Names of unwanted
     * places, pseudo-languages, or that a report could not contain ({@link GeoNamesCities#useful}) are dropped.
     */
    void add(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 10 && f.length != 8) {
            throw new FrontlineException("columns: expected 10 (or 8 before V2), got " + f.length);
        }
        int id = GeoNamesRow.positiveInt("geonameid", f[1]);
        if (!wanted.get(id) || PSEUDO_LANGUAGES.contains(f[2]) || !GeoNamesCities.useful(f[3])) {
            return;
        }
        put(id, f[3].strip());
    }

    /** The names indexed for {@code id}, in no particular order; empty when none. */
    List<String> names(int id) {
        int slot = slot(id);
        if (keys[slot] != id) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        for (int e = heads[slot]; e >= 0; e = previous[e]) {
            int end = e + 1 < count ? start[e + 1] : arenaSize;
            out.add(new String(arena, start[e], end - start[e], StandardCharsets.UTF_8));
        }
        return out;
    }

    int size() {
        return count;
    }

    private void put(int id, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if ((long) arenaSize + bytes.length > Integer.MAX_VALUE - 16) {
            throw new FrontlineException("alternate names: more than 2 GB of names for the places imported; "
                    + "import fewer feature classes or countries at a time");
        }
        if (arenaSize + bytes.length > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max((long) arena.length * 2, (long) arenaSize + bytes.length)));
        }
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            previous = Arrays.copyOf(previous, count * 2);
        }
        System.arraycopy(bytes, 0, arena, arenaSize, bytes.length);
        start[count] = arenaSize;
        arenaSize += bytes.length;
        int slot = slot(id);
        if (keys[slot] == id) {
            previous[count] = heads[slot];
        } else {
            previous[count] = -1;
            keys[slot] = id;
            mapSize++;
        }
        heads[slot] = count++;
        if (mapSize * 2 > keys.length) {
            grow();
        }
    }

    /** The slot holding {@code id}, or the empty slot (key 0: geonameids are positive) where it would go. */
    private int slot(int id) {
        int mask = keys.length - 1;
        int s = (id * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
        while (keys[s] != 0 && keys[s] != id) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
