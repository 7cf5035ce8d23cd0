package org.frontline.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;

/**
 * Who tells of an event ("…, selon la police", "according to the army", "…, police said"), cut out of its sentences:
 * the teller is no hint of who took part in it. The pattern's second branch has no bound on how far before its verb
 * a match starts, so {@code replaceAll} tried both branches at every char of the sentences; a match can only start
 * at a comma, or where only whitespace lies before one of the first branch's words, so the regex is tried there
 * alone, in text order, which finds the matches {@code find()} finds. Immutable.
 */
final class TellerClauses {
    static final AnchoredPattern TOLD_BY = AnchoredPattern.compile(
            ",?\\s*\\b(?:selon|d'après|d’après|according to)\\s[^.;]*"
            + "|,\\s*(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,3}(?:said|told|reported|a indiqué|ont indiqué|a déclaré)\\b[^.;]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first branch's words, folded: a match of it without a comma starts at one, or at whitespace before it. */
    private static final String[] WORDS = {AnchoredPattern.fold("selon"), AnchoredPattern.fold("d'après"),
        AnchoredPattern.fold("d’après"), AnchoredPattern.fold("according to")};

    private TellerClauses() {
    }

    /** {@code TOLD_BY.pattern().matcher(sentences).replaceAll(" ")}. */
    static String cut(String sentences) {
        return cut(sentences, AnchoredPattern.fold(sentences));
    }

    /**
     * {@link #cut(String)} for sentences whose {@link AnchoredPattern#fold} is {@code folded}; {@code sentences}
     * itself when there is nothing to cut, so that its caller knows the fold of what it gets.
     */
    static String cut(String sentences, String folded) {
        if (!TOLD_BY.mayMatchFolded(folded)) {
            return sentences;
        }
        boolean[] start = starts(sentences, folded);
        Matcher m = TOLD_BY.pattern().matcher(sentences).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int last = 0;
        int n = sentences.length();
        for (int p = 0; p < n; p++) {
            if (!start[p]) {
                continue;
            }
            m.region(p, n);
            if (m.lookingAt()) { // never empty: every match holds a word or a comma
                out = out == null ? new StringBuilder(n) : out;
                out.append(sentences, last, p).append(' ');
                last = m.end();
                p = last - 1;
            }
        }
        return out == null ? sentences : out.append(sentences, last, n).toString();
    }

    /** Where a match may start: every comma, every word of {@link #WORDS} and the whitespace run right before it. */
    private static boolean[] starts(String text, String folded) {
        boolean[] start = new boolean[text.length()];
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            start[i] = true;
        }
        for (String w : WORDS) {
            for (int o = folded.indexOf(w); o >= 0; o = folded.indexOf(w, o + 1)) {
                for (int p = o; p >= 0 && (p == o || AnchoredPattern.regexSpace(text.charAt(p))); p--) {
                    start[p] = true;
                }
            }
        }
        return start;
    }
}
