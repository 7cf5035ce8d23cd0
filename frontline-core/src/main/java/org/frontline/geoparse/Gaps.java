package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.frontline.AnchoredPattern;

/**
 * The text between two names, read for what the patterns matching a whole gap are written with before one is copied
 * and matched: most gaps between two names of a report hold a full stop, a digit or a bracket those patterns have
 * nowhere, and then no such pattern can match them.
 */
final class Gaps {
    private Gaps() {
    }

    /** Index n: the words of n chars, in their order in {@code words}; one list past the longest (empty). */
    static List<List<String>> byLength(List<String> words) {
        List<List<String>> by = new ArrayList<>();
        for (String w : words) {
            while (by.size() <= w.length() + 1) {
                by.add(new ArrayList<>());
            }
            by.get(w.length()).add(w);
        }
        return by.stream().map(List::copyOf).toList();
    }

    /** Whether {@code body[from, to)} is one of the words {@link #byLength} grouped, ignoring case as regionMatches does. */
    static boolean isOneOf(String body, int from, int to, List<List<String>> byLength) {
        int n = to - from;
        if (n >= byLength.size()) {
            return false;
        }
        for (String w : byLength.get(n)) {
            if (body.regionMatches(true, from, w, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, past its white space, one comma and the white space after it, the gap {@code body[from, to)} opens
     * with a run of letters that may begin one of {@code words} (ASCII, lower case): the patterns that match a whole
     * gap open so. A run of ASCII letters must begin with one of the words in any ASCII case; a char beyond ASCII at
     * its start or right after it is let through, since case folding may make it one of the letters ("ſ", "İ").
     */
    static boolean mayOpenWith(String body, int from, int to, List<String> words) {
        int i = from;
        while (i < to && AnchoredPattern.regexSpace(body.charAt(i))) {
            i++;
        }
        if (i < to && body.charAt(i) == ',') {
            i++;
            while (i < to && AnchoredPattern.regexSpace(body.charAt(i))) {
                i++;
            }
        }
        int end = i;
        while (end < to && (body.charAt(end) | 0x20) >= 'a' && (body.charAt(end) | 0x20) <= 'z') {
            end++;
        }
        if (end < to && body.charAt(end) >= 0x80) {
            return true;
        }
        for (String w : words) {
            if (w.length() <= end - i && body.regionMatches(true, i, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code body} from {@code from} to {@code to} is not empty and holds only letters (any script and case:
     * a case-insensitive pattern meets a letter only in a letter), the white space {@code \s} matches (space, tab,
     * line feed, vertical tab, form feed, carriage return) and the chars of {@code punctuation}.
     */
    static boolean wordsAnd(String body, int from, int to, String punctuation) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            // an ASCII char is a letter when it is one of A-Z, a-z: told without the JDK's char tables
            boolean letter = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (!(letter || c == ' ' || c >= '\t' && c <= '\r' || punctuation.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
