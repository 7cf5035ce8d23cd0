package org.frontline.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.WindowedFind;

/**
 * Quantities an analyst keeps with an event: a road's length, the gap between two fronts before and after, how
 * many villages changed hands (approximate when the text says "une vingtaine"), how many localities were cleared.
 */
final class Facts {
    private static final String N = "(" + Quantities.NUMBER + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final AnchoredPattern GAP = AnchoredPattern.compile(
            "(?:de|from) " + N + " ?(?:km|kilom[èe]tres?|kilomet(?:er|re)s?) (?:[àa]|to) " + N
                    + " ?(?:km|kilom[èe]tres?|kilomet(?:er|re)s?)", FLAGS);
    private static final AnchoredPattern GAP_WORDS = AnchoredPattern.compile(
            "distance|[ée]cart|gap|raccourci|r[ée]dui|shrunk|narrowed|shortened|s[ée]par", FLAGS);
    static final AnchoredPattern LENGTH = AnchoredPattern.compile(
            "(?:longueur de|long de|longue de|length of) " + N + " ?(?:km|kilom[èe]tres?|kilomet(?:er|re)s?)"
                    + "|" + N + "[ -]?(?:km|kilomet(?:er|re)s?)[- ]long|" + N + " ?km de long", FLAGS);
    /**
     * {@link #LENGTH} tried only where a match can start: its lead words ("longueur de", "length of") or a number,
     * which may run straight into "km" ("2km", "deuxkm"); nothing bounds how far a number's digits lie before the
     * anchor, so a windowed search tried every char from the sentence's start to its last "long".
     */
    static final NumberStarts LENGTH_FIRST = NumberStarts.prefixes(LENGTH, lengthRuns());
    private static final AnchoredPattern ROAD = AnchoredPattern.compile(
            "route|road|autoroute|highway|axe|autostrade", FLAGS);
    private static final AnchoredPattern VILLAGES = AnchoredPattern.compile(
            N + " (?:de |d'|d’|of )?(?:villages|localit[ée]s|towns|hamlets|hameaux)(?![\\p{L}])", FLAGS);
    /** {@link #VILLAGES} tried only where a number starts. */
    static final NumberStarts VILLAGES_FIRST = NumberStarts.ofPhrases(VILLAGES, Quantities.firstPhrases());
    static final AnchoredPattern MORE_THAN = AnchoredPattern.compile(
            "(?:plus de|more than|over|au moins|at least) " + N
                    + " (?:r[ée]gions|localit[ée]s|villages|zones|areas|towns|positions|sites)", FLAGS);
    private static final AnchoredPattern CLEARED = AnchoredPattern.compile(
            "ratissage|nettoy|s[ée]curis|cleared|secured|combed|purifi", FLAGS);

    /** Every fact names one of these units; a sentence without them is skipped before the costlier patterns. */
    private static final AnchoredPattern UNITS = AnchoredPattern.compile(
            "km|kilom|village|localit|town|hamlet|hameau|r[ée]gion|zone|area|position|site", FLAGS);

    /**
     * Every match of {@link #GAP} and {@link #LENGTH} names kilometres, and every match of {@link #MORE_THAN} starts
     * with one of its lead words: a sentence without them is not searched for those (the many "de" of a French
     * sentence are {@link #GAP}'s anchors, each tried by the regex engine).
     */
    static final AnchoredPattern KILOMETRES = AnchoredPattern.compile("km|kilom", FLAGS);
    static final AnchoredPattern MORE_THAN_LEAD = AnchoredPattern.compile(
            "plus de|more than|over|au moins|at least", FLAGS);


    private Facts() {
    }

    /** The facts one sentence states, keyed as in the extraction JSON. */
    static Map<String, Object> in(String sentence) {
        return in(sentence, AnchoredPattern.fold(sentence));
    }

    /** {@link #in(String)} for a sentence whose {@link AnchoredPattern#fold} is {@code folded}. */
    static Map<String, Object> in(String sentence, String folded) {
        return in(sentence, folded, new CharPairs(folded));
    }

    /**
     * {@link #in(String, String)} given the sentence's {@link CharPairs}: a pattern none of whose anchors they allow
     * finds nothing, and is not searched.
     */
    static Map<String, Object> in(String sentence, String folded, CharPairs pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (!pairs.mayHold(UNITS) || !UNITS.finder(sentence, folded).find()) {
            return facts;
        }
        boolean kilometres = pairs.mayHold(KILOMETRES) && KILOMETRES.mayMatchFolded(folded);
        WindowedFind gap = kilometres ? GAP.finder(sentence, folded) : null;
        if (gap != null && gap.find() && pairs.mayHold(GAP_WORDS) && GAP_WORDS.finder(sentence, folded).find()) {
            put(facts, "gap_km_before", gap.match().group(1));
            put(facts, "gap_km_after", gap.match().group(2));
        }
        Matcher len = kilometres ? LENGTH_FIRST.matcher(sentence) : null;
        if (len != null && LENGTH_FIRST.find(len, sentence, folded, 0)) {
            String n = len.group(1) != null ? len.group(1) : len.group(2) != null ? len.group(2) : len.group(3);
            put(facts, pairs.mayHold(ROAD) && ROAD.finder(sentence, folded).find() ? "road_length_km"
                    : "length_km", n);
        }
        WindowedFind more = pairs.mayHold(MORE_THAN_LEAD) && MORE_THAN_LEAD.mayMatchFolded(folded)
                ? MORE_THAN.finder(sentence, folded) : null;
        int moreAt = -1;
        if (more != null && more.find()) {
            moreAt = more.match().start(1);
            put(facts, pairs.mayHold(CLEARED) && CLEARED.finder(sentence, folded).find()
                    ? "localities_cleared_more_than" : "localities_more_than", more.match().group(1));
        }
        if (!pairs.mayHold(VILLAGES)) {
            return facts; // none of the villages' words: no number counts villages
        }
        Matcher villages = VILLAGES_FIRST.matcher(sentence);
        if (VILLAGES_FIRST.find(villages, sentence, folded, 0) && villages.start(1) != moreAt) {
            Quantities.Amount a = Quantities.parse(villages.group(1));
            if (a != null) {
                facts.put(a.approximate() ? "villages_approx" : "villages", a.value());
            }
        }
        return facts;
    }

    /** The first runs of letters a match of {@link #LENGTH} can begin with: its lead words' and the numbers'. */
    private static java.util.Set<String> lengthRuns() {
        java.util.Set<String> runs = new java.util.HashSet<>(Quantities.firstRuns());
        runs.addAll(java.util.List.of("longueur", "long", "longue", "length"));
        return runs;
    }

    private static void put(Map<String, Object> facts, String key, String number) {
        Quantities.Amount a = Quantities.parse(number);
        if (a != null) {
            facts.put(key, a.value());
        }
    }
}
