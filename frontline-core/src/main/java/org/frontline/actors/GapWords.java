package org.frontline.actors;

import org.frontline.AnchoredPattern;

/**
 * What the text beside a generic mention must open with before {@link CatalogActorRecognizer}'s patterns for it are
 * run ("forces of India and Pakistan", "les jihadistes du groupe Etat islamique"): most mentions are followed by no
 * such words, and are told so by reading a few chars instead of copying the text out and running a matcher.
 */
final class GapWords {
    /** The first letters of {@link CatalogActorRecognizer#OF_NAMED}'s words after its white space ("du", "of"...). */
    private static final String OF_NAMED_FIRST = "dofbamstrip";

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
     * a char beyond ASCII (case folding may make it anything) or an ASCII letter, in either case, that begins one of
     * its words ("du", "of", "from", "belonging", "affiliated", "membres", "suspected", "thought", "reported",
     * "identified", "présumés").
     */
    static boolean ofNamedMayOpen(String body, int from, int to) {
        int k = from;
        while (k < to && AnchoredPattern.regexSpace(body.charAt(k))) {
            k++;
        }
        if (k == from || k == to) {
            return false;
        }
        char c = body.charAt(k);
        return c >= 0x80 || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' && OF_NAMED_FIRST.indexOf(c | 0x20) >= 0;
    }
}
