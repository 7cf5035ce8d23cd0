package org.frontline.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places stored column by column: a world import holds millions of them, and a {@link Place} record with a dozen
 * Strings and a name list costs about a kilobyte each, while these columns cost ~100 bytes plus the UTF-8 of the
 * names. Ids and names are UTF-8 in two byte arenas with offsets; feature, country and admin names are indices into
 * one pool of distinct strings (a few thousand admin names serve all places). A place's names are consecutive in
 * the name arena, its primary name first, so a name is addressed by one global ordinal.
 *
 * <p>{@link #place} materialises a record on demand and keeps it, so only the places a run looks at cost a record
 * (and only the names read of it cost a string: {@link LazyNames}).
 * Immutable after {@link Builder#build}, except that cache, whose racy writes publish immutable records (their
 * fields are final) and are therefore safe between threads.
 */
final class PlaceColumns {
    /** Names per block of {@link #blockPlace}, as a shift: 16. */
    private static final int BLOCK = 4;
    private final Utf8Arena ids;
    private final Utf8Arena names;
    /** Place i's names are the ordinals firstName[i] (its primary name) to firstName[i + 1] - 1. */
    private final int[] firstName;
    /** The place of name ordinal {@code j << BLOCK}, for {@link #placeOfName}; derived, not in the snapshot. */
    private final int[] blockPlace;
    private final double[] lat;
    private final double[] lon;
    private final long[] population;
    /** Indices into {@link #pool}; 0 is null. Columns: class, code, country, admin1, admin2, admin3. */
    private final int[][] pooled;
    private final String[] pool;
    private final Place[] cache;

    private PlaceColumns(Builder b) {
        this.ids = b.ids.trim();
        this.names = b.names.trim();
        this.firstName = Arrays.copyOf(b.firstName, b.size + 1);
        this.firstName[b.size] = b.names.size();
        this.blockPlace = blockPlaces(firstName);
        this.lat = Arrays.copyOf(b.lat, b.size);
        this.lon = Arrays.copyOf(b.lon, b.size);
        this.population = Arrays.copyOf(b.population, b.size);
        this.pooled = new int[b.pooled.length][];
        for (int c = 0; c < pooled.length; c++) {
            pooled[c] = Arrays.copyOf(b.pooled[c], b.size);
        }
        this.pool = b.pool.toArray(String[]::new);
        this.cache = new Place[b.size];
    }

    private PlaceColumns(DataInputStream in) throws IOException {
        this.ids = Utf8Arena.read(in);
        this.names = Utf8Arena.read(in);
        this.firstName = Snapshot.readInts(in);
        this.blockPlace = blockPlaces(firstName);
        this.lat = Snapshot.readDoubles(in);
        this.lon = Snapshot.readDoubles(in);
        this.population = Snapshot.readLongs(in);
        this.pooled = new int[in.readInt()][];
        for (int c = 0; c < pooled.length; c++) {
            pooled[c] = Snapshot.readInts(in);
        }
        this.pool = new String[in.readInt()];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = Snapshot.readString(in);
        }
        this.cache = new Place[lat.length];
    }

    /** Columns as {@link #write} wrote them. */
    static PlaceColumns read(DataInputStream in) throws IOException {
        return new PlaceColumns(in);
    }

    void write(DataOutputStream out) throws IOException {
        ids.write(out);
        names.write(out);
        Snapshot.writeInts(out, firstName);
        Snapshot.writeDoubles(out, lat);
        Snapshot.writeDoubles(out, lon);
        Snapshot.writeLongs(out, population);
        out.writeInt(pooled.length);
        for (int[] column : pooled) {
            Snapshot.writeInts(out, column);
        }
        out.writeInt(pool.length);
        for (String s : pool) {
            Snapshot.writeString(out, s);
        }
    }

    int size() {
        return lat.length;
    }

    /** The place at storage position {@code i} as a record, made on first use. */
    Place place(int i) {
        Place p = cache[i];
        if (p == null) {
            int first = firstName[i];
            List<String> alternates = first + 1 == firstName[i + 1] ? List.of()
                    : new LazyNames(names, first + 1, firstName[i + 1]); // decoded as read
            p = new Place(id(i), names.get(first), lat[i], lon[i], pooled(0, i), pooled(1, i), pooled(2, i),
                    pooled(3, i), pooled(4, i), pooled(5, i), population[i], alternates);
            cache[i] = p;
        }
        return p;
    }

    String id(int i) {
        return ids.get(i);
    }

    boolean idEquals(int i, String id) {
        return ids.equalsAt(i, id);
    }

    long population(int i) {
        return population[i];
    }

    boolean isCountry(int i) {
        String code = pooled(1, i);
        return code != null && code.startsWith("PCL");
    }

    String country(int i) {
        return pooled(2, i);
    }

    /** Whether place {@code i}'s country is marked in {@code mask} (from {@link #countryMask}). */
    boolean countryIn(int i, boolean[] mask) {
        return mask[pooled[2][i]];
    }

    /** For each pooled string, whether it is one of {@code countries}: a country test without hashing a string. */
    boolean[] countryMask(Set<String> countries) {
        boolean[] mask = new boolean[pool.length];
        for (int k = 0; k < pool.length; k++) {
            mask[k] = pool[k] != null && countries.contains(pool[k]);
        }
        return mask;
    }

    int firstName(int i) {
        return firstName[i];
    }

    int nameCount() {
        return names.size();
    }

    String name(int ordinal) {
        return names.get(ordinal);
    }

    /** Name {@code ordinal} of place {@code i}, from the place's record when one was made (no string decoded). */
    String nameOf(int i, int ordinal) {
        Place p = cache[i];
        int n = ordinal - firstName[i];
        return p == null ? names.get(ordinal) : n == 0 ? p.name() : p.names().get(n - 1);
    }

    /**
     * The place whose names include the global name {@code ordinal}: the last place whose first name is at or before
     * it. A loose lookup asks this of every posting of its fold key (hundreds for a short one) to test the place's
     * country: starting from the place of the ordinal's block of 16 names and stepping over the few places in
     * between replaces a binary search over every place.
     */
    int placeOfName(int ordinal) {
        int i = blockPlace[ordinal >>> BLOCK];
        while (firstName[i + 1] <= ordinal) {
            i++;
        }
        return i;
    }

    private static int[] blockPlaces(int[] firstName) {
        int places = firstName.length - 1;
        int[] block = new int[(firstName[places] >>> BLOCK) + 1];
        int i = 0;
        for (int j = 0; j < block.length; j++) {
            int g = j << BLOCK;
            while (i + 1 < places && firstName[i + 1] <= g) {
                i++;
            }
            block[j] = i;
        }
        return block;
    }

    private String pooled(int column, int i) {
        return pool[pooled[column][i]];
    }

    /** Appends places one at a time; nothing is validated here beyond what {@link Place} would check. */
    static final class Builder {
        private final Utf8Arena ids = new Utf8Arena();
        private final Utf8Arena names = new Utf8Arena();
        private final Map<String, Integer> poolIndex = new HashMap<>();
        private final List<String> pool = new ArrayList<>();
        private int[] firstName = new int[1024];
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private long[] population = new long[1024];
        private int[][] pooled = new int[6][1024];
        private int size;

        Builder() {
            pool.add(null);
        }

        void add(Place p) {
            int place = begin(p.id(), p.name(), p.lat(), p.lon(), p.population());
            setPooled(place, p.featureClass(), p.featureCode(), p.country(), p.admin1(), p.admin2(), p.admin3());
            for (String n : p.names()) {
                names.add(n);
            }
        }

        /**
         * Starts a place, its primary name first; its alternate names follow through {@link #alternates}.
         * Fails as {@link Place}'s constructor does on coordinates outside the globe.
         */
        int begin(String id, String name, double latitude, double longitude, long pop) {
            Place.checkCoordinates(latitude, longitude, id);
            if (size == lat.length) {
                grow();
            }
            ids.add(id);
            firstName[size] = names.size();
            names.add(name);
            lat[size] = latitude;
            lon[size] = longitude;
            population[size] = pop;
            return size++;
        }

        /** Feature class, feature code, country, admin1, admin2, admin3 (each nullable) of place {@code i}. */
        void setPooled(int i, String... values) {
            for (int c = 0; c < values.length; c++) {
                pooled[c][i] = intern(values[c]);
            }
        }

        /**
         * The '|'-separated alternate names of the place begun last (a TSV cell), split exactly as
         * {@code String.split} does: an empty cell is no name, trailing empty names are dropped.
         */
        void alternates(String cell) {
            if (!cell.isEmpty()) {
                for (String n : cell.split("\\|")) {
                    names.add(n);
                }
            }
        }

        int size() {
            return size;
        }

        PlaceColumns build() {
            return new PlaceColumns(this);
        }

        private int intern(String s) {
            if (s == null) {
                return 0;
            }
            Integer at = poolIndex.get(s);
            if (at == null) {
                at = pool.size();
                pool.add(s);
                poolIndex.put(s, at);
            }
            return at;
        }

        private void grow() {
            int n = lat.length * 2;
            firstName = Arrays.copyOf(firstName, n + 1);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
            population = Arrays.copyOf(population, n);
            for (int c = 0; c < pooled.length; c++) {
                pooled[c] = Arrays.copyOf(pooled[c], n);
            }
        }
    }

    /** Strings as UTF-8 end to end in one growing byte array, addressed by ordinal. */
    static final class Utf8Arena {
        private byte[] bytes = new byte[1 << 16];
        private int[] start = new int[1025];
        private int count;

        void add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            add(b, 0, b.length);
        }

        void add(byte[] b, int from, int len) {
            int end = start[count];
            if ((long) end + len > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GB of names: import fewer places at a time");
            }
            if (end + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(bytes.length * 2L,
                        (long) end + len)));
            }
            System.arraycopy(b, from, bytes, end, len);
            if (count + 1 == start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            start[++count] = end + len;
        }

        int size() {
            return count;
        }

        String get(int i) {
            return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
        }

        /** Whether entry {@code i} is {@code s}, without decoding it. */
        boolean equalsAt(int i, String s) {
            return Utf8.equals(s, bytes, start[i], start[i + 1]);
        }

        void write(DataOutputStream out) throws IOException {
            Snapshot.writeBytes(out, bytes, start[count]);
            Snapshot.writeInts(out, Arrays.copyOf(start, count + 1));
        }

        static Utf8Arena read(DataInputStream in) throws IOException {
            Utf8Arena a = new Utf8Arena();
            a.bytes = Snapshot.readBytes(in);
            a.start = Snapshot.readInts(in);
            a.count = a.start.length - 1;
            return a;
        }

        /** A copy without the spare capacity. */
        Utf8Arena trim() {
            Utf8Arena t = new Utf8Arena();
            t.bytes = Arrays.copyOf(bytes, start[count]);
            t.start = Arrays.copyOf(start, count + 1);
            t.count = count;
            return t;
        }
    }
}
