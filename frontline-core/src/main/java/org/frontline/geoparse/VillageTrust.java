package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.Villages;

/**
 * When a small village outside the focus countries ({@link Villages}) may stand for a name. There are a hundred
 * thousand of them, named like words ("Union", "Supreme", "Santa") and like each other (a dozen Oleksandrivkas), so
 * a village is only taken where the document says it may be: in the document's country, inside the first-level
 * unit the name is qualified with ("Oleksandrivka, Donetsk"; "Kagara (Rafi LGA, Niger)") or, when the document
 * names units of that country, inside one of them. A report naming no country takes none, unless an observer
 * there gives its theatre (the OSCE's "explosions near Petrivske": {@link Theatres}).
 */
final class VillageTrust {
    private VillageTrust() {
    }

    /**
     * Drops from each candidate the villages a qualifier rules out: when the names right after it ("X, Y", "X (Z,
     * Y)", "X in Y") can be first-level units, only villages inside those units remain, and any place inside them is
     * preferred to homonyms elsewhere.
     */
    static List<GazetteerGeoparser.Candidate> qualify(List<GazetteerGeoparser.Candidate> candidates, String body,
                                                      Predicate<PlaceMatch> byProvince) {
        List<GazetteerGeoparser.Candidate> out = new ArrayList<>(candidates.size());
        Set<String> units = new HashSet<>(); // one set, emptied for each candidate (read before the next)
        // whether each candidate has a unit match (0 not yet read, 1 yes, 2 no): each is asked as the next name of
        // the two before it, and its matches were read for each (a namesake village's name has dozens)
        byte[] offers = new byte[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerGeoparser.Candidate c = candidates.get(i);
            units.clear();
            boolean noList = qualifyingUnits(candidates, i, body, units, byProvince, offers);
            String country = units.isEmpty() ? qualifyingCountry(candidates, i, body) : null;
            if (country != null) {
                List<PlaceMatch> there = c.matches().stream().filter(m -> country.equals(m.place().country())
                        || "PPLC".equals(m.place().featureCode())).toList();
                out.add(there.size() == c.matches().size() ? c : c.qualifiedTo(there));
                continue;
            }
            out.add(units.isEmpty() ? c : c.qualifiedTo(inside(c.matches(), units, noList)));
        }
        return out;
    }

    /**
     * Fills {@code units}; true when the pair is no list: when every unit came from a province's name ({@link
     * SecondLevelUnits}): "San Carlos, Negros Occidental" is no Venezuelan state seat; or when more than a comma joins
     * them ("Apa Agila (Ado LGA, Benue)", "X in Y"), or when the pair opens a parenthesis ("Apa Agila (Ado,
     * Benue)"): "Ado" is then a unit of Benue the gazetteer lacks, not Ado-Ekiti, a state seat elsewhere known by
     * that short name.
     */
    private static boolean qualifyingUnits(List<GazetteerGeoparser.Candidate> candidates, int i, String body,
                                           Set<String> units, Predicate<PlaceMatch> byProvince, byte[] offers) {
        boolean provincesOnly = true;
        boolean noList = false;
        int end = candidates.get(i).end();
        int last = Math.min(candidates.size() - 1, i + 2);
        for (int j = i + 1; j <= last; j++) {
            GazetteerGeoparser.Candidate next = candidates.get(j);
            // the join is asked only while a unit may still come: when none of the names left can add one, the set
            // stays as it is and what the rest of the loop decides is not read (the list flag only with a unit)
            if (next.start() < end || !offersUnit(candidates, j, last, offers)
                    || !Qualifiers.joins(body, end, next.start())) {
                break;
            }
            // "X (Z, Y)", "X in Y", "X LGA, Y": no list, whatever units follow
            noList |= j == i + 1 && (!body.substring(end, next.start()).strip().equals(",")
                    || SecondLevelUnits.afterTown(body, candidates.get(i).start())
                    && body.charAt(previousNonSpace(body, candidates.get(i).start())) == '(');
            for (PlaceMatch m : next.matches()) {
                if (unit(m)) {
                    units.add(PlaceResolver.admin1Key(m.place()));
                    provincesOnly &= byProvince.test(m);
                }
            }
            end = next.end();
        }
        return provincesOnly || noList;
    }

    /** A match that names a first-level unit a qualifier may put a place in. */
    private static boolean unit(PlaceMatch m) {
        return m.exact() && m.place().adminLevel() == 1 && m.place().admin1() != null;
    }

