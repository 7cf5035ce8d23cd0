package org.frontline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon's {@link WordPatterns#anyOf} pattern that, for each text, runs only the alternatives whose anchors
 * ({@link AnchoredPattern}) the text holds. An alternative without its anchors in the text cannot match anywhere in
 * it, so the alternation of the others finds exactly what the whole one finds, at a fraction of the cost: the
 * regex engine tries two or three alternatives at each position instead of fifty. The reduced patterns are
 * compiled once per combination and cached. Thread-safe.
 */
public final class WordAlternation {
    /** Past this many cached combinations, a new one runs the whole pattern (same matches, no cache growth). */
    private static final int MAX_CACHED = 2048;

    private final List<String> alternatives;
    private final int flags;
    private final AnchoredPattern whole;
    /** Per alternative, its anchors; an alternative without anchors is always kept. */
    private final AnchoredPattern[] anchored;
    /**
     * Per alternative, its {@link AnchoredPattern#lead} in the high 32 bits and its {@link AnchoredPattern#width} in
     * the low 32 (-1: unbounded), or {@link #UNANCHORED} for one without anchors: read from one array when a search
     * near the anchors combines the kept alternatives' bounds, where asking each pattern read one object per
     * alternative (a cache miss each once the pipeline's other stages have run).
     */
    private final long[] bounds;
    private static final long UNANCHORED = Long.MIN_VALUE;
    /** {@link #whole}, then {@link #anchored}. */
    private final List<AnchoredPattern> anchoredPatterns;
    /** False when alternatives cannot be dropped (a back-reference would be renumbered). */
    private final boolean reducible;
    private final Map<BitSet, Pattern> reduced = new ConcurrentHashMap<>();
    /**
     * The same patterns by the kept alternatives' bits, for alternations of at most 64 (all of the trigger lexicon's):
     * a probe of two arrays instead of hashing a BitSet into a concurrent map, once per lexicon entry and sentence.
     * Replaced whole (under the lock) on each combination met for the first time.
     */
    private volatile Small small = new Small(new long[16], new Pattern[16], 0);

    private record Small(long[] keys, Pattern[] patterns, int size) {
    }

    private WordAlternation(List<String> alternatives, int flags) {
        this.alternatives = List.copyOf(alternatives);
        this.flags = flags;
        this.whole = AnchoredPattern.words(alternatives, flags);
        this.anchored = alternatives.stream().map(a -> AnchoredPattern.compile(a, flags))
                .toArray(AnchoredPattern[]::new);
        List<AnchoredPattern> all = new ArrayList<>(List.of(whole));
        all.addAll(Arrays.asList(anchored));
        this.anchoredPatterns = List.copyOf(all);
        this.bounds = new long[anchored.length];
        for (int i = 0; i < anchored.length; i++) {
            AnchoredPattern a = anchored[i];
            bounds[i] = a.anchored() ? (long) a.lead() << 32 | a.width() & 0xFFFFFFFFL : UNANCHORED;
        }
        this.reducible = alternatives.stream().noneMatch(a -> a.matches("(?s).*\\\\(?:[1-9]|k<).*"));
    }

    /** The alternation of {@code alternatives} (regular expressions) as whole words, compiled with {@code flags}. */
    public static WordAlternation of(List<String> alternatives, int flags) {
        return new WordAlternation(alternatives, flags);
    }

    /** The whole pattern, as {@link WordPatterns#anyOf} builds it. */
    public Pattern pattern() {
        return whole.pattern();
    }

    /**
     * A matcher over {@code text} that finds what {@link #pattern()} finds.
     *
     * @param folded {@code text} passed through {@link AnchoredPattern#fold} (a sentence is folded once for many
     *               lexicons)
     */
    public Matcher matcher(String text, String folded) {
        BitSet may = new BitSet(anchored.length + 1);
        may.set(0, whole.mayMatchFolded(folded));
        for (int i = 0; i < anchored.length; i++) {
            may.set(i + 1, anchored[i].mayMatchFolded(folded));
        }
        return matcher(text, may);
    }

