package org.frontline.geoparse;

import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;

/**
 * "Ciudad Juarez, Chihuahua", "Tafas in Dar'a", "Basira town in Deir-ez-Zor", "Bule (Djugu, Ituri)": a name right
 * after a place, joined by a comma, "in", "dans" or a parenthesis (after a word for what the place is, or not), that
 * can be the first-level unit the place lies in, is that unit, not its namesake city. It then qualifies the place
 * (geo_precision 3) instead of competing with it as the event's location, which is how reports and ACLED's notes
 * write a place's province.
 */
final class Qualifiers {
    /** A compass direction as an adjective: "the southern countryside", "north-western". */
    static final String DIRECTION = "(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\\s+";
    /** The part of a unit a place lies in: "the countryside of", "rural", "la campagne sud de". */
    private static final String PART = "(?:(?:" + DIRECTION + ")?(?:countryside|outskirts)\\s+of\\s+|rural\\s+"
            + "|(?:campagne|région|banlieue|périphérie|district|LGA|commune|municipalité|province|gouvernorat)"
            + "(?:\\s+(?:nord|sud|est|ouest))?"
            + "\\s+(?:de\\s+|d'|d’|du\\s+))";
    static final Pattern JOIN = Pattern.compile("(?:\\s+(?:town|village|city|area|district|countryside|LGA"
            + "|municipality|upazila|township|subdivision|commune|province|governorate))?"
            + "\\s*(?:(?:,\\s*)?(?:\\bin\\b|\\bdans\\b|\\bde\\b|\\bof\\b)|,|\\()"
            + "\\s*(?:(?:the|la|le|l'|l’)\\s+)?(?:" + PART + ")?(?:[\\p{L}'’ -]{1,40},\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Qualifiers() {
    }

    /**
     * The most chars other than white space a {@link #JOIN} match can hold: a unit word (12), a comma and "dans" (5),
     * an article (3), a part of a unit ("north-western countryside of": 26), a name and its comma (41); rounded up.
     */
    static final int JOIN_MAX_INK = 100;

