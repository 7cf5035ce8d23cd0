package org.frontline.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.frontline.FrontlineException;
import org.frontline.text.NameKey;

/**
 * A gazetteer held in memory with two indexes over every name of every place: one by {@link NameKey#normalize}
 * (exact matches) and one by {@link NameKey#fold} (loose matches).
 *
 * <p>Candidates come back exact matches first, then fold-only ones; within each group countries first, then by
 * population, largest first, then by id, so the order is stable. Fold-only matching needs a fold key of at least
 * {@link #MIN_FOLD_KEY} letters: a one-consonant skeleton ("Bab" → "b") would match hundreds of unrelated places.
 *
 * <p>Compact, because a world import has millions of places: places live in {@link PlaceColumns} and the keys in
 * {@link KeyPostings} (primitive arrays and UTF-8 arenas, ~300 bytes a place with its keys instead of ~1.3 kB of
 * records, Strings and hash map nodes), and a {@link Place} record is made only for a candidate. Immutable after
 * load (but for that record cache) and safe to share between threads.
 */
public final class KeyIndexGazetteer implements Gazetteer {
    /**
     * The system property naming a directory for snapshots of indexed gazetteers ({@link #loadBundled}); the
     * {@code frontline} launcher sets it.
     */
    public static final String CACHE_PROPERTY = "frontline.gazetteer.cache";
    static final int MIN_FOLD_KEY = 2;
    /** Places whose keys are computed together (in parallel) before they are indexed (two indexes in parallel). */
    private static final int CHUNK = 8192;

    private final PlaceColumns columns;
    /** Storage positions, most prominent first: countries, then by population, then by id. */
    private final int[] ranked;
    /** Open addressing by id hash: storage position + 1, 0 empty. */
    private final int[] idSlots;
    /** ISO code to the storage position of the country's entry. */
    private final Map<String, Integer> countries;
    private final KeyPostings exact;
    private final KeyPostings folded;
    /** The loose postings of each key inside the country set asked for, worked out on first use. */
    private final CountryPostings inCountries;

    private KeyIndexGazetteer(PlaceColumns columns) {
        this.columns = columns;
        this.ranked = PlaceRank.of(columns);
        this.idSlots = idTable(columns);
        this.countries = countries(columns, ranked);
        KeyPostings.Builder exactKeys = new KeyPostings.Builder();
        KeyPostings.Builder foldKeys = new KeyPostings.Builder();
        for (int from = 0; from < ranked.length; from += CHUNK) {
            indexChunk(from, Math.min(ranked.length, from + CHUNK), exactKeys, foldKeys);
        }
        CompletableFuture<KeyPostings> fold = CompletableFuture.supplyAsync(foldKeys::build);
        this.exact = exactKeys.build();
        this.folded = fold.join();
        this.inCountries = new CountryPostings(columns, folded);
    }

    private KeyIndexGazetteer(DataInputStream in) throws IOException {
        this.columns = PlaceColumns.read(in);
        this.ranked = Snapshot.readInts(in);
        this.idSlots = Snapshot.readInts(in);
        this.exact = KeyPostings.read(in);
        this.folded = KeyPostings.read(in);
        this.countries = countries(columns, ranked);
        this.inCountries = new CountryPostings(columns, folded);
    }

    /**
     * The gazetteer bundled with frontline-core ({@value GazetteerBuilder#RESOURCE}). When the system property
     * {@value #CACHE_PROPERTY} names a directory (the launcher sets it), the indexed gazetteer is kept there
     * as a snapshot and later loads read that instead of indexing again.
     */
    public static KeyIndexGazetteer loadBundled() {
        InputStream in = KeyIndexGazetteer.class.getClassLoader().getResourceAsStream(GazetteerBuilder.RESOURCE);
        if (in == null) {
            throw new FrontlineException("the bundled gazetteer " + GazetteerBuilder.RESOURCE + " is not on the classpath");
        }
        try {
            return cached("bundled", in);
        } catch (IOException e) {
            throw new FrontlineException("cannot read the bundled gazetteer " + GazetteerBuilder.RESOURCE, e);
        }
    }

    /** Reads a gzip'd places TSV file (an import), snapshotted as {@link #loadBundled} says. */
    public static KeyIndexGazetteer load(Path gzippedTsv) throws IOException {
        String name = gzippedTsv.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cached("user-" + name, Files.newInputStream(gzippedTsv));
    }

    private static KeyIndexGazetteer cached(String kind, InputStream gzippedTsv) throws IOException {
        try (gzippedTsv) {
            String cache = System.getProperty(CACHE_PROPERTY, "");
            return cache.isBlank() ? load(gzippedTsv)
                    : GazetteerCache.load(kind, gzippedTsv.readAllBytes(), Path.of(cache));
        }
    }

    /** Reads what {@link #write} wrote. */
    static KeyIndexGazetteer read(DataInputStream in) throws IOException {
        return new KeyIndexGazetteer(in);
    }

    /** Writes the whole index (places, ranks, ids, keys) as a snapshot that {@link #read} loads without work. */
    void write(DataOutputStream out) throws IOException {
        columns.write(out);
        Snapshot.writeInts(out, ranked);
        Snapshot.writeInts(out, idSlots);
        exact.write(out);
        folded.write(out);
    }

