package org.frontline.gazetteer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.frontline.FrontlineException;
import org.frontline.text.NameKey;

/**
 * A gazetteer held in memory with two hash indexes over every name of every place: one by
 * {@link NameKey#normalize} (exact matches) and one by {@link NameKey#fold} (loose matches).
 *
 * <p>Candidates come back exact matches first, then fold-only ones; within each group countries first, then by
 * population, largest first, then by id, so the order is stable. Fold-only matching needs a fold key of at least
 * {@link #MIN_FOLD_KEY} letters: a one-consonant skeleton ("Bab" → "b") would match hundreds of unrelated places.
 * Immutable after load and safe to share between threads.
 */
public final class KeyIndexGazetteer implements Gazetteer {
    static final int MIN_FOLD_KEY = 2;
    private static final Comparator<Place> RANK = Comparator.comparing((Place p) -> !p.isCountry())
            .thenComparing(Comparator.comparingLong(Place::population).reversed())
            .thenComparing(Place::id);

    /** An index entry: a place by position in {@link #places}, and which of its names; -1 is the primary name. */
    private record Hit(int place, int name) {
    }

    private final Place[] places;
    private final Map<String, Place> byId;
    private final Map<String, Place> countries;
    private final Map<String, List<Hit>> exact;
    private final Map<String, List<Hit>> folded;

    private KeyIndexGazetteer(List<Place> all) {
        this.places = all.stream().sorted(RANK).toArray(Place[]::new);
        this.byId = new HashMap<>(places.length * 2);
        this.countries = new HashMap<>();
        for (Place p : places) {
            if (byId.put(p.id(), p) != null) {
                throw new FrontlineException("gazetteer has two places with id " + p.id());
            }
            if (p.isCountry() && p.country() != null) {
                countries.putIfAbsent(p.country(), p);
            }
        }
        String[][][] keys = new String[places.length][][];
        IntStream.range(0, places.length).parallel().forEach(i -> keys[i] = keysOf(places[i]));
        this.exact = new HashMap<>(places.length * 8);
        this.folded = new HashMap<>(places.length * 8);
        for (int i = 0; i < places.length; i++) {
            String[][] k = keys[i];
            for (int n = 0; n < k[0].length; n++) {
                add(exact, k[0][n], new Hit(i, n - 1));
                add(folded, k[1][n], new Hit(i, n - 1));
            }
        }
    }

    /** The gazetteer bundled with frontline-core ({@value GazetteerBuilder#RESOURCE}). */
    public static KeyIndexGazetteer loadBundled() {
        InputStream in = KeyIndexGazetteer.class.getClassLoader().getResourceAsStream(GazetteerBuilder.RESOURCE);
        if (in == null) {
            throw new FrontlineException("the bundled gazetteer " + GazetteerBuilder.RESOURCE + " is not on the classpath");
        }
        return load(in);
    }

    /** Reads a gzip'd places TSV as the builder writes it; closes the stream. */
    public static KeyIndexGazetteer load(InputStream gzippedTsv) {
        return new KeyIndexGazetteer(PlaceTsv.read(gzippedTsv));
    }

    /** Indexes places already in memory (tests, imports). */
    public static KeyIndexGazetteer of(List<Place> places) {
        return new KeyIndexGazetteer(places);
    }

    private static String[][] keysOf(Place p) {
        int n = p.names().size() + 1;
        String[] norm = new String[n];
        String[] fold = new String[n];
        for (int j = 0; j < n; j++) {
            String name = j == 0 ? p.name() : p.names().get(j - 1);
            norm[j] = NameKey.normalize(name);
            fold[j] = NameKey.foldNormalized(norm[j]);
        }
        return new String[][] {norm, fold};
    }

    private static void add(Map<String, List<Hit>> index, String key, Hit hit) {
        if (key.isEmpty()) {
            return;
        }
        List<Hit> hits = index.computeIfAbsent(key, k -> new ArrayList<>(2));
        Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
        if (last == null || last.place() != hit.place()) {
            hits.add(hit);
        }
    }

    @Override
    public List<PlaceMatch> lookup(String surface) {
        Map<Integer, PlaceMatch> found = new LinkedHashMap<>();
        String norm = NameKey.normalize(surface);
        collect(exact.get(norm), true, found);
        String fold = NameKey.foldNormalized(norm); // = NameKey.fold(surface), without normalizing twice
        if (fold.replace(" ", "").length() >= MIN_FOLD_KEY) {
            collect(folded.get(fold), false, found);
        }
        return List.copyOf(found.values());
    }

    private void collect(List<Hit> hits, boolean isExact, Map<Integer, PlaceMatch> found) {
        if (hits == null) {
            return;
        }
        for (Hit h : hits) {
            Place p = places[h.place()];
            found.putIfAbsent(h.place(), new PlaceMatch(p, isExact, h.name() < 0 ? p.name() : p.names().get(h.name())));
        }
    }

    @Override
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
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
        return places.length;
    }

    /** Every place, most prominent first (countries, then by population). */
    public List<Place> places() {
        return List.of(places);
    }
}
