package org.frontline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;

/**
 * The anchors of many {@link AnchoredPattern}s in one Aho-Corasick automaton: one pass over a folded text tells
 * which of the patterns may match it, where asking each pattern ({@link AnchoredPattern#mayMatchFolded}) scans the
 * text once per anchor (the trigger lexicon has hundreds per language). The answer is the same: a pattern may match
 * when the text holds one of its anchors, or when it has none. Immutable and thread-safe.
 */
public final class AnchorAutomaton {
    private static final int ROOT = 0;
    private static final int[] NONE = new int[0];
    private static final int ASCII = 128;

    private final int patterns;
    /** Patterns without anchors: they always may match. */
    private final BitSet always = new BitSet();
    /** The root's transitions by char (0 = stay at the root); the other states' are sorted char arrays. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    /** Per state, the patterns one of whose anchors ends here (its own or through its failure chain). */
    private final int[][] output;
    /** Per state, the length of each of those anchors (same order as {@link #output}). */
    private final int[][] outputLength;
    /**
     * Every state's transition on an ASCII char, failures already followed (most text is ASCII), by the char's
     * column ({@link #column}): the chars of no anchor share column 0 (every state goes back to the root on them),
     * so the table is a few dozen columns wide instead of 128, and more of it stays in the cache. A char per entry
     * (half an int's footprint: in the pipeline the walk is bound by cache misses, not by the arithmetic), the
     * target state in the low 15 bits and {@link #ENDS} set when an anchor ends there, so that most chars are read
     * without looking at {@link #output}. Null when the automaton has more states than 15 bits number: every char
     * then takes {@link #step}.
     */
    private final char[] ascii;
    /** Per ASCII char, its column of {@link #ascii}. */
    private final byte[] column = new byte[ASCII];
    private final int columns;
    /** The bit of an {@link #ascii} entry telling that an anchor ends at its target state. */
    private static final int ENDS = 0x8000;

    private AnchorAutomaton(List<AnchoredPattern> list) {
        this.patterns = list.size();
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<TreeSet<Long>> ends = new ArrayList<>(); // pattern << 32 | anchor length
        trie.add(new HashMap<>());
        ends.add(new TreeSet<>());
        for (int p = 0; p < list.size(); p++) {
            List<String> anchors = list.get(p).anchors();
            if (anchors.isEmpty()) {
                always.set(p);
            }
            for (String anchor : anchors) {
                int s = ROOT;
                for (int i = 0; i < anchor.length(); i++) {
                    Integer t = trie.get(s).get(anchor.charAt(i));
                    if (t == null) {
                        t = trie.size();
                        trie.get(s).put(anchor.charAt(i), t);
                        trie.add(new HashMap<>());
                        ends.add(new TreeSet<>());
                    }
                    s = t;
                }
                ends.get(s).add((long) p << 32 | anchor.length());
            }
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        fail = new int[n];
        output = new int[n][];
        outputLength = new int[n][];
        for (int s = 0; s < n; s++) {
            char[] k = new char[trie.get(s).size()];
            int j = 0;
            for (char c : trie.get(s).keySet()) {
                k[j++] = c;
            }
            Arrays.sort(k);
            keys[s] = k;
            next[s] = new int[k.length];
            for (j = 0; j < k.length; j++) {
                next[s][j] = trie.get(s).get(k[j]);
            }
        }
        for (int j = 0; j < keys[ROOT].length; j++) {
            rootNext[keys[ROOT][j]] = next[ROOT][j];
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : next[ROOT]) {
            fail[t] = ROOT;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int j = 0; j < keys[s].length; j++) {
                int t = next[s][j];
                fail[t] = step(fail[s], keys[s][j]);
                ends.get(t).addAll(ends.get(fail[t]));
                queue.add(t);
            }
        }
        int c = 1;
        for (int s = 0; s < n; s++) {
            for (char k : keys[s]) {
                if (k < ASCII && column[k] == 0) {
                    column[k] = (byte) c++; // at most 128 columns: read back unsigned
                }
            }
        }
        columns = c;
        for (int s = 0; s < n; s++) {
            // most states end no anchor: they share one empty array, whose length the scan then reads from the
            // cache instead of from a header of its own per state
            output[s] = ends.get(s).isEmpty() ? NONE : ends.get(s).stream().mapToInt(e -> (int) (e >>> 32)).toArray();
            outputLength[s] = ends.get(s).isEmpty() ? NONE
                    : ends.get(s).stream().mapToInt(e -> (int) (long) e).toArray();
        }
        ascii = n < ENDS ? asciiTransitions(n) : null;
    }

