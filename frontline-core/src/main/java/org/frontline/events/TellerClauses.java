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

    /**
     * The evidence with its teller clauses cut out: its text is {@code TOLD_BY.pattern().matcher(text).replaceAll(" ")},
     * its fold the same slices of the evidence's fold joined by the same spaces (the fold keeps every char at its
     * offset), where folding the cut text again read it once more for each event whose evidence names a teller. The
     * evidence itself when there is nothing to cut, so that its caller knows the fold of what it gets.
     */
    static Evidence cut(Evidence sentences) {
        int[] matches = matches(sentences.text(), sentences.folded());
        return matches.length == 0 ? sentences
                : new Evidence(replaced(sentences.text(), matches), replaced(sentences.folded(), matches));
    }

    /** The matches {@code replaceAll} replaces, as start and end offsets one after the other, in text order. */
    private static int[] matches(String sentences, String folded) {
        if (!TOLD_BY.mayMatchFolded(folded)) {
            return new int[0];
        }
        boolean[] start = starts(sentences, folded);
        Matcher m = TOLD_BY.pattern().matcher(sentences).useTransparentBounds(true).useAnchoringBounds(false);
        int[] out = new int[0];
        int n = sentences.length();
        for (int p = 0; p < n; p++) {
            if (!start[p]) {
                continue;
            }
            m.region(p, n);
            if (m.lookingAt()) { // never empty: every match holds a word or a comma
                out = java.util.Arrays.copyOf(out, out.length + 2);
                out[out.length - 2] = p;
                out[out.length - 1] = m.end();
                p = m.end() - 1;
            }
        }
        return out;
    }

    /** {@code text} with each of {@code matches} (start, end, …) replaced by a space. */
    private static String replaced(String text, int[] matches) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int k = 0; k < matches.length; k += 2) {
            out.append(text, last, matches[k]).append(' ');
            last = matches[k + 1];
        }
        return out.append(text, last, text.length()).toString();
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
