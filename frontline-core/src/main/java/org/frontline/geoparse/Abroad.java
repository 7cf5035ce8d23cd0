package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;

/** Places of another country than the document's: homonyms before they are where its events happened. */
final class Abroad {
    /** Population under which a town abroad is doubtful (see {@link #minor}). */
    private static final long MINOR = 100_000;
    /** How much more the document's main country must weigh for a town elsewhere to be a doubtful homonym. */
    private static final double OUTWEIGHED = 2.0;

    private Abroad() {
    }

    /**
     * Once every name is resolved, a town of a country the document is mostly not about ("Valle" in Honduras in a
     * report from Guanajuato, "Nelson" in New Zealand in one from the Eastern Cape) is a homonym before it is the
     * place of the event: its confidence is lowered to doubtful. Countries, first-level units and capitals keep
     * theirs, since reports name them from abroad on purpose.
     */
    static List<PlaceMention> doubt(List<PlaceMention> mentions) {
        Map<String, Double> weight = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (m.place() != null && m.place().country() != null) {
                weight.merge(m.place().country(), m.confidence(), Double::sum);
            }
        }
        String main = DocumentContext.mainCountry(mentions);
        if (main == null) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place();
            boolean homonym = p != null && p.country() != null && !main.equals(p.country()) && !p.isCountry()
                    && p.adminLevel() != 1 && !"PPLC".equals(p.featureCode())
                    && weight.get(main) >= OUTWEIGHED * weight.get(p.country());
            out.add(homonym ? m.doubtful() : m);
        }
        return out;
    }

    /** "the Metro"; "Colonia Valle del Campestre", "Barrio Miramar": a common noun, or a neighbourhood's name. */
    private static final java.util.regex.Pattern COMMON_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\bthe|\\b(?:Colonia|Col\\.|Fraccionamiento|Barrio|Bairro|Favela|Barangay|Purok|Sitio))\\s$");

    /**
     * "workers of the Metro", "the Federal Police": a town's name after a lowercase "the" is a common noun there
     * (English names towns without the article), and after "Colonia", "Barrio" or "Barangay" it names a
     * neighbourhood of the town the report is about; so a town outside the country the document's names and actors
     * vote for (or in a document with none) is doubtful there. Countries, units, capitals and towns of the
     * document's own country keep their confidence.
     */
    static List<PlaceMention> doubtAfterThe(List<PlaceMention> mentions, String body, String country) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place();
            String before = body.substring(Math.max(0, m.start() - 16), m.start());
            boolean word = p != null && !java.util.Objects.equals(p.country(), country) && "P".equals(p.featureClass())
                    && !"PPLC".equals(p.featureCode()) && COMMON_BEFORE.matcher(before).find();
            boolean quarter = p != null && !p.isCountry() && QUARTER_BEFORE.matcher(before).find();
            out.add(word || quarter ? m.doubtful() : m);
        }
        return out;
    }

    /**
     * "in Zapopan, Jalisco, neighbors of Colonia Miramar", "Colonia Valle Gomez": after a word for a neighbourhood
     * the name is the neighbourhood's, in the town the report is about, whatever town or unit of that name the
     * gazetteer holds elsewhere in the country (Miramar in Tamaulipas) or abroad (Valle in Honduras).
     */
    private static final java.util.regex.Pattern QUARTER_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:Colonia|Col\\.|Fraccionamiento|Barrio|Bairro|Favela|Barangay|Purok|Sitio)\\s$");

    /**
     * A town of another country than the document's, neither a capital nor a large city: in a report about Brazil,
     * "Federal" is a word before it is the Argentine town. Kept, but too doubtful to locate an event.
     */
    static boolean minor(Place p, String country) {
        return country != null && !country.equals(p.country()) && !p.isCountry() && p.adminLevel() != 1
                && !"PPLC".equals(p.featureCode()) && p.population() < MINOR;
    }

    /**
     * A place abroad met only through one of its alternate names: cities500 gives big cities their names in many
     * languages, and in a Mexican report "Colonia" is a neighbourhood, not Colonia del Sacramento.
     */
    static boolean byAlias(PlaceMatch m, String country) {
        return country != null && !country.equals(m.place().country()) && !m.place().isCountry()
                && !PlaceResolver.byPrimaryName(m);
    }
}
