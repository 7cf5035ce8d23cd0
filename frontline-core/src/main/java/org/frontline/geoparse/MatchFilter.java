package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;

/** Which of a span's gazetteer matches {@link GazetteerGeoparser} keeps as a candidate's places. */
final class MatchFilter {
    private MatchFilter() {
    }

    /**
     * The matches worth keeping: exact ones, and loose (phonological) ones only inside a sentence, with a skeleton
     * long enough, in the countries whose names reach French and English as transliterations of Arabic or Persian
     * script: the fold key merges what those transliterations confuse, and elsewhere it only makes unrelated words
     * meet ("Parana" and "Pará", "Court" and "Curitiba"). Even there, the two spellings must be close letter by
     * letter ({@code close}, {@link Spelling#close}): "Party" and "Buwayrat" share a skeleton, not a name. A word in
     * capitals of up to five letters is an acronym (ABS, NTC, LNA) before it is a place: only a place of that very
     * name, or a city so named, takes it.
     */
    static List<PlaceMatch> keep(List<PlaceMatch> matches, String surface, int skeleton, boolean sentenceInitial,
                                 CloseTo close) {
        if (matches.isEmpty()) {
            return matches;
        }
        boolean looseOk = !sentenceInitial && skeleton >= ShortNames.MIN_SKELETON;
        boolean acronym = acronym(surface);
        List<PlaceMatch> kept = new ArrayList<>(matches.size());
        for (PlaceMatch m : matches) {
            if (acronym) {
                if (m.matchedName().equals(surface)
                        || m.exact() && PlaceResolver.byPrimaryName(m) && PlaceResolver.city(m.place())) {
                    kept.add(m); // "UAE", "HOMS" (a city); not "ABS" (ABS-CBN) as Gabès' "Abes" or Yemen's Abs
                }
            } else if (m.exact() || looseOk && TransliteratedCountries.ISO2.contains(m.place().country())
                    && close.test(m.matchedName())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * A word in capitals of up to five letters ("IED", "QSD", "LGA"): an acronym before it is a place, and never one
     * of the villages a two-letter skeleton loosely meets ({@link ShortNames}).
     */
    static boolean acronym(String surface) {
        if (surface.length() > 5) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) { // each char as an int, as chars().allMatch read them
            if (!Character.isUpperCase((int) surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
