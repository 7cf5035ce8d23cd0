package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.TransliteratedCountries;
import org.frontline.text.NameKey;

/**
 * "Qabr al Kabir" is Tall Qabr al Kabir: the gazetteer writes the mound ("Tall", "Tell", "Tal") that begins many
 * village names of the Jazira, and reports drop it. A name the gazetteer lacks is looked up again with it; what that
 * finds is a guess, kept only where {@link ShortNames#admit} keeps a short name's: inside a first-level unit the
 * document names.
 */
final class DroppedTells {
    private static final String TELL = "Tall ";

    private DroppedTells() {
    }

    /**
     * The candidates, each left with no match (its namesakes ruled out by a qualifier: "Qabr al Kabir in
     * al-Hasakeh") given the "Tall" villages of its name inside {@code admin1s} ({@link PlaceResolver#admin1Key}).
     *
     * @param tells {@link #of} a surface, as the geoparser keeps it
     */
    static List<GazetteerGeoparser.Candidate> fill(List<GazetteerGeoparser.Candidate> candidates, Set<String> admin1s,
                                                  Function<String, List<PlaceMatch>> tells) {
        if (admin1s.isEmpty()) {
            return candidates;
        }
        List<GazetteerGeoparser.Candidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            GazetteerGeoparser.Candidate c = out.get(i);
            if (c.matches().isEmpty() && !c.partial()) {
                List<PlaceMatch> inside = tells.apply(c.surface()).stream().filter(m -> m.place().admin1() != null
                        && PlaceResolver.inUnits(admin1s, m.place())).toList();
                if (!inside.isEmpty()) {
                    out.set(i, c.qualifiedTo(inside));
                }
            }
        }
        return out;
    }

    /** The places named "Tall {@code surface}" in any spelling close to it; empty when the name begins so already. */
    static List<PlaceMatch> of(Gazetteer gazetteer, String surface) {
        String first = surface.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        if (first.equals("tall") || first.equals("tal") || first.equals("tell") || first.equals("tel")) {
            return List.of();
        }
        String name = TELL + surface;
        return gazetteer.lookup(name, TransliteratedCountries.ISO2, new CloseTo(name)).stream()
                .filter(m -> NameKey.fold(m.matchedName()).startsWith("tl ")).toList();
    }
}
