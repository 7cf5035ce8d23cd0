package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.gazetteer.Villages;

/**
 * Which country a document is about, before any name is resolved: each name's exact matches share one vote by
 * prominence (a capital or a country over a namesake village), a country or first-level unit named "in" something
 * ("in Dar'a", but not "in Guaira, Parana", where the first name is the town) votes thrice, and
 * the actors' country adds its weight where some name could lie in it. A loose (phonological) match is only taken
 * inside that country.
 */
final class CountryVote {
    private static final Pattern NAME_AFTER = Pattern.compile("\\s*[,(]\\s*\\p{Lu}");

    /** What a village abroad weighs in the country vote: its name is as likely a word or a namesake. */
    private static final double VILLAGE_VOTE = 0.3;

    /**
     * What the actors' country weighs against place names: as much as two unambiguous towns. It only votes when
     * some name could lie in it, or when the names settle no country: a group active in several countries
     * (the Islamic State in the Greater Sahara, catalogued under Mali) must not turn "Tillaberi" into a doubtful
     * town abroad.
     */
    private static final double ACTOR_COUNTRY_WEIGHT = 2.0;

    /** What a people named weighs ("Palestinian fishermen"): as much as one of its towns named. */
    private static final double PEOPLE_WEIGHT = 1.0;

    /** What a word for a unit only one country has weighs ("Barangay Tagapo"): as much as a country named. */
    private static final double UNIT_WORD_WEIGHT = 3.0;
    /**
     * The unit words' entries in the order the immutable map iterates them (fixed for the JVM's run), listed once:
     * iterating the map made an iterator and an entry per word per document.
     */
    private static final List<Map.Entry<String, AnchoredPattern>> UNIT_WORDS = List.copyOf(unitWords().entrySet());

    private CountryVote() {
    }

    /** Anchored: most reports name none of the words, and the body is folded once for all of them. */
    private static Map<String, AnchoredPattern> unitWords() {
        Map<String, AnchoredPattern> out = new HashMap<>();
        for (String line : ResourceLines.of(CountryVote.class, "unit-words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new FrontlineException("unit-words.tsv: expected country<TAB>words in '" + line + "'");
            }
            out.put(f[0], AnchoredPattern.compile("\\b(?:" + f[1] + ")\\b", Pattern.CASE_INSENSITIVE));
        }
        return Map.copyOf(out);
    }

