package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.NameKey;

/**
 * Names whose consonant skeleton has two letters ("Taara" Ta`arah, "Ruwaiha" Ruwayhah, "Sahwa"): a loose match on
 * such a skeleton is one of dozens of villages, and most capitalised words ("LGA", "Rafi") have one. So they are
 * set apart while the document is read and only admitted, as places inside a first-level unit the document names,
 * once its context is known; elsewhere they are not even candidates, and cannot cut a qualifier off its place.
 */
final class ShortNames {
    /** Letters of a fold key under which a loose match is too common to take anywhere in a country. */
    static final int MIN_SKELETON = 3;

    private ShortNames() {
    }

    /** The loose matches of {@code surface} when its skeleton is too short for {@link GazetteerGeoparser}'s filter. */
    static List<PlaceMatch> loose(List<PlaceMatch> matches, String surface, boolean sentenceInitial,
                                  CloseTo close) {
        if (sentenceInitial || matches.isEmpty()
                || NameKey.fold(surface).replace(" ", "").length() != MIN_SKELETON - 1) {
            return List.of();
        }
        return matches.stream().filter(m -> !m.exact() && TransliteratedCountries.ISO2.contains(m.place().country())
                && close.test(m.matchedName())).toList();
    }

    /**
     * The candidates with those short ones that have a place inside one of {@code admin1s} added (keeping only
     * such places), in text order; or, when the document's {@code country} is known, that have a single place in it
     * ("east of Khuzaa" among Palestinians: Khuzā‘ah is the only village so spelled in Palestine).
     */
    static List<GazetteerGeoparser.Candidate> admit(List<GazetteerGeoparser.Candidate> candidates,
            List<GazetteerGeoparser.Candidate> shorts, Set<String> admin1s, String country) {
        if (shorts.isEmpty() || admin1s.isEmpty() && country == null) {
            return candidates;
        }
        List<GazetteerGeoparser.Candidate> out = new ArrayList<>(candidates);
        for (GazetteerGeoparser.Candidate c : shorts) {
            List<PlaceMatch> inside = c.matches().stream().filter(m -> m.place().admin1() != null
                    && admin1s.contains(PlaceResolver.admin1Key(m.place()))).toList();
            if (inside.isEmpty() && country != null) {
                inside = c.matches().stream().filter(m -> country.equals(m.place().country())).toList();
                if (inside.stream().map(PlaceMatch::place).distinct().count() != 1) {
                    inside = List.of();
                }
            }
            if (!inside.isEmpty()) {
                out.add(c.qualifiedTo(inside));
            }
        }
        out.sort(Comparator.comparingInt(GazetteerGeoparser.Candidate::start));
        return out;
    }
}