    /**
     * The anchored patterns whose anchors decide what {@link #matcher(String, BitSet)} runs: the whole alternation,
     * then each alternative. An {@link AnchorAutomaton} over them answers for many lexicons in one pass.
     */
    public List<AnchoredPattern> anchoredPatterns() {
        return anchoredPatterns;
    }

    /**
     * A matcher over {@code text} that finds what {@link #pattern()} finds.
     *
     * @param may which of {@link #anchoredPatterns()} may match the text (bit i for the i-th), as
     *            {@link AnchoredPattern#mayMatchFolded} or an {@link AnchorAutomaton} tells
     */
    public Matcher matcher(String text, BitSet may) {
        if (!may.get(0)) {
            return whole.pattern().matcher("");
        }
        if (!reducible) {
            return whole.pattern().matcher(text);
        }
        return reduced(may.get(1, anchored.length + 1), false).matcher(text);
    }

    /**
     * The alternation of the {@code kept} alternatives (cached), or the whole one past the cache's size.
     *
     * @param wholeFirst whether a combination met for the first time gets the whole alternation (the reduced one is
     *                   compiled when it is met again): for a search near the anchors ({@link #finder}), where the
     *                   whole alternation finds the same at the few starts it is tried at (an alternative whose
     *                   anchors the text lacks matches nowhere in it) for less than compiling a pattern, and most
     *                   combinations of a lexicon entry's phrases are met once in a pipeline's life
     */
    private Pattern reduced(BitSet kept, boolean wholeFirst) {
        if (anchored.length > Long.SIZE) {
            return reducedByBitSet(kept);
        }
        long key = 0;
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            key |= 1L << i;
        }
        return reduced(key, wholeFirst);
    }

    /** {@link #reduced(BitSet, boolean)} for an alternation of at most 64, its kept alternatives' bits in a long. */
    private Pattern reduced(long key, boolean wholeFirst) {
        Small t = small;
        int mask = t.keys().length - 1;
        for (int s = slot(key, mask); t.patterns()[s] != null; s = (s + 1) & mask) {
            if (t.keys()[s] == key) {
                Pattern p = t.patterns()[s];
                // the whole pattern filed under a reduced combination marks it as met once: compiled now
                return p != whole.pattern() || key == allKept() ? p
                        : remember(key, reducedByBitSet(BitSet.valueOf(new long[] {key})));
            }
        }
        return remember(key, wholeFirst ? whole.pattern() : reducedByBitSet(BitSet.valueOf(new long[] {key})));
    }

    /** The key of the combination that keeps every alternative (whose reduced alternation is the whole one). */
    private long allKept() {
        return anchored.length == Long.SIZE ? -1L : (1L << anchored.length) - 1;
    }

    /**
     * Files {@code p} under {@code key} in a copy of {@link #small} (twice as large when half full), in place of what
     * was filed under it.
     */
    private synchronized Pattern remember(long key, Pattern p) {
        Small t = small;
        if (t.size() >= MAX_CACHED) {
            return p;
        }
        int mask = t.keys().length - 1;
        for (int s = slot(key, mask); t.patterns()[s] != null; s = (s + 1) & mask) {
            if (t.keys()[s] == key) {
                Pattern[] patterns = t.patterns().clone();
                patterns[s] = p;
                small = new Small(t.keys(), patterns, t.size());
                return p;
            }
        }
        int length = (t.size() + 1) * 2 > t.keys().length ? t.keys().length * 2 : t.keys().length;
        long[] keys = new long[length];
        Pattern[] patterns = new Pattern[length];
        for (int s = 0; s < t.keys().length; s++) {
            if (t.patterns()[s] != null) {
                put(keys, patterns, t.keys()[s], t.patterns()[s]);
            }
        }
        put(keys, patterns, key, p);
        small = new Small(keys, patterns, t.size() + 1);
        return p;
    }

    private static void put(long[] keys, Pattern[] patterns, long key, Pattern p) {
        int mask = keys.length - 1;
        int s = slot(key, mask);
        while (patterns[s] != null && keys[s] != key) {
            s = (s + 1) & mask;
        }
        keys[s] = key;
        patterns[s] = p;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private Pattern reducedByBitSet(BitSet kept) {
        Pattern p = reduced.get(kept);
        if (p == null) {
            p = reduced.size() < MAX_CACHED ? reduced.computeIfAbsent(kept, this::compile) : whole.pattern();
        }
        return p;
    }

    /**
     * What {@link #matcher(String, BitSet)} finds, searched only near the kept alternatives' anchors
     * ({@link WindowedFind}); a plain search when one of them has no anchors.
     *
     * @param hits the anchor occurrences an {@link AnchorAutomaton} found in {@code text}'s fold
     * @param from the automaton's number for this alternation's first pattern ({@link #anchoredPatterns()})
     */
    public WindowedFind finder(String text, BitSet may, AnchorAutomaton.Hits hits, int from) {
        if (!may.get(0)) {
            return WindowedFind.NOTHING;
        }
        if (!reducible) {
            return WindowedFind.everywhere(whole.pattern().matcher(text));
        }
        return near(text, may.get(1, anchored.length + 1).toLongArray(), hits, from);
    }

    /**
     * {@link #finder(String, BitSet, AnchorAutomaton.Hits, int)} for an alternation of at most 64 alternatives whose
     * whole pattern may match: the kept alternatives' bits in a long (bit i for alternative i), so that a lexicon
     * scanning many alternations per sentence copies no bit set per alternation.
     *
     * @throws IllegalStateException when the alternation has more than 64 alternatives
     */
    public WindowedFind finder(String text, long kept, AnchorAutomaton.Hits hits, int from) {
        if (anchored.length > Long.SIZE) {
            throw new IllegalStateException("more than 64 alternatives: " + anchored.length);
        }
        if (!reducible) {
            return WindowedFind.everywhere(whole.pattern().matcher(text));
        }
        return near(text, new long[] {kept}, hits, from);
    }

    /**
     * Both finders' search of a reducible alternation, its kept alternatives as the words of a bit set (bit i of
     * word w for alternative 64w + i, as {@link BitSet#toLongArray} gives them).
     */
    private WindowedFind near(String text, long[] kept, AnchorAutomaton.Hits hits, int from) {
        Pattern p = anchored.length > Long.SIZE ? reducedByBitSet(BitSet.valueOf(kept))
                : reduced(kept.length == 0 ? 0 : kept[0], true);
        Matcher m = p.matcher(text);
        int lead = 0;
        int width = 0;
        for (int w = 0; w < kept.length; w++) {
            for (long rest = kept[w]; rest != 0; rest &= rest - 1) {
                long b = bounds[w * Long.SIZE + Long.numberOfTrailingZeros(rest)];
                if (b == UNANCHORED) {
                    return WindowedFind.everywhere(m);
                }
                int aLead = (int) (b >> 32);
                int aWidth = (int) b;
                lead = lead < 0 || aLead < 0 ? -1 : Math.max(lead, aLead);
                width = width < 0 || aWidth < 0 ? -1 : Math.max(width, aWidth);
            }
        }
        int[] starts = hits.starts(from + 1, kept);
        // reduced or whole, the pattern is WordPatterns.anyOf's: its matches begin after no letter or digit
        return new WindowedFind(m, text, starts, starts.length, lead, width, true);
    }

    /** How many alternatives this alternation has. */
    public int size() {
        return anchored.length;
    }

    private Pattern compile(BitSet kept) {
        return Pattern.compile(WordPatterns.anyOf(kept.stream().mapToObj(alternatives::get).toList()), flags);
    }
}
