package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;

/**
 * Names whose consonant skeleton has two letters ("Taara" Ta`arah, "Ruwaiha" Ruwayhah, "Sahwa"): a loose match on
 * such a skeleton is one of dozens of villages, and most capitalised words ("LGA", "Rafi") have one. So they are
 * set apart while the document is read and only admitted, as places inside a first-level unit the document names,
 * once its context is known; elsewhere they are not even candidates, and cannot cut a qualifier off its place.
 */
final class ShortNames {
    /** Letters of a fold key under which a loose match is too common to take anywhere in a country. */
    static final int MIN_SKELETON = 3;
    /** How much farther (edits per letter) than the closest spelling a short name's match may be and still count. */
    private static final double CLOSEST_SLACK = 0.05;

    private ShortNames() {
    }

    /** The loose matches of {@code surface} when its skeleton is too short for {@link GazetteerGeoparser}'s filter. */
    static List<PlaceMatch> loose(List<PlaceMatch> matches, String surface, int skeleton, boolean sentenceInitial,
                                  CloseTo close) {
        if (sentenceInitial || matches.isEmpty() || skeleton != MIN_SKELETON - 1) {
            return List.of();
        }
        List<PlaceMatch> loose = matches.stream().filter(m -> !m.exact()
                && TransliteratedCountries.ISO2.contains(m.place().country()) && close.test(m.matchedName())).toList();
        return closest(loose, surface);
    }

    /**
     * Of the loose matches, those spelled closest to the surface: a two-letter skeleton meets a name written with
     * other letters too ("Ruwaiha" is Ruwayhah, not Ariha by its alias "Riha"), and none of them is then the name.
     */
    private static List<PlaceMatch> closest(List<PlaceMatch> loose, String surface) {
        if (loose.size() < 2) {
            return loose;
        }
        String bare = Spelling.bare(surface);
        double[] d = new double[loose.size()];
        double least = Double.MAX_VALUE;
        for (int i = 0; i < d.length; i++) {
            String name = Spelling.bare(loose.get(i).matchedName());
            d[i] = Spelling.distance(bare, name) / Math.max(bare.length(), name.length());
            least = Math.min(least, d[i]);
        }
        List<PlaceMatch> out = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            if (d[i] <= least + CLOSEST_SLACK) {
                out.add(loose.get(i));
            }
        }
        return out;
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
                    && PlaceResolver.inUnits(admin1s, m.place())).toList();
            if (inside.isEmpty() && country != null) {
                inside = c.matches().stream().filter(m -> country.equals(m.place().country())).toList();
                if (!onePlace(inside)) {
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

    /**
     * Whether the matches are all of one place: what {@code map(PlaceMatch::place).distinct().count() == 1} told,
     * without hashing every place into a set (a Place's hash reads every one of its names) — each is compared with
     * the first, and equality is all distinct() reads of them.
     */
    static boolean onePlace(List<PlaceMatch> matches) {
        if (matches.isEmpty()) {
            return false;
        }
        Place first = matches.get(0).place();
        for (int k = 1; k < matches.size(); k++) {
            if (!Objects.equals(matches.get(k).place(), first)) {
                return false;
            }
        }
        return true;
    }
}