    /** Reads a gzip'd places TSV as the builder writes it; closes the stream. */
    public static KeyIndexGazetteer load(InputStream gzippedTsv) {
        return new KeyIndexGazetteer(PlaceTsv.readColumns(gzippedTsv));
    }

    /** Indexes places already in memory (tests, imports). */
    public static KeyIndexGazetteer of(List<Place> places) {
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        places.forEach(b::add);
        return new KeyIndexGazetteer(b.build());
    }

    private static int[] idTable(PlaceColumns columns) {
        int[] slots = new int[Integer.highestOneBit(Math.max(4, columns.size() * 2 - 1)) << 1];
        int mask = slots.length - 1;
        for (int i = 0; i < columns.size(); i++) {
            String id = columns.id(i);
            int s = idSlot(id, mask);
            for (; slots[s] != 0; s = (s + 1) & mask) {
                if (columns.idEquals(slots[s] - 1, id)) {
                    throw new FrontlineException("gazetteer has two places with id " + id);
                }
            }
            slots[s] = i + 1;
        }
        return slots;
    }

    /** The first country entry, in rank order, of each ISO code. */
    private static Map<String, Integer> countries(PlaceColumns columns, int[] ranked) {
        Map<String, Integer> countries = new HashMap<>();
        for (int i : ranked) {
            if (columns.isCountry(i) && columns.country(i) != null) {
                countries.putIfAbsent(columns.country(i), i);
            }
        }
        return countries;
    }

