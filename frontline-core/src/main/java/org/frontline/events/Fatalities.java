package org.frontline.events;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.WindowedFind;

/**
 * Deaths a sentence reports, counted as ACLED does: stated numbers as given (their sum when several groups are
 * named), vague numbers by ACLED's conventions, "N fatalities split between M events" divided, 0 when none.
 */
final class Fatalities {
    private static final String N = "(" + Quantities.NUMBER + ")";
    private static final String KILLED = "(?:killed|dead|died|deaths?|fatalities|fatality|bodies|killing|"
            + "tu[ée]e?s?|morts?|d[ée]c[ée]d[ée]e?s?|p[ée]ri|cadavres|corps|victimes? mortelles?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final AnchoredPattern SPLIT = AnchoredPattern.compile(
            "(\\d+) fatalit(?:y|ies) (?:were )?(?:split|spread|divided)(?: up)? (?:between|across|among) (\\d+)", FLAGS);
    private static final AnchoredPattern CODED = AnchoredPattern.compile(
            "(?:fatalities|deaths) (?:were |was |are |is )?coded as (\\d+)(?:,? and (?:spread|split|divided)(?: up)? "
                    + "(?:between|across|among) (?:the )?(\\d+|two|three|four|five))?", FLAGS);
    /** "Fatalities are split across 2 events (8)": the share is the number in brackets. */
    private static final AnchoredPattern SHARE = AnchoredPattern.compile(
            "fatalities (?:are |were )?(?:split|spread|divided)(?: up)? (?:between|across|among) [^()]*\\((\\d+)\\)",
            FLAGS);
    private static final java.util.List<String> SMALL = java.util.List.of("two", "three", "four", "five");
    private static final AnchoredPattern NUMBER_THEN_KILLED = AnchoredPattern.compile(
            "(?<![\\p{L}\\d])(?:at least |more than |over |about |around |some |au moins |plus de |environ )?" + N
                    + "(?: [\\p{L}'’-]+){0,4}?(?:, (?:dont|including|among them|parmi eux|parmi lesquels) [^,.;]{1,40},)?"
                    + " (?:(?:were|was|have been|had been|ont [ée]t[ée]|a [ée]t[ée]|sont|est) )?"
                    + KILLED + "(?![\\p{L}])", FLAGS);
    /** {@link #NUMBER_THEN_KILLED} tried only where a number or one of its lead words starts. */
    static final NumberStarts NUMBER_FIRST = NumberStarts.ofPhrases(NUMBER_THEN_KILLED, withNumbers(
            "at least", "more than", "over", "about", "around", "some", "au moins", "plus de", "environ"));
    private static final AnchoredPattern KILLING_NUMBER = AnchoredPattern.compile(
            "(?:killing|killed|kills|tuant|tu[ée]|shot dead|gunned down|stabbed to death|beaten to death|beat to death|"
                    + "executed|assassinated|beheaded|massacred|massacr[ée]|massacrant|"
                    + "(?:abattu|abattant)(?=\\s+(?:au moins |plus de )?\\S+\\s+(?:personnes?|civils?|manifestants?|hommes?|"
                    + "femmes?|enfants?|soldats?|militaires?|policiers?|gendarmes?|combattants?|jihadistes?|villageois|"
                    + "passants?|jeunes)\\b)) (?:at least |more than |over |au moins |plus de )?" + N
                    + "(?![\\p{L}\\d])", FLAGS);
    static final AnchoredPattern COORDINATED = AnchoredPattern.compile(
            "(?<![\\p{L}\\d])" + N + "(?: [\\p{L}'’-]+){1,2},? (?:and|et) $", FLAGS);
    /** Every pattern below needs one of these stems; a sentence without them is skipped cheaply. */
    private static final AnchoredPattern DEATH_WORDS = AnchoredPattern.compile(
            "kill|dead|died|death|fatalit|bod(?:y|ies)|tu[ée]|tuant|mort|d[ée]c[ée]d|p[ée]ri|cadavre|corps|victime|"
                    + "execut|assassin|behead|massacr|abatt", FLAGS);
    private static final Pattern ACTIVE_KILL = Pattern.compile("(?:killed|kills|killing|tu[ée]|tuant)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word after the verb that is not a preposition or conjunction: the verb's object. */
    private static final Pattern OBJECT_AFTER = Pattern.compile(
            " (?!(?:in|on|at|near|by|during|when|while|after|before|as|and|or|à|au|aux|dans|près|par|lors|en|et|"
                    + "ou|pendant|après|avant|sur|with|avec|from|de)\\b)[\\p{L}\\d]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern A_NUMBER = Pattern.compile("(?<![\\p{L}\\d])" + N + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final AnchoredPattern ARTICLE = AnchoredPattern.compile("a|an|un|une", FLAGS);
    private static final AnchoredPattern NO_DEATHS = AnchoredPattern.compile(
            "no (?:fatalities|casualties|deaths|one was killed)|aucune victime|pas de victimes", FLAGS);

    /**
     * "Au moins 17 personnes ont été tuées depuis le début du mouvement", "killed since the start of the year": a
     * running total over many days is no one event's toll (ACLED codes each day's dead where they fell).
     */
    private static final AnchoredPattern CUMULATIVE = AnchoredPattern.compile(
            "depuis le d[ée]but d[eu']|since the (?:start|beginning|outbreak) of|au total depuis|so far this (?:year|month)|"
                    + "depuis le d[ée]clenchement|since (?:January|February|March|April|May|June|July|August|September|"
                    + "October|November|December)(?! \\d{1,2}\\b)|depuis (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
                    + "ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?! \\d)", FLAGS);


    private Fatalities() {
    }

    /** The number words' phrases and {@code leads}: what a number-first pattern's matches begin with. */
    static java.util.Set<String> withNumbers(String... leads) {
        java.util.Set<String> phrases = Quantities.firstPhrases();
        phrases.addAll(java.util.List.of(leads));
        return phrases;
    }

    /** Fatalities reported in one sentence; 0 when none. */
    static int in(String sentence) {
        return in(sentence, AnchoredPattern.fold(sentence));
    }

    /**
     * A toll counted over a campaign ("plus de 3.250 personnes ont été tuées depuis le début de l'offensive", "since
     * the start of the war"): a sum of many events, not one.
     */
    static boolean cumulative(String sentence, String folded) {
        return cumulative(sentence, folded, new CharPairs(folded));
    }

    /** {@link #cumulative(String, String)} given the sentence's {@link CharPairs}. */
    static boolean cumulative(String sentence, String folded, CharPairs pairs) {
        return pairs.mayHold(CUMULATIVE) && CUMULATIVE.finder(sentence, folded).find();
    }

    /** {@link #in(String)} for a sentence whose {@link AnchoredPattern#fold} is {@code folded} (its seven patterns'). */
    static int in(String sentence, String folded) {
        return in(sentence, folded, new CharPairs(folded));
    }

    /**
     * {@link #in(String, String)} given the sentence's {@link CharPairs}: a pattern none of whose anchors they allow
     * finds nothing, and is not searched (half the sentences hold no death word's letters).
     */
    static int in(String sentence, String folded, CharPairs pairs) {
        if (!pairs.mayHold(DEATH_WORDS) || !DEATH_WORDS.finder(sentence, folded).find()) {
            return 0;
        }
        WindowedFind splitFind = pairs.mayHold(SPLIT) ? SPLIT.finder(sentence, folded) : null;
        if (splitFind != null && splitFind.find()) {
            Matcher split = splitFind.match();
            int total = Integer.parseInt(split.group(1));
            int parts = Math.max(1, Integer.parseInt(split.group(2)));
            return (int) Math.round((double) total / parts);
        }
        OptionalInt coded = coded(sentence, folded, pairs);
        if (coded.isPresent()) {
            return coded.getAsInt();
        }
        if (pairs.mayHold(NO_DEATHS) && NO_DEATHS.finder(sentence, folded).find()
                || cumulative(sentence, folded, pairs)) {
            return 0;
        }
        int sum = 0;
        boolean[] used = new boolean[sentence.length() + 1];
        for (AnchoredPattern p : new AnchoredPattern[] {KILLING_NUMBER, NUMBER_THEN_KILLED}) {
            if (!pairs.mayHold(p)) {
                continue; // none of its anchors: its search finds nothing
            }
            WindowedFind f = p == KILLING_NUMBER ? p.finder(sentence, folded) : null;
            Matcher m = f != null ? f.match() : NUMBER_FIRST.matcher(sentence);
            int last = f != null ? -1 : NUMBER_FIRST.last(folded); // once for all the sentence's searches
            int from = 0;
            while (from <= sentence.length()
                    && (f != null ? f.find(from) : NUMBER_FIRST.find(m, sentence, folded, from, last))) {
                from = m.end();
                if (used[m.start(1)] || wounded(sentence, m.start(), m.end()) || animals(sentence, m)
                        || p == NUMBER_THEN_KILLED && ANOTHER_VERB.matcher(m.group()).find()) {
                    continue;
                }
                Quantities.Amount a = Quantities.parse(m.group(1));
                int words = AnchoredPattern.wordCount(m.group());
                if (p == NUMBER_THEN_KILLED && ARTICLE.matcher(m.group(1)).matches()
                        && (words > 6 || words <= 2 && !UN_MORT.matcher(m.group()).matches()
                            || killsAnObject(sentence, m.end())
                            || countsInside(sentence, m.end(1), m.end()))) {
                    // an article far from the verb ("un attentat à la voiture piégée a tué …"), the French
                    // auxiliary "a" ("a tué") or the subject of "killed" with an object ("a roadside bomb killed
                    // three soldiers") counts no one; "a civilian was killed" counts one. A number inside the
                    // match ("une attaque a fait quatre morts") is read from just after the article.
                    from = m.end(1);
                    continue;
                }
                if (a != null && a.value() < 100_000) {
                    sum += a.value() + (endsWithAnd(folded, m.start(1))
                            ? coordinated(sentence.substring(0, m.start(1)), used) : 0);
                    for (int i = m.start(1); i < m.end(1); i++) {
                        used[i] = true;
                    }
                }
            }
        }
        return sum;
    }

    /**
     * A count the report states as ACLED's coding ("Unknown fatalities coded as 10 and spread across two
     * locations", "fatalities split across 2 events (8)"): the event's figure whatever else the text says.
     */
    static OptionalInt coded(String sentence) {
        return coded(sentence, AnchoredPattern.fold(sentence));
    }

    static OptionalInt coded(String sentence, String folded) {
        return coded(sentence, folded, new CharPairs(folded));
    }

    /** {@link #coded(String)} for a sentence whose fold is {@code folded} and whose pairs are {@code pairs}. */
    static OptionalInt coded(String sentence, String folded, CharPairs pairs) {
        WindowedFind shareFind = pairs.mayHold(SHARE) ? SHARE.finder(sentence, folded) : null;
        if (shareFind != null && shareFind.find()) {
            Matcher share = shareFind.match();
            return OptionalInt.of(Integer.parseInt(share.group(1)));
        }
        WindowedFind codedFind = pairs.mayHold(CODED) ? CODED.finder(sentence, folded) : null;
        if (codedFind == null || !codedFind.find()) {
            return OptionalInt.empty();
        }
        Matcher coded = codedFind.match();
        int total = Integer.parseInt(coded.group(1));
        String parts = coded.group(2);
        if (parts == null) {
            return OptionalInt.of(total);
        }
        int n = SMALL.contains(parts.toLowerCase(java.util.Locale.ROOT))
                ? SMALL.indexOf(parts.toLowerCase(java.util.Locale.ROOT)) + 2 : Integer.parseInt(parts);
        return OptionalInt.of((int) Math.round((double) total / Math.max(1, n)));
    }

    /**
     * Whether the text before {@code end} ends as a match of {@link #COORDINATED} must: " and " or " et " (in
     * {@code folded}, the text's fold, as case-insensitive matching reads it), then the end or a line terminator
     * ({@code $}). Most numbers follow no "and": the prefix is then neither copied, folded nor searched.
     */
    static boolean endsWithAnd(String folded, int end) {
        int e = end;
        if (e > 0) {
            char last = folded.charAt(e - 1);
            if (last == '\n') {
                e -= e > 1 && folded.charAt(e - 2) == '\r' ? 2 : 1;
            } else if (last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
                e--;
            }
        }
        return e >= 5 && folded.startsWith(" and ", e - 5) || e >= 4 && folded.startsWith(" et ", e - 4);
    }

    /** "Three civilians and 4 fighters were killed": the group named before "and" counts too. */
    private static int coordinated(String before, boolean[] used) {
        Matcher c = COORDINATED.matcher(before);
        if (!c.find() || used[c.start(1)]) {
            return 0;
        }
        Quantities.Amount a = Quantities.parse(c.group(1));
        if (a == null) {
            return 0;
        }
        for (int i = c.start(1); i < c.end(1); i++) {
            used[i] = true;
        }
        return a.value();
    }

    /** True when a number other than an article stands between an article and its death word. */
    private static boolean countsInside(String s, int from, int to) {
        Matcher n = A_NUMBER.matcher(s.substring(from, to));
        while (n.find()) {
            if (!ARTICLE.matcher(n.group(1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when the death word just read is an active verb with an object after it ("killed three soldiers"). */
    private static boolean killsAnObject(String s, int end) {
        Matcher verb = ACTIVE_KILL.matcher(s.substring(Math.max(0, end - 8), end));
        return verb.find() && (OBJECT_AFTER.matcher(s.substring(end)).lookingAt()
                || COUNTED_OBJECT.matcher(s.substring(end)).lookingAt());
    }

    /** "faisant un mort", "une victime mortelle": one dead, not the auxiliary "a" of "a tué". */
    private static final Pattern UN_MORT = Pattern.compile("(?:un|une) (?:mort|tu[ée]e?|victime mortelle)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "killed at least 18 people", "a tué au moins 12 civils": a number after the verb is its object too. */
    private static final Pattern COUNTED_OBJECT = Pattern.compile(
            " (?:at least|more than|over|about|around|some|up to|au moins|plus de|environ|près de) [\\p{L}\\d]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "killed 15 livestock", "15 head of cattle were killed", "tuant 30 chèvres": beasts are no fatalities. */
    private static final Pattern ANIMALS = Pattern.compile("(?:\\s+(?:of\\s+their|de\\s+leurs|their|leurs|de)(?=\\s))?"
            + "\\s+(?:livestock|cattle|cows?|goats?|sheep|camels?|donkeys?|animals|heads? of cattle|bétail|b[œo]eufs|"
            + "vaches?|chèvres?|moutons?|chameaux|ânes?|animaux|têtes de bétail)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "burned down 20 huts and killed …": the number counts what another verb did, not the dead ("1 soldier was shot
     * and killed" is one dead: the verb before "and" is passive).
     */
    private static final Pattern ANOTHER_VERB = Pattern.compile("^(?:(?!\\b(?:was|were|been|été|is|are|sont|est)\\b)"
            + ".)*\\s(?:and|et)\\s+(?:killed|killing|tu[ée]|tuant)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean animals(String s, Matcher m) {
        String counted = s.substring(m.end(1), Math.min(s.length(), Math.max(m.end(), m.end(1) + 30)));
        return ANIMALS.matcher(counted).lookingAt();
    }

    private static boolean wounded(String s, int from, int to) {
        String span = s.substring(from, to).toLowerCase();
        return span.contains("wounded") || span.contains("injured") || span.contains("bless");
    }
}
