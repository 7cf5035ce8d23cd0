package org.frontline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.text.CaseFold;

/**
 * A regular expression with the literal words any of its matches must contain ("drone" for {@code drones?}, one of
 * "chlore", "sarin", … for an alternation), read from its source. Most sentences contain none of a lexicon's
 * anchors, and {@link String#indexOf} over a case-folded copy is far cheaper than the regex engine trying every
 * position (case-insensitive matching lower-cases the text again at each try): the regex then runs only on texts
 * that could match, so what it finds is exactly what it found before. A pattern whose source this reader does not
 * understand (inline flags, quoting, unusual escapes) simply gets no anchors and always runs. Immutable.
 */
public final class AnchoredPattern {
    private static final int[] NO_OFFSETS = new int[0];
    private final Pattern pattern;
    /** Case-folded anchors, one of which every match contains; null when not known (the regex always runs). */
    private final String[] anchors;
    /** At most how many chars of a match precede the anchor it contains; -1 when unbounded or not known. */
    private final int lead;
    /** At most how many chars a match spans; -1 when unbounded or not known. */
    private final int width;
    /** The anchors' {@link CharPairs#anchorTriples}, made once for every sentence {@link CharPairs#mayHold} asks. */
    private final int[][] anchorTriples;
    /** Whether the pattern is a {@link WordPatterns#anyOf} alternation ({@link #words}): see {@link WindowedFind}. */
    private final boolean wordStarts;

    private AnchoredPattern(Pattern pattern, boolean wordStarts) {
        this.pattern = pattern;
        this.wordStarts = wordStarts;
        int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        RequiredLiterals.Found found = (pattern.flags() & unsupported) != 0 ? null
                : RequiredLiterals.of(pattern.pattern());
        this.anchors = found == null ? null
                : found.anchors().stream().map(AnchoredPattern::fold).distinct().toArray(String[]::new);
        this.lead = found == null ? -1 : found.lead();
        this.width = found == null ? -1 : found.width();
        this.anchorTriples = CharPairs.anchorTriples(anchors);
    }

    /** {@link CharPairs#anchorTriples} of the anchors; null: the pattern always passes. */
    int[][] anchorTriples() {
        return anchorTriples;
    }

    /** {@link Pattern#compile(String, int)} with its anchors. */
    public static AnchoredPattern compile(String regex, int flags) {
        return new AnchoredPattern(Pattern.compile(regex, flags), false);
    }

    /**
     * {@code compile(WordPatterns.anyOf(alternatives), flags)}, known to be such an alternation: no match begins right
     * after a letter or digit, so its search near the anchors tries no start there ({@link WindowedFind}).
     */
    public static AnchoredPattern words(List<String> alternatives, int flags) {
        return new AnchoredPattern(Pattern.compile(WordPatterns.anyOf(alternatives), flags), true);
    }