    private static int idSlot(String id, int mask) {
        return (id.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    }

    /**
     * Indexes the names of the places ranked {@code from} to {@code to} - 1, in rank order so that each key's
     * postings are: the key computation (most of the load) runs in parallel, then the two indexes fill side by side.
     */
    private void indexChunk(int from, int to, KeyPostings.Builder exactKeys, KeyPostings.Builder foldKeys) {
        int first = columns.firstName(ranked[from]);
        int[] ordinals = new int[(to - from) * 4];
        int[] places = new int[ordinals.length];
        int n = 0;
        for (int r = from; r < to; r++) {
            int i = ranked[r];
            for (int g = columns.firstName(i); g < columns.firstName(i + 1); g++) {
                if (n == ordinals.length) {
                    ordinals = Arrays.copyOf(ordinals, n * 2);
                    places = Arrays.copyOf(places, n * 2);
                }
                ordinals[n] = g;
                places[n++] = i;
            }
        }
        String[] norm = new String[n];
        String[] fold = new String[n];
        int[] g = ordinals;
        IntStream.range(0, n).parallel().forEach(j -> {
            norm[j] = NameKey.normalize(columns.name(g[j]));
            fold[j] = NameKey.foldNormalized(norm[j]);
        });
        int count = n;
        int[] p = places;
        CompletableFuture<Void> folding = CompletableFuture.runAsync(() -> {
            for (int j = 0; j < count; j++) {
                foldKeys.add(fold[j], g[j], p[j]);
            }
        });
        for (int j = 0; j < count; j++) {
            exactKeys.add(norm[j], g[j], p[j]);
        }
        folding.join();
    }

    @Override
    public List<PlaceMatch> lookup(String surface) {
        return lookup(surface, null);
    }

    /** @param looseCountries null keeps every loose match */
    @Override
    public List<PlaceMatch> lookup(String surface, Set<String> looseCountries) {
        return lookup(surface, looseCountries, null);
    }

    /**
     * A loose posting's name is tested before its place's record and match are made (and before the place is
     * compared with the matches found so far).
     *
     * @param looseName null keeps every loose match of those countries
     */
    @Override
    public List<PlaceMatch> lookup(String surface, Set<String> looseCountries, Predicate<String> looseName) {
        return lookupKeys(NameKey.normalize(surface), null, looseCountries, looseName);
    }

    /** The surface's keys made by the caller are used as they are (not normalized and folded again). */
    @Override
    public List<PlaceMatch> lookup(String surface, String norm, String fold, Set<String> looseCountries,
                                   Predicate<String> looseName) {
        return lookupKeys(norm, fold, looseCountries, looseName);
    }

    /** @param fold {@code NameKey.foldNormalized(norm)}, or null to make it when loose matches are wanted */
    private List<PlaceMatch> lookupKeys(String norm, String fold, Set<String> looseCountries,
                                        Predicate<String> looseName) {
        FoundMatches found = new FoundMatches();
        collect(exact, norm, true, null, null, found);
        found.endExact();
        if (looseCountries != null && looseCountries.isEmpty()) {
            return found.list();
        }
        String f = fold != null ? fold : NameKey.foldNormalized(norm); // = NameKey.fold(surface)
        if (NameKey.skeletonLength(f) >= MIN_FOLD_KEY) {
            collect(folded, f, false, looseCountries, looseName, found);
        }
        return found.list();
    }

    /**
     * Stops at the first surface whose normalized key begins no exact key with whole words, whose fold key is no
     * key and begins none either, and which the next surface extends by whole words: every longer surface's keys
     * then begin with these words (normalizing and folding go left to right, a word at a time), so none is a key.
     * Arabic script is transliterated a word at a time: a run holding any is not cut short.
     */
    @Override
    public int reach(int count, IntFunction<String> surface) {
        return reach(count, surface, k -> NameKey.normalize(surface.apply(k)), (IntFunction<String>) null);
    }

    /** @param fold null to fold each key read here */
    @Override
    public int reach(int count, IntFunction<String> surface, IntFunction<String> norm, IntFunction<String> fold) {
        return reachWhere(count, surface, norm, (c, n) -> cannotGrow(n, fold, c));
    }

    @Override
    public int reachClosed(int count, IntFunction<String> surface, IntFunction<String> norm, IntPredicate closed) {
        return reachWhere(count, surface, norm, (c, n) -> closed.test(c));
    }

    /** {@link #closed} of surface {@code c}, whose normalized key is {@code norm}. */
    private interface Closed {
        boolean at(int c, String norm);
    }

    private int reachWhere(int count, IntFunction<String> surface, IntFunction<String> norm, Closed closedAt) {
        if (count <= 1 || arabic(surface.apply(count - 1))) {
            return count - 1;
        }
        String n = norm.apply(0);
        for (int c = 0; c + 1 < count; c++) {
            boolean closed = closedAt.at(c, n);
            String next = norm.apply(c + 1);
            if (closed && next.length() > n.length() && next.charAt(n.length()) == ' ' && next.startsWith(n)) {
                return c;
            }
            n = next;
        }
        return count - 1;
    }

    @Override
    public boolean closed(String norm, String fold) {
        return cannotGrow(norm, c -> fold, 0);
    }

    /**
     * Whether no key at all is these words ({@code norm}, surface {@code c}) followed by more (nor, for the fold key,
     * these words alone); {@code folds} gives the fold key, or is null to make it.
     */
    private boolean cannotGrow(String norm, IntFunction<String> folds, int c) {
        if (norm.isEmpty() || exact.mayBegin(norm)) {
            return false;
        }
        String fold = folds == null ? NameKey.foldNormalized(norm) : folds.apply(c);
        return !fold.isEmpty() && !folded.mayBegin(fold) && folded.find(fold) < 0;
    }

    private static boolean arabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0600' && s.charAt(i) <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param countries null for places of any country; otherwise only the postings of those countries' places (the
     *                  loose index only: {@link CountryPostings})
     * @param names     null for any name; otherwise postings whose name it rejects are skipped
     */
    private void collect(KeyPostings index, String key, boolean isExact, Set<String> countries,
                         Predicate<String> names, FoundMatches found) {
        int k = index.find(key);
        if (k < 0) {
            return;
        }
        if (countries == null) {
            for (int j = index.from(k); j < index.to(k); j++) {
                add(index.posting(j), isExact, names, found);
            }
        } else {
            CountryPostings.Kept kept = inCountries.of(countries, k);
            for (int j = 0; j < kept.postings().length; j++) {
                int i = kept.places()[j];
                if (!found.foundExact(i) && kept.accepts(j, names)) {
                    addMatch(i, kept.postings()[j], isExact, found);
                }
            }
        }
    }

    /** A key's postings name each place once: only a loose posting can meet a place found (by the exact key). */
    private void add(int g, boolean isExact, Predicate<String> names, FoundMatches found) {
        int i = columns.placeOfName(g);
        if ((isExact || !found.foundExact(i)) && (names == null || names.test(columns.nameOf(i, g)))) {
            addMatch(i, g, isExact, found);
        }
    }

    private void addMatch(int i, int g, boolean isExact, FoundMatches found) {
        Place p = columns.place(i);
        int n = g - columns.firstName(i);
        found.add(i, new PlaceMatch(p, isExact, n == 0 ? p.name() : p.names().get(n - 1)));
    }

    @Override
    public Optional<Place> byId(String id) {
        int mask = idSlots.length - 1;
        for (int s = idSlot(id, mask); idSlots[s] != 0; s = (s + 1) & mask) {
            if (columns.idEquals(idSlots[s] - 1, id)) {
                return Optional.of(columns.place(idSlots[s] - 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Place> country(String iso2) {
        Integer i = countries.get(iso2);
        return i == null ? Optional.empty() : Optional.of(columns.place(i));
    }

    /** The ADM1 unit of the country one of whose names meets {@code admin1Name}, exact before fold. */
    @Override
    public Optional<Place> admin1(String iso2, String admin1Name) {
        return lookup(admin1Name).stream().map(PlaceMatch::place)
                .filter(p -> p.adminLevel() == 1 && iso2.equals(p.country()))
                .findFirst();
    }

    @Override
    public int size() {
        return ranked.length;
    }

    /** Every place, most prominent first (countries, then by population); records are made as they are read. */
    public List<Place> places() {
        return new AbstractList<>() {
            @Override
            public Place get(int r) {
                return columns.place(ranked[r]);
            }

            @Override
            public int size() {
                return ranked.length;
            }
        };
    }
}
