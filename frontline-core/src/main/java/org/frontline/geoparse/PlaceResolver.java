package org.frontline.geoparse;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.text.NameKey;

/**
 * Scores gazetteer candidates of one name against the document: exact spelling over a phonological match,
 * the document's country and governorates, places already resolved nearby, population and feature class (a
 * district seat over a village of the same name: Syrian populations are mostly unknown), and
 * what the surrounding words ask for (a governorate for "province d'X", a town for "Ar-Raqqa city").
 */
final class PlaceResolver {
    /** A chosen candidate with its score margin over the runner-up. */
    record Choice(PlaceMatch match, double score, double margin) {
    }

    /**
     * The document's context: its main country, first-level units named ({@link #admin1Key}), and places resolved
     * with confidence ({@link Anchors}, asked for every candidate scored; the first pass has none to ask).
     */
    record Context(String country, Set<String> admin1s, Anchors anchors) {
    }

    /** A place inside a governorate the document names ("… in Al-Hasakeh") over its homonyms elsewhere. */
    private static final double ADMIN1_NAMED = 3.0;

    /** A country named by one of its names is the country, not a namesake town ("Lebanon", Pennsylvania). */
    private static final double COUNTRY_NAMED = 3;

    private static final long CITY_POPULATION = 100_000;

    /**
     * What a district or subdistrict loses to a town: reports and ACLED name the town ("Quamishli" is Al-Qamishli,
     * not its district's centroid), and a seat spelled loosely (a PPLA3, with no Syrian population) still outscores
     * the unit spelled exactly; a village that is no seat does not.
     */
    private static final double SUB_UNIT = 3;

    /** How close two candidates must be to count as one spot for the margin (ACLED's acc10 radius is ten times). */
    private static final double SAME_SPOT_KM = 3;

    /** A place named by its own name over one that merely has it as an alias ("Para" the state, not Belém). */
    private static final double PRIMARY_NAME = 0.5;

    /**
     * {@link NameKey#normalize} of the gazetteer names scored, by name: {@link #score} asks {@link #byPrimaryName}
     * of every candidate of every name, twice per document. Capped at {@link SpanLookups#LIMIT} names, as the
     * geoparser's span memo, so that a long-running server does not come to hold every name of the gazetteer twice.
     */
    private final NameMemo<String> normalized = new NameMemo<>(NameKey::normalize, SpanLookups.LIMIT);

    /**
     * {@link NameKey#fold} of the names {@link #isByOtherName} compares, by name: the country vote asks it of most
     * exact matches of every document, and the same places and names come back report after report. Capped as
     * {@link #normalized} is.
     */
    private final NameMemo<String> folded = new NameMemo<>(NameKey::fold, SpanLookups.LIMIT);

    /** True when the name matched is the place's primary name, not one of its alternate names. */
    static boolean byPrimaryName(PlaceMatch m) {
        return byPrimaryName(m, NameKey::normalize);
    }

    /**
     * {@link #byPrimaryName} with {@code normalize} giving {@link NameKey#normalize}'s keys. Two names of ASCII
     * letters and digits alone, as most alternate names are ("Alep", "Halab"), have their lower case as keys: they
     * are equal exactly when the names are equal ignoring case, told in place without making or looking up either
     * key (a memo's two probes missed the cache for most candidates scored).
     */
    private static boolean byPrimaryName(PlaceMatch m, Function<String, String> normalize) {
        String matched = m.matchedName();
        String own = m.place().name();
        if (matched.equals(own)) {
            return true;
        }
        return NameKey.isAsciiAlphanumeric(matched) && NameKey.isAsciiAlphanumeric(own)
                ? matched.equalsIgnoreCase(own)
                : normalize.apply(matched).equals(normalize.apply(own));
    }

    /**
     * True when the name matched is another name than the place's own, not a spelling of it: "Ramadan" for
     * Turabah, "Mina" for Minot; "Qalqiliyah" for Qalqilyah or "el Hermel" for Hermel are spellings (same
     * {@link NameKey#fold} key). Each name's fold key is worked out once per resolver: asked of most exact matches of
     * every document's country vote. Two names with one normalized key have one fold key (the fold key is made from
     * the normalized one), so the fold keys alone tell whether the match is by the primary name too.
     */
    boolean isByOtherName(PlaceMatch m) {
        String matched = m.matchedName();
        String own = m.place().name();
        return !matched.equals(own) && !folded.apply(matched).equals(folded.apply(own));
    }

    /**
     * A town that is no city, met only through another of its names ("Ramadan" for Turabah): a word or a person's
     * name as likely as the town.
     */
    boolean isTownByOtherName(PlaceMatch m) {
        Place p = m.place();
        return !city(p) && !p.isAdmin() && !p.isCountry() && isByOtherName(m);
    }

    /**
     * A city a report may name in any spelling without saying its country ("Nassriya city" is An Nasiriyah): a
     * capital, a first-level seat, or a town of {@value #CITY_POPULATION} people or more.
     */
    static boolean city(Place p) {
        return "P".equals(p.featureClass()) && ("PPLC".equals(p.featureCode()) || "PPLG".equals(p.featureCode())
                || "PPLA".equals(p.featureCode()) || p.population() >= CITY_POPULATION);
    }