    /**
     * Whether a candidate from {@code from} to {@code last} has a {@link #unit} match. {@link Qualifiers#joins} costs
     * a regex over the gap where it holds a comma or a char beyond ASCII (every French gap with an accent), and most
     * neighbours are towns that add no unit: measured 60-80% of {@link #qualify} on reports.
     */
    private static boolean offersUnit(List<GazetteerGeoparser.Candidate> candidates, int from, int last,
                                      byte[] offers) {
        for (int j = from; j <= last; j++) {
            if (offers[j] == 0) {
                offers[j] = hasUnit(candidates.get(j).matches()) ? (byte) 1 : (byte) 2;
            }
            if (offers[j] == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUnit(List<PlaceMatch> matches) {
        for (PlaceMatch m : matches) {
            if (unit(m)) {
                return true;
            }
        }
        return false;
    }

    /** "Palma in northern Mozambique", "Palma, dans le nord du Mozambique", "Palma (Mozambique)": a country qualifier. */
    static final java.util.regex.Pattern IN_COUNTRY = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*)?(?:(?:in|dans|en|au|aux)\\s+(?:(?:the|le|la|l['’])\\s*)?(?:(?:northern|southern|eastern|"
                    + "western|central|north-eastern|north-western|south-eastern|south-western|north|south|east|west|"
                    + "nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\\s+)?(?:(?:of|de|du|d['’])\\s*)?"
                    + "(?:(?:the|la|le|l['’])\\s*)?|\\(\\s*)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The country a name is placed in by the next name ("Palma in northern Mozambique"): only its places there (or a
     * capital) remain, so a namesake the gazetteer holds elsewhere (Palma de Mallorca) is not taken for a town it
     * lacks. Null when no country qualifies the name.
     */
    private static String qualifyingCountry(List<GazetteerGeoparser.Candidate> candidates, int i, String body) {
        if (i + 1 >= candidates.size()) {
            return null;
        }
        GazetteerGeoparser.Candidate c = candidates.get(i);
        GazetteerGeoparser.Candidate next = candidates.get(i + 1);
        if (next.start() < c.end()) {
            return null;
        }
        // the next name's country first: the gap's pattern is read only when a country could be qualified by it
        for (PlaceMatch m : next.matches()) {
            if (m.exact() && m.place().isCountry() && m.place().country() != null) {
                return inCountry(body, c.end(), next.start()) ? m.place().country() : null;
            }
        }
        return null;
    }

    /**
     * {@link #IN_COUNTRY} over the whole gap from {@code from} to {@code to}, matched only when the gap holds nothing
     * but what the pattern is written with ({@link Gaps#wordsAnd}): most gaps hold a full stop or a digit.
     */
    static boolean inCountry(String body, int from, int to) {
        return Gaps.wordsAnd(body, from, to, ",'’-(") && IN_COUNTRY.matcher(body.substring(from, to)).matches();
    }

    /** The index of the last non-space character before {@code at} (0 when none). */
    private static int previousNonSpace(String body, int at) {
        int k = at - 1;
        while (k > 0 && body.charAt(k) == ' ') {
            k--;
        }
        return Math.max(k, 0);
    }

    /** Loops, not streams: a qualified name's places are read one by one, and most are dropped. */
    private static List<PlaceMatch> inside(List<PlaceMatch> matches, Set<String> units, boolean noList) {
        List<PlaceMatch> in = new ArrayList<>();
        for (PlaceMatch m : matches) {
            if (m.place().admin1() != null && !m.place().isAdmin() && PlaceResolver.inUnits(units, m.place())) {
                in.add(m);
            }
        }
        if (!in.isEmpty()) {
            return in;
        }
        for (PlaceMatch m : matches) {
            if (possibleOutside(m, units, noList) && (m.place().adminLevel() == 1 || !namesake(m.place(), matches))) {
                in.add(m);
            }
        }
        return in;
    }

    /**
     * Whether another place of the same country shares the name of a town that is no seat: then the qualifier
     * meant a namesake the gazetteer lacks (a state's seat, "La Paz, Baja California Sur", is named for itself).
     */
    private static boolean namesake(Place p, List<PlaceMatch> matches) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        return !p.isCountry() && !code.equals("PPLC") && !code.equals("PPLA") && matches.stream().anyMatch(
                o -> o.place() != p && !o.place().isAdmin() && Objects.equals(o.place().country(), p.country()));
    }

    /**
     * What a name qualified by units may still be when none of its places lies inside them: a list rather than a
     * qualifier ("Aleppo, Idleb and Hama", "Sidon, Tripoli, Matn and Zahle"), so a country, a capital or
     * first-level seat, or a city or first-level unit of the units' country. Not a smaller place: "Jurdi in the
     * eastern countryside of Deir-ez-Zor" is no Jayrud in Rural Damascus but a village of Deir-ez-Zor the gazetteer
     * lacks, "Tuzla, Istanbul" no Bosnian city and "Guaira, Parana" no Paraguayan department. A city that is no seat
     * must be named by its own name: "Novooleksandrivka, Luhansk" is a village of Luhansk the gazetteer lacks, not
     * Melitopol, which bore that name two centuries ago. Nor is a town with namesakes in its own country: "Benito
     * Juarez, Nuevo Leon" is none of the Benito Juárez the gazetteer holds in other states; a unique name named
     * with the wrong unit ("Nawabshah, Punjab") stays itself. A province names no list, nor does a qualifier
     * in parentheses or after "in": after one, a state seat elsewhere is no candidate either.
     */
    private static boolean possibleOutside(PlaceMatch m, Set<String> units, boolean noList) {
        Place p = m.place();
        String code = p.featureCode() == null ? "" : p.featureCode();
        if (p.isCountry() || code.equals("PPLC") || code.equals("PPLA") && !noList) {
            return true;
        }
        return PlaceResolver.anyUnitOfCountry(units, p)
                && (p.adminLevel() == 1 || PlaceResolver.city(p) && PlaceResolver.byPrimaryName(m));
    }

    /**
     * Whether a village may stand for its name at all: only in the document's country (which a monitors' theatre
     * may give: {@link Theatres}). In a report naming no country, "near Bak" is no German hamlet.
     */
    static boolean admissible(Place p, String country) {
        if (!Villages.isVillageAbroad(p)) {
            return true;
        }
        return country != null && country.equals(p.country());
    }

    /**
     * The first-level units the document's firm places lie in: a unit named as such, or a confidently resolved
     * city (a local town's own unit proves nothing: it may be the namesake; nor does the unit of a capital that is a
     * unit of its own, since reports name the capital from anywhere in the country: "the government in Belgrade",
     * the movement "Don't Let Belgrade D(r)own").
     */
    static Set<String> firmUnits(Collection<Place> anchors) {
        Set<String> units = new HashSet<>();
        for (Place a : anchors) {
            if (!a.isCountry() && a.admin1() != null && (a.isAdmin() || !local(a) && !cityUnit(a))) {
                units.add(PlaceResolver.admin1Key(a));
            }
        }
        return units;
    }

    /** A capital that is a first-level unit of its own (Belgrade, Baghdad): its unit holds no other town. */
    private static boolean cityUnit(Place p) {
        return "PPLC".equals(p.featureCode()) && p.name().equals(p.admin1());
    }

    /** A populated place under city size that is neither a capital nor a first-level seat, in any country. */
    private static boolean minor(Place p) {
        return "P".equals(p.featureClass()) && !"PPLC".equals(p.featureCode()) && !"PPLA".equals(p.featureCode())
                && p.population() < Villages.MIN_CITY_POPULATION;
    }

    /**
     * A town a report names without its unit only near home: a village; a section of a city ("Colonia del Valle"
     * of Mexico City, 250,000 people, is a neighbourhood name in every Mexican town); any town under
     * {@link PlaceResolver#city} size, except, in the focus countries, an administrative seat: a Syrian district
     * seat ("Jisr al-Shughur") is named on its own in reports that name another governorate.
     */
    private static boolean local(Place p) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        return minor(p) || "PPLX".equals(code) || "P".equals(p.featureClass()) && !PlaceResolver.city(p)
                && !(Villages.FOCUS.contains(p.country()) && code.startsWith("PPLA"));
    }

    /**
     * A town of a country whose units the document names, outside all of them, is a namesake and doubtful
     * ("Albu Badran in Deir-ez-Zor" is not Badrani in another governorate; "Daoudiyet Mala in al-Hasakeh" is no
     * village of Aleppo; "Colonia del Valle" in a report from Colima is not Mexico City's); so is a town there met only by an alternate name ("Colonia San Francisco" in a report from Guanajuato is not
     * Xonacatlán, once called San Francisco, in the State of Mexico); so is a town, even a city, met only by a
     * loose spelling of a one-word name ("Jurf Nasr … in Babylon province" is not An Nasiriyah in Thi-Qar; "Jisr
     * al-Choughour" is Jisr al-Shughur whatever else the report names).
     */
    static boolean outsideNamedUnits(PlaceMatch m, Set<String> firmUnits) {
        Place p = m.place();
        boolean byAlias = !PlaceResolver.byPrimaryName(m) && "P".equals(p.featureClass())
                && !"PPLC".equals(p.featureCode()) && !"PPLA".equals(p.featureCode());
        boolean loose = !m.exact() && m.matchedName().indexOf(' ') < 0 && "P".equals(p.featureClass())
                && !"PPLC".equals(p.featureCode());
        if (!(local(p) || byAlias || loose) || p.admin1() == null
                || PlaceResolver.inUnits(firmUnits, p)) {
            return false;
        }
        return PlaceResolver.anyUnitOfCountry(firmUnits, p);
    }
}