    /**
     * The document's first context: the country its unambiguous names (and its actors) vote for, and the
     * first-level units named as such or by a name with a single place. A people named votes for its country where
     * some name could lie in it, or alone when the names settle no country and it is the only people named.
     *
     * @param resolver the geoparser's resolver, whose memo of fold keys tells a town met by another name
     */
    static PlaceResolver.Context initial(List<GazetteerGeoparser.Candidate> candidates, String actorsCountry,
                                         Set<String> peoples, String body, String folded, PlaceResolver resolver) {
        Map<String, Double> countries = new HashMap<>();
        Set<String> admin1s = new HashSet<>();
        Set<String> namesakeUnits = new HashSet<>();
        double[] prominences = new double[8];
        for (GazetteerGeoparser.Candidate c : candidates) {
            List<PlaceMatch> exact = exactMatches(c.matches());
            if (exact.isEmpty()) {
                continue;
            }
            if (prominences.length < exact.size()) {
                prominences = new double[exact.size()];
            }
            for (int k = 0; k < exact.size(); k++) {
                prominences[k] = prominence(exact.get(k).place()); // once per place (it was twice)
            }
            // a sum of one is that one; DoubleStream's compensated sum is kept for more (the same values, in order)
            double total = exact.size() == 1 ? prominences[0] : Arrays.stream(prominences, 0, exact.size()).sum();
            // what the words before the name say, read once for all its places (it was read again for each), and
            // only where a country is among them (then all are countries): it weighs a country's vote alone
            boolean hint = exact.get(0).place().isCountry()
                    && (Borders.across(body, folded, c.start()) || Origins.at(body, folded, c.start()));
            boolean locative = unitOrCountry(exact) && locative(body, c);
            int afterTown = -1; // what the text before the name says, read on first need: 0 no, 1 yes
            for (int k = 0; k < exact.size(); k++) {
                PlaceMatch m = exact.get(k);
                Place p = m.place();
                double w = p.isCountry() ? (hint ? ACROSS_BORDER : locative ? 3.0 : 1.0)
                        : p.adminLevel() == 1 ? (locative && !followedByName(body, c) ? 3.0 : 1.5)
                        : "PPLC".equals(p.featureCode()) && !outnamed(m, exact) ? 1.5
                        // a qualified name is asked first: it settles the vote without reading the names
                        : !c.qualified() && (Villages.isVillageAbroad(p) || resolver.isTownByOtherName(m))
                                ? VILLAGE_VOTE : 1.0;
                countries.merge(p.country(), w * prominences[k] / total, Double::sum);
                if ((p.adminLevel() == 1 || exact.size() == 1) && p.admin1() != null) {
                    if (afterTown < 0) {
                        afterTown = SecondLevelUnits.afterTown(body, c.start()) ? 1 : 0;
                    }
                    if (afterTown == 1 || !cityOutside(p, exact)) {
                        (exact.size() == 1 ? admin1s : namesakeUnits).add(PlaceResolver.admin1Key(p));
                    }
                }
            }
        }
        for (Map.Entry<String, AnchoredPattern> unit : UNIT_WORDS) {
            if (unit.getValue().mayMatchFolded(folded) && unit.getValue().pattern().matcher(body).find()) {
                countries.merge(unit.getKey(), UNIT_WORD_WEIGHT, Double::sum);
            }
        }
        String byPlaces = winner(countries);
        for (String people : peoples) {
            if (countries.containsKey(people) || byPlaces == null && peoples.size() == 1) {
                countries.merge(people, PEOPLE_WEIGHT, Double::sum);
            }
        }
        if (actorsCountry != null && (byPlaces == null || countries.containsKey(actorsCountry))) {
            countries.merge(actorsCountry, ACTOR_COUNTRY_WEIGHT, Double::sum);
        }
        String country = winner(countries);
        // "Tripoli, Lebanon": the Libyan district named like the city is a namesake, not a unit the report names.
        // The country's prefix is made once, and only for a document with such units (most have none)
        if (!namesakeUnits.isEmpty()) {
            if (country != null) {
                String inCountry = country + "/";
                namesakeUnits.removeIf(u -> !u.startsWith(inCountry));
            }
            admin1s.addAll(namesakeUnits);
        }
        return new PlaceResolver.Context(country, admin1s, Anchors.NONE);
    }

    /** The country with the most votes ({@link #heaviest}), when it has at least one; else null. */
    static String winner(Map<String, Double> votes) {
        Map.Entry<String, Double> best = heaviest(votes);
        return best != null && best.getValue() >= 1.0 ? best.getKey() : null;
    }