    /** A first-level unit as the context holds it: with its country, since "Central" or "North" recur. */
    static String admin1Key(Place p) {
        return p.country() + "/" + p.admin1();
    }

    /**
     * {@code units.contains(admin1Key(p))} without making the key: asked for every candidate scored, against the
     * few units a document names.
     */
    static boolean inUnits(Set<String> units, Place p) {
        if (units.isEmpty()) {
            return false;
        }
        String country = String.valueOf(p.country());
        String admin1 = String.valueOf(p.admin1());
        int n = country.length();
        for (String k : units) {
            if (k.length() == n + 1 + admin1.length() && k.charAt(n) == '/' && k.startsWith(country)
                    && k.startsWith(admin1, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code units} ({@link #admin1Key}s) is of {@code p}'s country: {@code units.stream().anyMatch(u
     * -> u.startsWith(p.country() + "/"))} without the prefix and the stream (a null country's units are "null/…").
     */
    static boolean anyUnitOfCountry(Set<String> units, Place p) {
        if (units.isEmpty()) {
            return false;
        }
        String country = String.valueOf(p.country());
        int n = country.length();
        for (String u : units) {
            if (u.length() > n && u.charAt(n) == '/' && u.startsWith(country)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #byPrimaryName}, each name beyond ASCII normalized once per resolver. */
    boolean primaryName(PlaceMatch m) {
        return byPrimaryName(m, normalized);
    }

    /**
     * The best-scoring candidate. Its margin is over the best one elsewhere: the gazetteer holds some villages twice
     * under two spellings a kilometre apart (Safuhun and Sfawhun, both "Sfuhen"), and either is the place meant.
     */
    Choice choose(List<PlaceMatch> candidates, SpatialCue cue, Context ctx) {
        return choose(candidates, bases(candidates, cue, ctx), ctx.anchors());
    }

    /**
     * {@link #base} of each candidate. A name's candidates are chosen among twice per document, with the same cue,
     * country and units, first with no anchors (to find them) and then with them: their bases are worked out once.
     */
    double[] bases(List<PlaceMatch> candidates, SpatialCue cue, Context ctx) {
        double[] bases = new double[candidates.size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = base(candidates.get(i), cue, ctx);
        }
        return bases;
    }

    /**
     * {@link #choose(List, SpatialCue, Context)} from the candidates' {@link #bases} (the first
     * {@code candidates.size()} of {@code bases}) and the anchors the context would hold.
     */
    Choice choose(List<PlaceMatch> candidates, double[] bases, Anchors anchors) {
        double[] scores = new double[candidates.size()];
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = bases[i] + anchors.proximity(candidates.get(i).place());
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Place chosen = candidates.get(best).place();
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            Place p = candidates.get(i).place();
            if (i != best && scores[i] > second && !sameSpot(chosen, p)) {
                second = scores[i];
            }
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 3 : scores[best] - second;
        return new Choice(candidates.get(best), scores[best], margin);
    }

    /** Two populated places (not units) so close that choosing between them moves nothing. */
    private static boolean sameSpot(Place a, Place b) {
        return !a.isAdmin() && !b.isAdmin() && !a.isCountry() && !b.isCountry()
                && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_SPOT_KM;
    }

    /**
     * A candidate's score before the anchors: what its name, its place, the cue and the context's country and units
     * give ({@link #choose} adds what the anchors near it give).
     */
    double base(PlaceMatch m, SpatialCue cue, Context ctx) {
        Place p = m.place();
        double s = m.exact() ? 3 : 1.2;
        if (primaryName(m)) {
            s += PRIMARY_NAME;
        }
        if (ctx.country() != null) {
            s += ctx.country().equals(p.country()) ? 2.5 : -1;
        }
        if (p.admin1() != null && !ctx.admin1s().isEmpty() && inUnits(ctx.admin1s(), p)) {
            s += ADMIN1_NAMED;
        } else if (!ctx.admin1s().isEmpty() && p.admin1() != null && !p.isAdmin()) {
            s -= 0.5;
        }
        if (!p.isAdmin()) {
            s += Math.min(Math.log10(p.population() + 1), 7) * 0.35;
        }
        String code = p.featureCode() == null ? "" : p.featureCode();
        if (p.isCountry()) {
            s += m.exact() ? COUNTRY_NAMED : 0;
        } else if (code.equals("PPLC") || code.equals("PPLG")) {
            s += 1; // a seat of government counts as a capital: La Paz, not its Mexican namesake
        } else if (code.equals("PPLA")) {
            s += 0.6;
        } else if (code.equals("PPLA2")) {
            s += 0.8;
        } else if (code.equals("PPLA3")) {
            s += 0.4;
        } else if (code.equals("PPLX")) {
            s -= 0.3;
        } else if (p.adminLevel() == 1) {
            s += 0.5;
        } else if (p.adminLevel() > 1) {
            s -= SUB_UNIT;
        }
        if (cue.wantAdmin1()) {
            s += p.adminLevel() == 1 ? 4 : p.adminLevel() == 0 ? -2 : 0;
        } else if (p.adminLevel() == 1) {
            s -= 0.7;
        }
        if (cue.wantTown()) {
            s += p.isAdmin() || p.isCountry() ? -4 : "P".equals(p.featureClass()) ? 1 : 0;
        }
        return s;
    }
}