    /** {@link Pattern#compile(String)} with its anchors. */
    public static AnchoredPattern compile(String regex) {
        return compile(regex, 0);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The anchors (case-folded), or an empty list when the pattern has none and always runs. */
    public List<String> anchors() {
        return anchors == null ? List.of() : List.of(anchors);
    }

    /**
     * A matcher over {@code text}; over the empty text when {@code text} holds none of the anchors: every match
     * contains an anchor, so the pattern can match neither, and the matcher finds nothing, as it would have.
     */
    public Matcher matcher(String text) {
        return pattern.matcher(mayMatch(text) ? text : "");
    }

    /**
     * {@link #matcher(String)} for a text already passed through {@link #fold} as {@code folded}: one fold of a
     * sentence serves all the patterns asked about it.
     */
    public Matcher matcher(String text, String folded) {
        return pattern.matcher(mayMatchFolded(folded) ? text : "");
    }

    /**
     * The matches {@link #matcher(String, String)} finds, found by searching only near the anchors' occurrences
     * ({@link WindowedFind}): a sentence is not scanned by the regex from its start to its end.
     */
    public WindowedFind finder(String text, String folded) {
        return anchors == null ? WindowedFind.everywhere(pattern.matcher(text)) : finder(text, anchorOffsets(folded));
    }

    /**
     * The start offsets, ascending, of every occurrence of the anchors in {@code folded} (a text's {@link #fold}),
     * for {@link #finder(String, int[])}: patterns with the same anchors ({@link #sameAnchors}) asked about one text
     * share one scan. Empty when the pattern has no anchors.
     */
    public int[] anchorOffsets(String folded) {
        if (anchors == null) {
            return NO_OFFSETS;
        }
        int[] at = new int[4];
        int n = 0;
        for (String a : anchors) {
            for (int i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        if (n == 0) {
            return NO_OFFSETS; // most texts hold none of a pattern's anchors: nothing is allocated for them
        }
        int[] sorted = n == at.length ? at : java.util.Arrays.copyOf(at, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** Whether {@code other} has the same anchors (known), so that its {@link #anchorOffsets} serve this one. */
    public boolean sameAnchors(AnchoredPattern other) {
        return anchors != null && java.util.Arrays.equals(anchors, other.anchors);
    }

    /**
     * {@link #finder(String, String)} given the {@link #anchorOffsets} of {@code text}'s fold by this pattern or one
     * with the same anchors (not changed while the search runs).
     */
    public WindowedFind finder(String text, int[] offsets) {
        if (anchors == null) {
            return WindowedFind.everywhere(pattern.matcher(text));
        }
        return offsets.length == 0 ? WindowedFind.NOTHING
                : new WindowedFind(pattern.matcher(text), text, offsets, offsets.length, lead, width, wordStarts);
    }

    /** At most how many chars of a match precede the anchor it contains; -1 when unbounded or not known. */
    int lead() {
        return anchors == null ? -1 : lead;
    }

    /**
     * Whether a match starts at most a known number of chars before the anchor it contains: its search then tries
     * windows around the anchors, where an unbounded lead makes it search from the text's start to the anchor.
     */
    public boolean boundedLead() {
        return lead() >= 0;
    }

    /** Whether the pattern's anchors are known (else it may match any text). */
    boolean anchored() {
        return anchors != null;
    }

    /** At most how many chars a match spans; -1 when unbounded or not known. */
    int width() {
        return width;
    }

    /** Whether {@code text} holds a match (the regex runs only near the anchors it holds). */
    public boolean find(String text) {
        return anchors == null ? pattern.matcher(text).find() : finder(text, fold(text)).find();
    }

    /**
     * {@link #find(String)} for a text already passed through {@link #fold} as {@code folded}; the regex runs only
     * near the anchors' occurrences ({@link #finder}), not over the whole text once one of them is in it.
     */
    public boolean find(String text, String folded) {
        return finder(text, folded).find();
    }

    /**
     * {@code find(body.substring(from, to))}, the anchors read in the body's fold ({@code folded}: {@link #fold} of
     * the body or of a text it begins with, whose slice is the slice's fold): the short windows before a place or
     * an actor are not folded again, and a window without an anchor is not copied nor given a matcher.
     */
    public boolean findIn(String body, String folded, int from, int to) {
        if (!mayMatchIn(folded, from, to)) {
            return false;
        }
        // a region with opaque bounds (lookarounds and \b see only the region) and anchoring bounds (^, $, \A, \z
        // match at its ends), the defaults: the pattern matches as on body.substring(from, to), without the copy
        return pattern.matcher(body).region(from, to).find();
    }

    /**
     * {@link #mayMatchFolded} of the slice {@code [from, to)} of {@code folded} (a text's {@link #fold}): false when
     * that slice of the text certainly holds no match.
     */
    public boolean mayMatchIn(String folded, int from, int to) {
        return anchors == null || mayMatchFolded(folded.substring(from, to)); // String.indexOf beats a char loop
    }

    /** False when {@code text} certainly holds no match. */
    public boolean mayMatch(String text) {
        return anchors == null || mayMatchFolded(fold(text));
    }

    /** {@link #mayMatch} for a text already passed through {@link #fold} (to fold a sentence once for many). */
    public boolean mayMatchFolded(String folded) {
        if (anchors == null) {
            return true;
        }
        for (String a : anchors) {
            if (folded.indexOf(a) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Case folding as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares characters
     * (lower case of the upper case), one char for one char: a text that matches case-insensitively contains the
     * folded anchor in its folded form (and, a fortiori, one that matches case-sensitively).
     */
    public static String fold(String text) {
        return CaseFold.of(text);
    }

    /**
     * Whether {@code c} is one of the chars a pattern's {@code \s} matches (without
     * {@link Pattern#UNICODE_CHARACTER_CLASS}): code that tells in advance where a pattern can match reads white
     * space as the pattern does.
     */
    public static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code s.split("\\s+").length}, counted in place: the runs of other chars, one more when {@code s} opens with
     * white space (split keeps that leading empty string and drops trailing ones), 1 for the empty string and 0 for
     * one of white space only. Word counts of the events stage's clauses, names and segments split each into an array
     * of strings by a regex (compiled per call, or kept in a constant per class) only to count them.
     */
    public static int wordCount(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int runs = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!regexSpace(s.charAt(i)) && (i == 0 || regexSpace(s.charAt(i - 1)))) {
                runs++;
            }
        }
        return runs == 0 ? 0 : runs + (regexSpace(s.charAt(0)) ? 1 : 0);
    }
}
