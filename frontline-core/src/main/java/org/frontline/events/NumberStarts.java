package org.frontline.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;

/**
 * Searches a pattern whose every match begins with a number ("12", "trois", "une vingtaine") or one of a few
 * words before it ("at least", "plus de"), trying the regex only where such a word or a digit starts instead of at
 * every char from the sentence's start (nothing bounds how far before its anchor such a match starts, so a windowed
 * search ran from the sentence's start once an anchor was in it). A match starting at p with a word begins with
 * that word's first run of letters, followed by a char that is no letter (a space, a hyphen, an apostrophe, or the
 * pattern's next part, which must begin with one); the run of letters from p in the text is then exactly that run,
 * so a start p is tried when the text's char at p is an ASCII digit or the fold of its run of letters from p (p may
 * lie inside a word when the pattern has no look-behind) is one of the first runs. Every start a match can have is
 * tried, in order, with {@link Matcher#lookingAt} (transparent bounds, no anchoring bounds), which is the attempt
 * {@code find()} makes there: the first success is {@code find(from)}'s match. Every match also contains one of
 * the pattern's anchors (its {@link AnchoredPattern#anchors}, which {@link AnchoredPattern#mayMatchFolded} tests), so
 * no match starts after the text's last anchor: the starts past it ("killed on 5 May 2020", the numbers after a
 * toll's verb) are neither scanned nor tried. Immutable.
 */
final class NumberStarts {
    private final AnchoredPattern pattern;
    /**
     * The folded first runs of letters a match can begin with, by their first char (ASCII): the last letters of every
     * word are compared with them in place, where cutting out each tail as a string to look it up in a set made up
     * to ten strings a word.
     */
    private final String[][] runsByFirst = new String[128][];
    /**
     * Per run of {@link #runsByFirst} (same places), null when a match may begin with the run alone, else the words
     * one of which must follow it after white space: the run begins only phrases of several words ("de" only "de
     * nombreux", "plus" only "plus de"), so the many "de" of a French report are not each tried by the regex.
     */
    private final String[][][] nextByFirst = new String[128][][];
    private final int longest;
    /**
     * The pattern's folded anchors by their first char when ASCII, the others apart; null when the pattern has no
     * anchors (a match may then start anywhere).
     */
    private final String[][] anchorsByFirst;
    private final String[] otherAnchors;
    /**
     * Whether a start is any offset where the fold begins with one of the runs, whatever follows it: for a pattern
     * whose number may run straight into a letter ("2km", "deuxkm"), where the run of letters from the start is
     * longer than the number word's.
     */
    private final boolean prefixes;

    /**
     * @param firstRuns every run of letters (lower case ASCII) a match can begin with: the first word of each number
     *                  word and of each word the pattern allows before the number
     */
    NumberStarts(AnchoredPattern pattern, Set<String> firstRuns) {
        this(pattern, firstRuns, false);
    }