    /**
     * Whether the text of {@code body} from {@code from} to {@code to} (between two names) makes the second qualify the
     * first ("X, Y", "X (Z, Y", "X in Y"). A text with an ASCII char that {@link #JOIN} has nowhere (a digit, a full
     * stop, a closing parenthesis) or with more than {@link #JOIN_MAX_INK} chars other than white space cannot match
     * it, and is told so without a copy and a matcher: the names of a document are asked pair by pair, most pairs
     * sentences apart. The gap's first word is read before the whole gap: most gaps between two names of a report
     * open with a word no match can open with ({@link #mayStartJoin}), and were read to their first full stop.
     */
    static boolean joins(String body, int from, int to) {
        if (!mayStartJoin(body, from, to)) {
            return false;
        }
        int ink = 0;
        int first = -1;
        boolean joiner = false; // a comma, a parenthesis, or a char that case-folding may make one of the words
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            boolean space = AnchoredPattern.regexSpace(c);
            if (c < 0x80 && !space && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ',' || c == '('
                    || c == '\'' || c == '-') || !space && ++ink > JOIN_MAX_INK) {
                return false;
            }
            joiner |= c == ',' || c == '(' || c >= 0x80;
            if (!space && first < 0) {
                first = i;
            }
        }
        if (ink == 1 && (body.charAt(first) == ',' || body.charAt(first) == '(')
                || ink > 1 && ink <= 4 && isJoinWord(body, first, ink) || unitThenJoiner(body, from, to)) {
            return true; // "X, Y", "X (Y", "X in Y", "X city (Y": what most joined names have between them, as JOIN
        }
        return (joiner || holdsJoinWord(body, from, to)) && JOIN.matcher(body.substring(from, to)).matches();
    }

    /** The words {@link #JOIN} can begin with after white space: its unit words and its joining words. */
    private static final List<String> FIRST_WORDS = List.of("town", "village", "city", "area", "district",
            "countryside", "lga", "municipality", "upazila", "township", "subdivision", "commune", "province",
            "governorate", "in", "dans", "de", "of");

    /** {@link #FIRST_WORDS} by their length: a run of letters is compared with the words of its length alone. */
    private static final List<List<String>> FIRST_WORDS_BY_LENGTH = Gaps.byLength(FIRST_WORDS);

    /**
     * Whether the gap, past its white space, begins as a {@link #JOIN} match must: a comma, a parenthesis, or a run
     * of ASCII letters that is one of {@link #FIRST_WORDS} in any case. The pattern is matched over the whole gap,
     * so a gap opening with any other word ("were", "the", "après") is told without it: in French most gaps hold a
     * char beyond ASCII, and those all went to the pattern. A char beyond ASCII at the start or right after the run
     * is left to the pattern (case folding may make it one of the letters).
     */
    private static boolean mayStartJoin(String body, int from, int to) {
        int i = from;
        while (i < to && AnchoredPattern.regexSpace(body.charAt(i))) {
            i++;
        }
        if (i == to) {
            return false;
        }
        char c = body.charAt(i);
        if (c == ',' || c == '(' || c >= 0x80) {
            return true;
        }
        int end = i;
        while (end < to && (body.charAt(end) | 0x20) >= 'a' && (body.charAt(end) | 0x20) <= 'z') {
            end++;
        }
        if (end == i) {
            return false;
        }
        if (end < to && body.charAt(end) >= 0x80) {
            return true;
        }
        return Gaps.isOneOf(body, i, end, FIRST_WORDS_BY_LENGTH);
    }

    /** The unit words {@link #JOIN} may open with, by length. */
    private static final List<List<String>> UNIT_WORDS_BY_LENGTH = Gaps.byLength(List.of("town", "village", "city",
            "area", "district", "countryside", "lga", "municipality", "upazila", "township", "subdivision", "commune",
            "province", "governorate"));

    /**
     * Whether the gap is white space, a unit word, and then a comma, a parenthesis, or white space and a joining
     * word, then white space alone, all in ASCII ("X city (Y", "X district, Y", "X area of Y"): {@link #JOIN} matches
     * it (its unit group, then its joiner, nothing after), told without a copy and a matcher. Most joined names of
     * ACLED's notes have one of these between them, and all went to the pattern.
     */
    private static boolean unitThenJoiner(String body, int from, int to) {
        int i = skipSpace(body, from, to);
        int end = letterRunEnd(body, i, to);
        if (i == from || !Gaps.isOneOf(body, i, end, UNIT_WORDS_BY_LENGTH)) {
            return false;
        }
        int k = skipSpace(body, end, to);
        if (k < to && (body.charAt(k) == ',' || body.charAt(k) == '(')) {
            k++;
        } else {
            int w = letterRunEnd(body, k, to);
            if (k == end || !isJoinWord(body, k, w - k)) {
                return false; // a joining word stands apart from the unit word (JOIN's \b)
            }
            k = w;
        }
        return skipSpace(body, k, to) == to;
    }

    private static int skipSpace(String body, int i, int to) {
        while (i < to && AnchoredPattern.regexSpace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int letterRunEnd(String body, int i, int to) {
        while (i < to && (body.charAt(i) | 0x20) >= 'a' && (body.charAt(i) | 0x20) <= 'z') {
            i++;
        }
        return i;
    }

    /** Whether {@code body[at, at + n)} is "in", "de", "of" or "dans" in ASCII letters of any case. */
    private static boolean isJoinWord(String body, int at, int n) {
        for (int k = at; k < at + n; k++) {
            if (body.charAt(k) >= 0x80) {
                return false;
            }
        }
        return n == 2 && (body.regionMatches(true, at, "in", 0, 2) || body.regionMatches(true, at, "de", 0, 2)
                || body.regionMatches(true, at, "of", 0, 2)) || n == 4 && body.regionMatches(true, at, "dans", 0, 4);
    }

    /**
     * Whether an ASCII text holds "in", "de", "of" or "dans" in any case, as a word or not: {@link #JOIN} joins by
     * one of them, a comma or a parenthesis, so a gap of words without any ("Aleppo and Idlib") is told without a
     * matcher.
     */
    private static boolean holdsJoinWord(String body, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (body.regionMatches(true, i, "in", 0, 2) || body.regionMatches(true, i, "de", 0, 2)
                    || body.regionMatches(true, i, "of", 0, 2) || body.regionMatches(true, i, "dans", 0, 4)
                    && i + 4 <= to) {
                return true;
            }
        }
        return false;
    }

    /** {@code m}, or {@code m} resolved to the unit containing {@code previous} when the text makes it qualify it. */
    static PlaceMention asContainer(PlaceMention previous, PlaceMention m, List<PlaceMatch> matches, String body) {
        if (previous == null || previous.place() == null || m.place() == null || m.place().adminLevel() == 1
                || previous.end() > m.start() || !joins(body, previous.end(), m.start())) {
            return m;
        }
        Place inner = previous.place();
        for (PlaceMatch c : matches) {
            Place p = c.place();
            if (p.adminLevel() == 1 && p.country() != null && p.country().equals(inner.country())
                    && p.admin1() != null && p.admin1().equals(inner.admin1()) && !p.id().equals(inner.id())) {
                return new PlaceMention(m.text(), m.start(), m.end(), Math.max(m.confidence(), previous.confidence()),
                        p, m.direction(), m.relation(), 3);
            }
        }
        return m;
    }
}
