package org.frontline.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/** Looks places up by any of their names. Implementations are immutable after load and thread-safe. */
public interface Gazetteer {
    /**
     * Every place one of whose names has the same normalized key as {@code surface} (exact) or the same fold key
     * (loose), exact matches first; empty when none.
     */
    List<PlaceMatch> lookup(String surface);

    /**
     * {@link #lookup}, keeping the loose matches of places in {@code looseCountries} (ISO alpha-2) only; no loose
     * match at all when it is empty. The geoparser trusts loose matches only in the countries whose names reach us
     * transliterated: an index can then skip the others' postings (a short fold key has thousands) instead of
     * making a match for each to be dropped.
     */
    default List<PlaceMatch> lookup(String surface, Set<String> looseCountries) {
        return lookup(surface).stream().filter(m -> m.exact()
                || m.place().country() != null && looseCountries.contains(m.place().country())).toList();
    }

    /**
     * {@link #lookup(String, Set)}, keeping only the loose matches whose matched name {@code looseName} accepts. The
     * geoparser keeps a loose match only when its name is spelled close to the surface: an index can test a
     * posting's name before it makes a match, and a short fold key has hundreds of postings in those countries.
     */
    default List<PlaceMatch> lookup(String surface, Set<String> looseCountries, Predicate<String> looseName) {
        return lookup(surface, looseCountries).stream().filter(m -> m.exact() || looseName.test(m.matchedName()))
                .toList();
    }

    /**
     * {@link #lookup(String, Set, Predicate)} of a surface whose keys the caller has made already (a geoparser
     * normalizes and folds each span it tries, for its own tests): an index can look them up instead of making them
     * again. {@code norm} must be {@link org.frontline.text.NameKey#normalize} of the surface and {@code fold}
     * {@link org.frontline.text.NameKey#foldNormalized} of {@code norm}; {@code looseName} may be null (every loose
     * match of those countries). This default asks the surface.
     */
    default List<PlaceMatch> lookup(String surface, String norm, String fold, Set<String> looseCountries,
                                    Predicate<String> looseName) {
        return looseName == null ? lookup(surface, looseCountries) : lookup(surface, looseCountries, looseName);
    }

    /**
     * How far a run of words may go and still name a place, so that a caller trying a run's sub-spans longest first
     * can skip the ones that cannot match instead of looking each up. {@code surface.apply(i)} is the run's first
     * i + 1 words as written (each the one before and more text), for i below {@code count}. Returns the last i
     * whose lookup, or the lookup of any longer surface, may find something: every {@link #lookup} past it finds
     * nothing. This default knows nothing and returns {@code count - 1}.
     */
    default int reach(int count, IntFunction<String> surface) {
        return count - 1;
    }

    /**
     * {@link #reach(int, IntFunction)} with each surface's keys made by the caller: {@code norm.apply(i)} is
     * {@link org.frontline.text.NameKey#normalize} of {@code surface.apply(i)} and {@code fold.apply(i)}
     * {@link org.frontline.text.NameKey#foldNormalized} of that (a geoparser keeps them for the spans it tries). This
     * default asks the surfaces.
     */
    default int reach(int count, IntFunction<String> surface, IntFunction<String> norm, IntFunction<String> fold) {
        return reach(count, surface);
    }

    /**
     * Whether no key is these words followed by more words, and no loose key is these words alone or followed by
     * more: where the next surface of a run only adds words to such a one, {@link #reach} stops. {@code norm} is
     * {@link org.frontline.text.NameKey#normalize} of a surface and {@code fold}
     * {@link org.frontline.text.NameKey#foldNormalized} of {@code norm}. The answer depends on the keys alone: a
     * caller meeting the same surface again may keep it ({@link #reachClosed}). This default knows nothing: false.
     */
    default boolean closed(String norm, String fold) {
        return false;
    }

    /**
     * {@link #reach(int, IntFunction, IntFunction, IntFunction)} with {@link #closed} of each surface given by the
     * caller: {@code closed.test(i)} is {@code closed(norm.apply(i), fold of it)}. A geoparser keeps the answer with
     * the span's keys, and the tables {@link #closed} reads (large, and cold between two documents) are read once per
     * surface met, not each time it is met. This default asks the surfaces.
     */
    default int reachClosed(int count, IntFunction<String> surface, IntFunction<String> norm, IntPredicate closed) {
        return reach(count, surface);
    }

    Optional<Place> byId(String id);

    /** The country entry for an ISO 3166-1 alpha-2 code ("SY"). */
    Optional<Place> country(String iso2);

    /** The first-level unit (Syria: governorate) of a country by its admin1 name as ACLED spells it. */
    Optional<Place> admin1(String iso2, String admin1Name);

    int size();
}