    /**
     * A search whose matches each begin with a digit or one of {@code phrases}: lower-case ASCII words separated by
     * single spaces, where the pattern separates them by at least one white-space char ({@code \s}, a space). A run
     * that begins phrases of several words only is tried only where white space and one of their second words
     * follow it; the others as by {@link #NumberStarts(AnchoredPattern, Set)} with the phrases' first runs.
     */
    static NumberStarts ofPhrases(AnchoredPattern pattern, Set<String> phrases) {
        Map<String, Set<String>> next = new TreeMap<>(); // run -> second words; an empty set: the run may stand alone
        for (String phrase : phrases) {
            int end = 0;
            while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
                end++;
            }
            String run = phrase.substring(0, end);
            Set<String> words = next.computeIfAbsent(run, r -> new TreeSet<>());
            int second = end + 1;
            int secondEnd = second;
            while (secondEnd < phrase.length() && Character.isLetter(phrase.charAt(secondEnd))) {
                secondEnd++;
            }
            if (end < phrase.length() && phrase.charAt(end) == ' ' && secondEnd > second) {
                words.add(phrase.substring(second, secondEnd));
            } else {
                words.add(""); // the run alone, or followed by what is no space and word: tried wherever it stands
            }
        }
        NumberStarts out = new NumberStarts(pattern, next.keySet(), false);
        next.forEach((run, words) -> out.nextByFirst[run.charAt(0)][indexOf(out.runsByFirst[run.charAt(0)], run)] =
                words.contains("") ? null : words.toArray(String[]::new));
        return out;
    }

    private static int indexOf(String[] runs, String run) {
        return java.util.Arrays.asList(runs).indexOf(run);
    }

    /**
     * A search whose letter starts are wherever the text's fold begins with one of {@code firstRuns}, not only
     * where a whole run of letters is one: for patterns where a letter may follow a number word ("deux km" written
     * "deuxkm"), which the run test would miss.
     */
    static NumberStarts prefixes(AnchoredPattern pattern, Set<String> firstRuns) {
        return new NumberStarts(pattern, firstRuns, true);
    }

    private NumberStarts(AnchoredPattern pattern, Set<String> firstRuns, boolean prefixes) {
        this.pattern = pattern;
        this.prefixes = prefixes;
        int max = 0;
        for (String r : new TreeSet<>(firstRuns)) {
            if (r.isEmpty() || r.chars().anyMatch(c -> c < 'a' || c > 'z')) {
                throw new IllegalArgumentException("not a run of lower-case ASCII letters: '" + r + "'");
            }
            addByFirst(runsByFirst, r);
            nextByFirst[r.charAt(0)] = new String[runsByFirst[r.charAt(0)].length][];
            max = Math.max(max, r.length());
        }
        this.longest = max;
        List<String> anchors = pattern.anchors();
        this.anchorsByFirst = anchors.isEmpty() ? null : new String[128][];
        this.otherAnchors = anchors.stream().filter(a -> a.charAt(0) >= 128).toArray(String[]::new);
        for (String a : anchors) {
            if (a.charAt(0) < 128) {
                addByFirst(anchorsByFirst, a);
            }
        }
    }

    /** Appends {@code s} to the strings of {@code byFirst} under its first char (ASCII). */
    private static void addByFirst(String[][] byFirst, String s) {
        String[] same = byFirst[s.charAt(0)];
        same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
        same[same.length - 1] = s;
        byFirst[s.charAt(0)] = same;
    }

    AnchoredPattern pattern() {
        return pattern;
    }

    /** A matcher over {@code text} for {@link #find}. */
    Matcher matcher(String text) {
        return pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * {@code m.find(from)} over {@code text} ({@code m} from {@link #matcher}; {@code folded}, its
     * {@link AnchoredPattern#fold}): the first match starting at or after {@code from}, read from {@code m}.
     */
    boolean find(Matcher m, String text, String folded, int from) {
        return find(m, text, folded, from, last(folded));
    }

    /**
     * The last offset of {@code folded} (a text's {@link AnchoredPattern#fold}) where a match can start; -1 when
     * none can. The same for every search of one text: a caller searching it again from each match's end (a
     * sentence's tolls, one after the other) asks once, where each search read the text for its anchors again.
     */
    int last(String folded) {
        return pattern.mayMatchFolded(folded) ? lastStart(folded) : -1;
    }

    /** {@link #find(Matcher, String, String, int)} given {@code last}, the text's {@link #last}. */
    boolean find(Matcher m, String text, String folded, int from, int last) {
        if (last < 0) {
            return false;
        }
        int n = text.length();
        int p = Math.max(0, from);
        if (prefixes) {
            return findAtPrefixes(m, text, folded, p, Math.min(n - 1, last));
        }
        while (p < n && p <= last) {
            char c = text.charAt(p);
            if (c >= '0' && c <= '9') {
                if (tryAt(m, p, n)) {
                    return true;
                }
                p++;
            } else if (Character.isLetter(c)) {
                int end = p + 1;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                for (int q = Math.max(p, end - longest); q < end && q <= last; q++) {
                    char f = folded.charAt(q);
                    if (f < 128 && runsByFirst[f] != null && isRun(f, folded, q, end) && tryAt(m, q, n)) {
                        return true;
                    }
                }
                p = end;
            } else {
                p++;
            }
        }
        return false;
    }

    /**
     * {@link #find}'s search in {@link #prefixes} mode: every start from {@code p} to {@code last} where the text
     * holds an ASCII digit or its fold begins with a first run (a match beginning with a word begins with its first
     * run, the pattern's letters matching case-insensitively the text's whose fold they are), in order.
     */
    private boolean findAtPrefixes(Matcher m, String text, String folded, int p, int last) {
        int n = text.length();
        for (int q = p; q <= last; q++) {
            char c = text.charAt(q);
            if (c >= '0' && c <= '9') {
                if (tryAt(m, q, n)) {
                    return true;
                }
                continue;
            }
            char f = folded.charAt(q);
            if (f < 128 && runsByFirst[f] != null && startsWithAny(runsByFirst[f], folded, q) && tryAt(m, q, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code folded} holds one of {@code runs} at {@code q}. */
    private static boolean startsWithAny(String[] runs, String folded, int q) {
        for (String r : runs) {
            if (folded.startsWith(r, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last offset where a match can start: the last anchor's occurrence in {@code folded} (-1 when none), sought
     * from the end (one probe per char, where a search per anchor read the text 24 times for the tolls' pattern).
     */
    private int lastStart(String folded) {
        if (anchorsByFirst == null) {
            return folded.length();
        }
        for (int i = folded.length() - 1; i >= 0; i--) {
            char c = folded.charAt(i);
            String[] same = c < 128 ? anchorsByFirst[c] : otherAnchors;
            if (same != null) {
                for (String a : same) {
                    if (folded.startsWith(a, i)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code folded[q, end)} is one of the runs beginning with {@code f}, and when that run begins only
     * phrases of several words, white space then one of their second words follow it.
     */
    private boolean isRun(char f, String folded, int q, int end) {
        String[] runs = runsByFirst[f];
        for (int k = 0; k < runs.length; k++) {
            String r = runs[k];
            if (r.length() == end - q && folded.startsWith(r, q)) {
                String[] next = nextByFirst[f][k];
                return next == null || followedBy(folded, end, next);
            }
        }
        return false;
    }

    /** Whether {@code folded} holds at least one white-space char ({@code \s}) at {@code at}, then one of {@code words}. */
    private static boolean followedBy(String folded, int at, String[] words) {
        int i = at;
        while (i < folded.length() && AnchoredPattern.regexSpace(folded.charAt(i))) {
            i++;
        }
        if (i == at) {
            return false;
        }
        for (String w : words) {
            if (folded.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tryAt(Matcher m, int p, int n) {
        m.region(p, n);
        return m.lookingAt();
    }
}
