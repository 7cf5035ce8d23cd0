package org.frontline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The literals of the claims stage's searches (the cue phrases, the loaded terms' anchors, the unnamed sources'
 * anchors) found in one automaton pass over a document's fold ({@link LiteralIndex}) instead of one pass each, and
 * handed to each search as if its own index had found them. Immutable and thread-safe.
 */
final class DocumentLiterals {
    private final LiteralIndex index;
    /** Per list, per literal of the index, that literal's index in the list; -1 when the list lacks it. */
    private final int[][] inList;

    private DocumentLiterals(LiteralIndex index, int[][] inList) {
        this.index = index;
        this.inList = inList;
    }

    /** One index over {@code lists} (each of folded literals), or empty when one is no plain literal. */
    static Optional<DocumentLiterals> of(List<List<String>> lists) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (List<String> list : lists) {
            list.forEach(literal -> all.putIfAbsent(literal, all.size()));
        }
        int[][] inList = new int[lists.size()][all.size()];
        for (int l = 0; l < lists.size(); l++) {
            Arrays.fill(inList[l], -1);
            for (int i = 0; i < lists.get(l).size(); i++) {
                inList[l][all.get(lists.get(l).get(i))] = i;
            }
        }
        return LiteralIndex.of(new ArrayList<>(all.keySet())).map(index -> new DocumentLiterals(index, inList));
    }

    /**
     * Per list, the occurrences of its literals in {@code folded} as {@link LiteralIndex#occurrences} of that list
     * alone gives them ({@code start << 32 | index in the list}), ascending by start.
     */
    long[][] occurrences(String folded) {
        long[] found = index.occurrences(folded);
        long[][] out = new long[inList.length][];
        for (int l = 0; l < inList.length; l++) {
            long[] mine = new long[found.length];
            int n = 0;
            for (long o : found) {
                int i = inList[l][(int) o];
                if (i >= 0) {
                    mine[n++] = o >>> 32 << 32 | i;
                }
            }
            Arrays.sort(mine, 0, n); // by start, then by the list's own index, as the list's own index sorts them
            out[l] = Arrays.copyOf(mine, n);
        }
        return out;
    }
}
