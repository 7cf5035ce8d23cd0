package org.frontline;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} over a whole text, run only in the windows where a match can be: every match contains one
 * of its pattern's anchors, starts at most {@code lead} chars before that anchor and spans at most {@code width}
 * chars, so a match starting at p belongs to the window of an anchor occurrence o with o - lead ≤ p ≤ o, and lies
 * within [p, o + width). The regex then runs from o - lead to o + width instead of from the sentence's start to its
 * end, and not at all past the last anchor (when nothing bounds the lead, a match still starts at or before its
 * anchor: the search runs from where the last match ended, and stops when no anchor lies ahead).
 * What it finds is what {@code find()} over the whole text finds, in the same order with the same groups: each
 * window is searched with transparent bounds (look-arounds and word boundaries see the whole text) and without
 * anchoring bounds ({@code ^} and {@code $} only at the text's ends), a match is taken only when it starts inside its
 * window (so it lies wholly within the region and the engine took the path it takes on the whole text), and windows
 * are tried in text order from where the last match ended. Not thread-safe: one per search, like a {@link Matcher}.
 */
public final class WindowedFind {
    /** A search that finds nothing: the text holds none of the anchors. */
    static final WindowedFind NOTHING = new WindowedFind(null, "", new int[0], 0, 0, 0);
    /**
     * Up to how many starts before its anchor a window's are tried one by one ({@link #startsAt}) rather than by
     * one find() over the window, which also tries every start after the anchor: up to the window's end when the
     * width is bounded, to the text's end when it is not.
     */
    private static final int STARTS_BOUNDED = 8;
    private static final int STARTS_UNBOUNDED = 64;

    private final Matcher matcher;
    /** The matcher's text. */
    private final CharSequence text;
    /** The anchors' start offsets in the text, ascending; null for a plain search of the whole text. */
    private final int[] at;
    private final int count;
    private final int lead;
    /** -1: unbounded (a window's region runs to the text's end). */
    private final int width;
    private final int length;
    /**
     * Whether every match begins where the char before is no letter or digit (a {@link WordPatterns#anyOf} pattern,
     * which opens with {@code (?<![\p{L}\p{N}])}): a start after a letter or digit is then not tried.
     */
    private final boolean wordStarts;
    private int next;
    /** No match starts before this offset other than those already found. */
    private int searched;

    /**
     * @param text  {@code matcher}'s text
     * @param at    the start offsets in {@code matcher}'s text of every occurrence of the pattern's anchors (the
     *              first {@code count}, ascending)
     * @param lead  at most how many chars of a match precede the anchor it contains; -1 when unbounded
     * @param width at most how many chars a match spans; -1 when unbounded
     */
    WindowedFind(Matcher matcher, CharSequence text, int[] at, int count, int lead, int width) {
        this(matcher, text, at, count, lead, width, false);
    }

    /**
     * @param wordStarts the pattern's every match begins where the char before (if any) is no letter or digit, as a
     *                   {@link WordPatterns#anyOf} pattern's: {@link #startsAt} then tries no start glued to a letter
     *                   or digit before it, where the look-behind fails at once
     */
    WindowedFind(Matcher matcher, CharSequence text, int[] at, int count, int lead, int width, boolean wordStarts) {
        this.matcher = matcher;
        this.wordStarts = wordStarts;
        this.text = text;
        this.at = at;
        this.count = count;
        this.lead = lead < 0 ? Integer.MAX_VALUE : lead;
        this.width = width;
        this.length = matcher == null ? 0 : matcher.regionEnd();
        if (matcher != null) {
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    /** A plain {@link Matcher#find()} over the whole text (the pattern's anchors or bounds are not known). */
    static WindowedFind everywhere(Matcher matcher) {
        return new WindowedFind(matcher, "", null, 0, 0, -1);
    }

    /** {@link Matcher#find()}: the next match, if any; its offsets and groups are then read from {@link #match()}. */
    public boolean find() {
        if (at == null) {
            return matcher.find();
        }
        while (next < count) {
            int o = at[next];
            if (o < searched) { // the window ends before where the search stands: nothing left in it
                next++;
                continue;
            }
            int from = (int) Math.max(searched, (long) o - lead);
            int to = width < 0 ? length : (int) Math.min(length, (long) o + width);
            if (o - from <= (width < 0 ? STARTS_UNBOUNDED : STARTS_BOUNDED) && noSurrogate(from, o)) {
                if (startsAt(from, o, to)) {
                    return true;
                }
                searched = o + 1;
                next++;
                continue;
            }
            matcher.region(from, to);
            if (matcher.find() && (width < 0 || matcher.start() <= o)) {
                searched = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true; // the same window is tried again from the match's end
            }
            if (width < 0) { // the region ran to the text's end: no match anywhere after
                next = count;
                return false;
            }
            searched = o + 1;
            next++;
        }
        return false;
    }

    /**
     * Tries a match at each start from {@code from} to {@code o}, in order, as {@code find()} over the region
     * [from, to) tries them: {@link Matcher#lookingAt()} at a start is that attempt, and the starts past the anchor,
     * which find() would go on trying (up to the text's end when the width is unbounded), belong to later windows.
     * For {@link #wordStarts}, a start right after a letter or digit is skipped: the attempt there fails on its first
     * node, but each attempt first resets the matcher's groups and locals (twice: region, then lookingAt), which was
     * most of a trigger search's time, and most starts of a window lie inside words.
     */
    private boolean startsAt(int from, int o, int to) {
        for (int p = from; p <= o; p++) {
            if (wordStarts && p > 0 && glued(text.charAt(p - 1))) {
                continue;
            }
            matcher.region(p, to);
            if (matcher.lookingAt()) {
                searched = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is a letter or digit as {@code [\p{L}\p{N}]} reads it (a char, not half a surrogate pair:
     * such a char before a start is left to the regex): {@code (?<![\p{L}\p{N}])} then fails at the start after it.
     */
    static boolean glued(char c) {
        return !Character.isSurrogate(c) && (GLUED_TYPES >>> Character.getType(c) & 1) != 0;
    }

    /** The general categories of {@code \p{L}} (Lu, Ll, Lt, Lm, Lo) and {@code \p{N}} (Nd, Nl, No). */
    private static final int GLUED_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /**
     * Whether no char of [from, o] is a surrogate: a search steps over the low half of a pair when the pattern holds
     * supplementary chars, so starts are tried one by one only where every char is a start find() tries.
     */
    private boolean noSurrogate(int from, int o) {
        for (int i = from; i <= o; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link Matcher#find(int)}: the first match starting at or after {@code from}. */
    public boolean find(int from) {
        if (at == null) {
            return matcher.find(from);
        }
        if (count == 0) {
            return false; // and NOTHING, shared, is never written
        }
        searched = from;
        next = 0;
        return find();
    }

    /** The matcher holding the last match found. */
    public Matcher match() {
        return matcher;
    }
}