    /**
     * The first of the heaviest entries in the map's order (null for an empty map), as
     * {@code Stream.max(Map.Entry.comparingByValue())} chose it (it keeps the earlier of two equal), without a stream.
     */
    static Map.Entry<String, Double> heaviest(Map<String, Double> weights) {
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (best == null || Double.compare(e.getValue(), best.getValue()) > 0) {
                best = e;
            }
        }
        return best;
    }

    private static boolean unitOrCountry(List<PlaceMatch> exact) {
        for (PlaceMatch m : exact) {
            if (m.place().isCountry() || m.place().adminLevel() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exact matches, only the countries among them when there are any: "Lebanon" is the country before the towns
     * of Pennsylvania and Tennessee named after it.
     */
    static List<PlaceMatch> exactMatches(List<PlaceMatch> matches) {
        // most names' matches are all exact, and all countries or none: the list is then its own answer (it is only
        // read here), where a copy of it was made for every candidate of every document
        int exactCount = 0;
        int countries = 0;
        for (int k = 0; k < matches.size(); k++) {
            PlaceMatch m = matches.get(k);
            if (m.exact()) {
                exactCount++;
                countries += m.place().isCountry() ? 1 : 0;
            }
        }
        if (exactCount == 0) {
            return List.of();
        }
        if (exactCount == matches.size() && (countries == 0 || countries == exactCount)) {
            return matches;
        }
        List<PlaceMatch> exact = new ArrayList<>(countries > 0 ? countries : exactCount);
        for (PlaceMatch m : matches) {
            if (m.exact() && (countries == 0 || m.place().isCountry())) {
                exact.add(m);
            }
        }
        return exact;
    }

    /**
     * Whether a first-level unit shares its name with a city of its country that lies in another unit: "Sofia" is
     * the capital (in Sofia City) before the province around it, and "Lima" Metropolitan Lima before the region;
     * such a name votes for no unit, else the unit's vote would draw the name to itself. Not after a town, where it
     * qualifies it ("Nihm, Sanaa", "Martinez (Buenos Aires)"): there it is the unit.
     */
    private static boolean cityOutside(Place unit, List<PlaceMatch> exact) {
        if (unit.adminLevel() != 1) {
            return false;
        }
        for (PlaceMatch m : exact) {
            Place q = m.place();
            if (!q.isAdmin() && PlaceResolver.city(q) && unit.country().equals(q.country())
                    && !unit.admin1().equals(q.admin1())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capital is met by another name of it that is a bigger city's own ("Delhi" is an old name of Dili):
     * then it votes as a town, not as a capital.
     */
    private static boolean outnamed(PlaceMatch m, List<PlaceMatch> exact) {
        if (PlaceResolver.byPrimaryName(m)) {
            return false;
        }
        for (PlaceMatch o : exact) {
            if (o != m && PlaceResolver.byPrimaryName(o) && o.place().population() > m.place().population()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How likely a name means this place rather than a namesake, for the country vote: "Buenos Aires" is the
     * Argentine capital before the Mexican village, so the village's country gets a sliver of the vote, not half;
     * a village abroad less still, being as likely a word.
     */
    private static double prominence(Place p) {
        double town = 1 + Math.log10(p.population() + 1);
        if (p.isCountry() || "PPLC".equals(p.featureCode())) {
            return Math.max(8, town);
        }
        return p.adminLevel() == 1 ? 6 : Villages.isVillageAbroad(p) ? VILLAGE_VOTE * town : town;
    }

    /**
     * "in Guaira, Parana": a name qualified by the next one is the smaller place, a town before a namesake unit.
     */
    private static boolean followedByName(String body, GazetteerGeoparser.Candidate c) {
        return followedByName(body, c.end());
    }

    /**
     * {@link #NAME_AFTER} at {@code end}, within eight chars. Its first char past white space must be a comma or a
     * parenthesis: told first, without a matcher (most names are followed by neither).
     */
    static boolean followedByName(String body, int end) {
        int to = Math.min(body.length(), end + 8);
        int k = end;
        while (k < to && AnchoredPattern.regexSpace(body.charAt(k))) {
            k++;
        }
        if (k == to || body.charAt(k) != ',' && body.charAt(k) != '(') {
            return false;
        }
        return NAME_AFTER.matcher(body).region(end, to).lookingAt();
    }

    /**
     * The vote of a country named across a border ("près de la frontière avec le Niger") or as where people came
     * from ("people who came recently from Syria", {@link Origins}): a hint, not a claim.
     */
    private static final double ACROSS_BORDER = 0.2;

    /**
     * "in Afghanistan", "au Yémen", "Afghanistan's Helmand province" say where things happen; "Turkey and Russia
     * conducted a joint patrol" names two actors, and must not outvote the Syrian places of the patrol.
     */
    private static boolean locative(String body, GazetteerGeoparser.Candidate c) {
        if (body.startsWith("'s", c.end()) || body.startsWith("’s", c.end())) {
            return true;
        }
        return Locative.before(body, c.start());
    }
}
