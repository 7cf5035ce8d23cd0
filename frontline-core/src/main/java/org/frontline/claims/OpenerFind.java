package org.frontline.claims;

import java.util.Arrays;
import java.util.regex.Matcher;
import org.frontline.AnchoredPattern;
import org.frontline.FrontlineException;

/**
 * {@link Matcher#find()} over a whole text for a pattern each match of which opens at one of a few chars (a comma,
 * a full stop) or at the text's start, and holds between that char and the anchor it contains nothing but words:
 * letters, apostrophes, hyphens, white space (", the Gaza health ministry said"). Those words may take any number of
 * chars, so a search near the anchors ({@link org.frontline.WindowedFind}) would run from the text's start to its
 * last anchor, trying the regex at every comma. Walking back from an anchor to the first char no such word holds
 * (a digit, a bracket, any ASCII punctuation but the apostrophe and the hyphen) reaches the one char a match
 * containing that anchor can open at: an opener, or the text's start; the regex is tried there only. The starts are
 * tried in text order from where the last match ended, each as find() over the whole text tries it (transparent
 * bounds, {@code ^} and {@code $} only at the text's ends), so what this finds is what find() finds, in the same
 * order with the same groups. Not thread-safe: one per search, like a {@link Matcher}.
 */
final class OpenerFind {
    private final Matcher matcher;
    private final int[] starts;
    private final int count;
    private final int length;
    private int next;
    private int searched;

    private OpenerFind(Matcher matcher, int[] starts, int count) {
        this.matcher = matcher == null ? null : matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.starts = starts;
        this.count = count;
        this.length = matcher == null ? 0 : matcher.regionEnd();
    }

    /**
     * A pattern whose matches open at a char of {@code openers} (ASCII punctuation), or at the text's start when
     * {@code atTextStart}, and hold only words between that char and their anchor (which must be letters: an anchor
     * of punctuation could be the opener itself, and walking back from it would miss the match).
     */
    record Opening(AnchoredPattern pattern, String openers, boolean atTextStart) {
        Opening {
            if (pattern.anchors().isEmpty() || !pattern.anchors().stream()
                    .allMatch(a -> !a.isEmpty() && a.chars().allMatch(Character::isLetter))) {
                throw new FrontlineException("Pattern " + pattern.pattern() + " has no anchors of letters only");
            }
            if (openers.isEmpty() || !openers.chars().allMatch(OpenerFind::outsideWords)) {
                throw new FrontlineException("Openers \"" + openers + "\" are no chars that words stop at");
            }
        }

        /** The search of {@code text} ({@code folded}: its {@link AnchoredPattern#fold}). */
        OpenerFind search(String text, String folded) {
            return search(text, pattern.anchorOffsets(folded));
        }

        /**
         * The search of {@code text} given where its pattern's anchors start in its fold: every occurrence,
         * ascending, as {@link AnchoredPattern#anchorOffsets} finds them.
         */
        OpenerFind search(String text, int[] at) {
            if (at.length == 0) {
                return new OpenerFind(null, at, 0); // no anchor, no match: no matcher made
            }
            int[] starts = new int[at.length];
            int n = 0;
            int lastAnchor = -1;
            for (int o : at) {
                int q = o - 1;
                while (q >= 0 && q >= lastAnchor && !outsideWords(text.charAt(q))) {
                    q--;
                }
                boolean pastLast = lastAnchor >= 0 && q < lastAnchor;
                lastAnchor = o;
                if (pastLast) { // words all the way back to the last anchor: its opener, already taken
                    continue; // (so each char is walked over once)
                }
                int start = q < 0 ? (atTextStart ? 0 : -1) : openers.indexOf(text.charAt(q)) >= 0 ? q : -1;
                if (start >= 0 && (n == 0 || starts[n - 1] != start)) {
                    starts[n++] = start;
                }
            }
            Arrays.sort(starts, 0, n); // ascending already (a later anchor stops no earlier); sorted to be sure
            return new OpenerFind(pattern.pattern().matcher(text), starts, n);
        }
    }

    /**
     * Whether no char a match holds between its opener and its anchor can be {@code c}: ASCII punctuation other
     * than the apostrophe and the hyphen, and ASCII digits and controls other than white space. None is a letter,
     * nor a char a case-insensitive letter matches (their fold is themselves), nor {@code \s}.
     */
    static boolean outsideWords(int c) {
        return c < 128 && !Character.isLetter(c) && !AnchoredPattern.regexSpace((char) c) && c != '\'' && c != '-';
    }

    /** {@link Matcher#find()}: the next match, if any; its offsets and groups are then read from {@link #match()}. */
    boolean find() {
        while (next < count) {
            int p = starts[next++];
            if (p < searched) {
                continue; // inside the last match: find() goes on from its end
            }
            matcher.region(p, length);
            if (matcher.lookingAt()) {
                searched = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true;
            }
        }
        return false;
    }

    /** The matcher holding the last match found. */
    Matcher match() {
        return matcher;
    }
}
