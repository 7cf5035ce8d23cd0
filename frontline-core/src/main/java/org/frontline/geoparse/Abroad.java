package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
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
     * theirs, since reports name them from abroad on purpose, and so does a city of {@link #MINOR} people or more
     * named as a place ("frappes sur la bande de Gaza" in a report that names Jerusalem and Ashkelon; not "Police
     * Mobile Brigade" in Indonesia).
     */
    static List<PlaceMention> doubt(List<PlaceMention> mentions, String body) {
        // one table of the countries' weights serves the main country and the homonym test (it was made twice)
        Map<String, Double> weight = DocumentContext.weights(mentions);
        String main = DocumentContext.mainCountry(weight);
        if (main == null) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place();
            boolean homonym = p != null && p.country() != null && !main.equals(p.country()) && !p.isCountry()
                    && p.adminLevel() != 1 && !"PPLC".equals(p.featureCode())
                    && !(p.population() >= MINOR && namedAsPlace(body, m.start()))
                    && weight.get(main) >= OUTWEIGHED * weight.get(p.country());
            out.add(homonym ? m.doubtful() : m);
        }
        return out;
    }

    /** Words that name what follows as a place: "in Gaza", "sur la bande de Gaza", "vers Ashkelon". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:\\b(?:in|at|on|near|into|from|towards?|"
            + "en|au|aux|dans|sur|vers|près de|bande de|ville de|city of)|(?<!\\p{L})à)\\s+(?:the\\s+|la\\s+|le\\s+)?$");

    /**
     * A verb right after a capital's name, or an accusation right before it: "Ankara a riposté", "Moscou revendique",
     * "Washington said", "accusé Damas de": the capital names its government, which acts or speaks; it is not where
     * anything happened.
     */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^\\s+(?:a|ont|avait|aurait|has|had|have)\\s+"
            + "(?!(?:été|been|seen|witnessed|experienced|suffered|received|connu|vécu|subi|essuyé|reçu)\\b)"
            + "\\p{L}+(?:é|i|u|is|it|ed|en|t)\\b|^\\s+(?:said|says|claimed|claims|accused|"
            + "accuses|denied|denies|announced|insisted|warned|responded|retaliated|affirme|accuse|dément|annonce|"
            + "revendique|assure|dénonce|estime|réclame|exige|riposte|menace|threatened|vowed|demanded)\\b");
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile("\\b(?:(?:accus|blam|reproch)\\p{L}*|"
            + "(?:soutenu|appuy[ée]|parrain[ée]|arm[ée])\\p{L}* par|(?:backed|supported|armed|sponsored) by)\\s+$");

    /**
     * A capital named for its government ({@link #GOVERNMENT_AFTER}), not as a place ("protesters in Kyiv said"):
     * kept, but too doubtful to locate an event ("Ankara a riposté en bombardant des positions du régime" happened
     * in Syria, not in Ankara).
     */
    static List<PlaceMention> doubtGovernments(List<PlaceMention> mentions, String body) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place();
            boolean government = p != null && "PPLC".equals(p.featureCode())
                    && !namedAsPlace(body, m.start())
                    && (GOVERNMENT_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 30)))
                    .find() || GOVERNMENT_BEFORE.matcher(body.substring(Math.max(0, m.start() - 20), m.start()))
                    .find());
            out.add(government ? m.doubtful() : m);
        }
        return out;
    }

    /** Whether the words before the name starting at {@code start} name it as a place ({@link #PLACE_BEFORE}). */
    private static boolean namedAsPlace(String body, int start) {
        return PLACE_BEFORE.matcher(body.substring(Math.max(0, start - 24), start)).find();
    }

    /** "the Metro", "the Federal Police": a common noun. */
    static final Pattern COMMON_BEFORE = Pattern.compile("\\bthe\\s$");
    /**
     * "Colonia Miramar", "Barrio Valle Gomez", "Barangay Pilar": a neighbourhood's name; "Avenida Paulista", "rue de
     * Damas": a street's.
     */
    private static final AnchoredPattern PART_BEFORE = AnchoredPattern.compile("\\b(?:Colonia|Col\\.|Fraccionamiento"
            + "|Barrio|Bairro|Favela|Barangay|Purok|Sitio|Avenida|Calle|Rua|Bulevar|Boulevard|boulevard|Avenue|avenue"
            + "|rue)(?:\\s+(?:de|del|da|do|de\\s+la))?\\s$");
    /** "Paulista Avenue", "Lazaro Cardenas Boulevard": a street named after a place. */
    static final Pattern STREET_AFTER = Pattern.compile("^\\s(?:Avenue|Boulevard|Street|Blvd)\\b");

    /**
     * "workers of the Metro": a town's name after a lowercase "the" is a common noun there (English names towns
     * without the article), so a town outside the country the document's names and actors vote for (or in a
     * document with none) is doubtful there. After "Colonia", "Barrio" or "Barangay" a name is a neighbourhood of
     * the town the report is about, and around "Avenida" or "Boulevard" a street of it, whatever town or unit of that
     * name the gazetteer holds elsewhere in the country (Miramar in Tamaulipas, Paulista in Pernambuco) or abroad
     * (Valle in Honduras): doubtful in any country.
     */
    static List<PlaceMention> doubtAfterThe(List<PlaceMention> mentions, String body, String folded, String country) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place();
            int from = Math.max(0, m.start() - 20);
            boolean word = p != null && !Objects.equals(p.country(), country) && "P".equals(p.featureClass())
                    && !"PPLC".equals(p.featureCode())
                    && theBefore(body, from, m.start())
                    && !(m.end() < body.length() && body.charAt(m.end()) == '-'); // "the Sidon-Tyr highway"
            // the window is read for the street words in the document's fold first: most hold none
            boolean part = p != null && !p.isCountry() && (PART_BEFORE.findIn(body, folded, from, m.start())
                    || streetAfter(body, m.end()));
            out.add(word || part ? m.doubtful() : m);
        }
        return out;
    }

    /**
     * {@link #COMMON_BEFORE} in the text from {@code from} to {@code to}, matched only where "the" begins in its last
     * six chars (one white space, then at most a line end before the end, as {@code $} allows), without a copy or a
     * matcher for the other names.
     */
    static boolean theBefore(String body, int from, int to) {
        int the = body.indexOf("the", Math.max(from, to - 6));
        return the >= 0 && the < to && COMMON_BEFORE.matcher(body.substring(from, to)).find();
    }

    /**
     * {@link #STREET_AFTER} in the 12 chars after {@code end}, matched only where a white space and one of its words'
     * initials follow the name (most names are followed by a comma, a full stop or a lower-case word).
     */
    static boolean streetAfter(String body, int end) {
        if (end + 1 >= body.length() || !(body.charAt(end) == ' ' || body.charAt(end) >= '\t' && body.charAt(end) <= '\r')
                || "ABS".indexOf(body.charAt(end + 1)) < 0) {
            return false;
        }
        return STREET_AFTER.matcher(body.substring(end, Math.min(body.length(), end + 12))).find();
    }

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
     *
     * @param resolver the geoparser's resolver, whose memo of fold keys tells a town met by another name
     */
    static boolean byAlias(PlaceMatch m, String country, PlaceResolver resolver) {
        Place p = m.place();
        if (country == null) {
            return resolver.isTownByOtherName(m);
        }
        return !country.equals(p.country()) && !p.isCountry() && !PlaceResolver.byPrimaryName(m);
    }
}
