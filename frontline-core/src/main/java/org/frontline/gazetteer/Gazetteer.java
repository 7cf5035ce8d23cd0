package org.frontline.gazetteer;

import java.util.List;
import java.util.Optional;

/** Looks places up by any of their names. Implementations are immutable after load and thread-safe. */
public interface Gazetteer {
    /**
     * Every place one of whose names has the same normalized key as {@code surface} (exact) or the same fold key
     * (loose), exact matches first; empty when none.
     */
    List<PlaceMatch> lookup(String surface);

    Optional<Place> byId(String id);

    /** The country entry for an ISO 3166-1 alpha-2 code ("SY"). */
    Optional<Place> country(String iso2);

    /** The first-level unit (Syria: governorate) of a country by its admin1 name as ACLED spells it. */
    Optional<Place> admin1(String iso2, String admin1Name);

    int size();
}
