package org.frontline.actors;

import java.util.List;
import org.frontline.AnchoredPattern;

/**
 * What the text beside a generic mention must open with before {@link CatalogActorRecognizer}'s patterns for it are
 * run ("forces of India and Pakistan", "les jihadistes du groupe Etat islamique"): most mentions are followed by no
 * such words, and are told so by reading a few chars instead of copying the text out and running a matcher.
 */
final class GapWords {
    /**
     * What each word {@link CatalogActorRecognizer#OF_NAMED} can open with after its white space begins with, in ASCII
     * letters: "du", "de(s)", "of", "from", "belonging", "affiliated", "membre(s)", the verbs of "suspected to be",
     * "pr[ée]sumés" and "soup[çc]onnés" written without accents. Its other words hold a char beyond ASCII or an
     * apostrophe right after their ASCII letters ("d'", "affiliés", "présumé").
     */
    private static final List<String> OF_NAMED_STARTS = List.of("du", "de", "of", "from", "belonging", "affiliated",
            "membre", "suspected", "believed", "thought", "said", "reported", "identified", "presum", "soupconn");

    private GapWords() {
    }

    /**
     * Whether {@code body} from {@code end} opens with white space and then "and" or "et": what the recognizer's
     * AND_STATE (case-sensitive) must begin with, told without a matcher after every state forces' phrase (most are
     * followed by no such word).
     */
    static boolean andAfter(String body, int end) {
        int k = end;
        while (k < body.length() && AnchoredPattern.regexSpace(body.charAt(k))) {
            k++;
        }
        return k > end && (body.startsWith("and", k) || body.startsWith("et", k));
    }

    /**
     * Whether {@code body[from, to)} opens as a {@link CatalogActorRecognizer#OF_NAMED} match must: white space, then
     * a run of ASCII letters beginning with one of {@link #OF_NAMED_STARTS} in any case, or followed by a char beyond
     * ASCII or an apostrophe, or a char beyond ASCII (case folding may make it one of the letters). A gap opening with
     * "the", "a", "and", "et" or "dans" is told without the pattern.
     */
    static boolean ofNamedMayOpen(String body, int from, int to) {
        int k = from;
        while (k < to && AnchoredPattern.regexSpace(body.charAt(k))) {
            k++;
        }
        if (k == from || k == to) {
            return false;
        }
        int end = k;
        while (end < to && (body.charAt(end) | 0x20) >= 'a' && (body.charAt(end) | 0x20) <= 'z') {
            end++;
        }
        if (end == k) {
            return body.charAt(k) >= 0x80;
        }
        if (end < to && (body.charAt(end) >= 0x80 || body.charAt(end) == '\'')) {
            return true;
        }
        for (String w : OF_NAMED_STARTS) {
            if (w.length() <= end - k && body.regionMatches(true, k, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