    /** The {@link #ascii} table, filled in breadth-first order so that a state's failure row is complete before its own. */
    private char[] asciiTransitions(int n) {
        char[] table = new char[n * columns];
        for (char k = 0; k < ASCII; k++) {
            table[column(k)] = entry(rootNext[k]);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : next[ROOT]) {
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            System.arraycopy(table, fail[s] * columns, table, s * columns, columns);
            for (int j = 0; j < keys[s].length; j++) {
                if (keys[s][j] < ASCII) {
                    table[s * columns + column(keys[s][j])] = entry(next[s][j]);
                }
                queue.add(next[s][j]);
            }
        }
        return table;
    }

    /** An {@link #ascii} entry for a transition to {@code state}. */
    private char entry(int state) {
        return (char) (output[state].length == 0 ? state : state | ENDS);
    }

    private int column(char c) {
        return column[c] & 0xFF;
    }

    /** The automaton of {@code patterns}' anchors; bit i of {@link #mayMatch} answers for {@code patterns.get(i)}. */
    public static AnchorAutomaton of(List<AnchoredPattern> patterns) {
        return new AnchorAutomaton(patterns);
    }

    /** How many patterns this automaton answers for. */
    public int size() {
        return patterns;
    }

    /**
     * The patterns that may match a text: bit i is set when pattern i has an anchor in {@code folded} (a text passed
     * through {@link AnchoredPattern#fold}) or has no anchors.
     */
    public BitSet mayMatch(String folded) {
        return mayMatch(folded, null);
    }

    /**
     * {@link #mayMatch(String)}, also telling {@code hits} (when not null) where each anchor occurrence starts
     * (pattern i's anchors found at offsets of {@code folded}, in the order their ends come).
     */
    public BitSet mayMatch(String folded, Hits hits) {
        BitSet out = (BitSet) always.clone();
        int s = ROOT;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < ASCII && ascii != null) {
                int t = ascii[s * columns + (column[c] & 0xFF)];
                s = t & (ENDS - 1);
                if (t < ENDS) {
                    continue;
                }
            } else {
                s = step(s, c);
            }
            int[] found = output[s];
            for (int k = 0; k < found.length; k++) {
                out.set(found[k]);
                if (hits != null) {
                    hits.add(found[k], i + 1 - outputLength[s][k]);
                }
            }
        }
        return out;
    }

    /** Where anchors were found: (pattern, start offset) pairs, as {@link #mayMatch(String, Hits)} appends them. */
    public static final class Hits {
        private int[] pattern = new int[16];
        private int[] start = new int[16];
        private int count;

        void add(int p, int at) {
            if (count == pattern.length) {
                pattern = Arrays.copyOf(pattern, count * 2);
                start = Arrays.copyOf(start, count * 2);
            }
            pattern[count] = p;
            start[count++] = at;
        }

        /**
         * The start offsets, ascending, of the anchors of patterns {@code from + i} for every bit i set in
         * {@code kept}: the words of a bit set (bit i of word w for i = 64w + that bit, as {@link BitSet#toLongArray}
         * gives them), so that a caller holding a long copies no bit set.
         */
        public int[] starts(int from, long[] kept) {
            int[] out = new int[count];
            int n = 0;
            for (int k = 0; k < count; k++) {
                int i = pattern[k] - from;
                if (i >= 0 && i >>> 6 < kept.length && (kept[i >>> 6] >>> i & 1) != 0) {
                    out[n++] = start[k];
                }
            }
            int[] starts = Arrays.copyOf(out, n);
            Arrays.sort(starts);
            return starts;
        }

        /** {@link #starts(int, long[])} of a bit set. */
        public int[] starts(int from, BitSet kept) {
            return starts(from, kept.toLongArray());
        }
    }

    private int step(int state, char c) {
        int s = state;
        while (s != ROOT) {
            int j = Arrays.binarySearch(keys[s], c);
            if (j >= 0) {
                return next[s][j];
            }
            s = fail[s];
        }
        return rootNext[c];
    }
}
