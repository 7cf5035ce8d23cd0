package org.frontline.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The sub-event model's weight rows, found without building feature strings: a report's words are looked up once
 * each, as spans of its lower-cased text, in a {@link WordTable} of the model's words; a word's row is then an array
 * slot and a word pair's a probe of a primitive table keyed by the two word ids; only the three rule features are
 * looked up by name. Scoring used to concatenate "w=" and "b=" strings for every word and hash each into a map of
 * 37k rows (a fifth of the event stage). Immutable after construction; thread-safe.
 */
final class SubEventWeights {
    /** One feature's weights, by index into the model's labels; {@code index} numbers the rows from 0. */
    record Row(int index, int[] labels, double[] weights) {
    }

    /**
     * Row r's weights are entries [start[r], start[r + 1]) of {@link #entry}: entry k is its label's index at 2k and
     * its weight at 2k + 1, side by side, so that adding a row reads one block (a cache line for most rows) instead
     * of one in an array of labels and one in an array of weights.
     */
    private final int[] start;
    private final double[] entry;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> named = new HashMap<>();
    /** Per word id, its row, or -1. */
    private int[] wordRows = new int[0];
    /** Per slot s, the pair's key (previous id << 32 | id) at 2s and its row at 2s + 1 (-1: an empty slot). */
    private long[] pairSlots = emptySlots(16);
    private int pairs;
    private int rows;
    /**
     * The vocabulary looked up by span, months under "<month>"'s id as {@link SubEventFeatures#words} writes them
     * (-1 when the model has no weights with "<month>").
     */
    private final WordTable words;
    /** The ids of the word before a report's first ({@link SubEventFeatures#START}) and of "<num>", or -1. */
    private final int startId;
    private final int numId;

    /** @param labels the model's labels in index order */
    SubEventWeights(Map<String, Map<String, Double>> weights, List<String> labels) {
        start = new int[weights.size() + 1];
        int entries = weights.values().stream().mapToInt(Map::size).sum();
        entry = new double[entries * 2];
        weights.forEach((f, row) -> {
            int k = start[rows];
            for (Map.Entry<String, Double> e : row.entrySet()) {
                entry[2 * k] = labels.indexOf(e.getKey());
                entry[2 * k++ + 1] = e.getValue();
            }
            start[rows + 1] = k;
            put(f, rows++);
        });
        Map<String, Integer> ids = new HashMap<>(vocabulary);
        int month = idOf("<month>");
        SubEventFeatures.months().forEach(m -> ids.put(m, month));
        words = new WordTable(ids);
        startId = idOf(SubEventFeatures.START);
        numId = idOf("<num>");
    }

    int rowCount() {
        return rows;
    }

    /** The first of row {@code r}'s entries ({@link #label}, {@link #weight}). */
    int from(int r) {
        return start[r];
    }

    /** Past the last of row {@code r}'s entries. */
    int to(int r) {
        return start[r + 1];
    }

    /** Entry k's label index. */
    int label(int k) {
        return (int) entry[2 * k];
    }

    /** Entry k's weight. */
    double weight(int k) {
        return entry[2 * k + 1];
    }

    /** Row {@code r} as a record (tests read rows so). */
    Row row(int r) {
        int[] labels = new int[start[r + 1] - start[r]];
        double[] weights = new double[labels.length];
        for (int k = start[r]; k < start[r + 1]; k++) {
            labels[k - start[r]] = label(k);
            weights[k - start[r]] = weight(k);
        }
        return new Row(r, labels, weights);
    }

    /**
     * The row of each of the report's features ({@link SubEventFeatures#forEach}), in their order, null for a
     * feature without weights.
     */
    void forEachRow(String text, String ruleSubEventType, Consumer<Row> row) {
        forEachRowNumber(text, ruleSubEventType, r -> row.accept(r < 0 ? null : row(r)));
    }

    /** {@link #forEachRow(String, String, Consumer)} by row number, -1 for a feature without weights. */
    void forEachRowNumber(String text, String ruleSubEventType, IntConsumer row) {
        SubEventFeatures.named(ruleSubEventType, f -> row.accept(named.getOrDefault(f, -1)));
        int[] previous = {startId};
        SubEventFeatures.spans(text.toLowerCase(Locale.ROOT), (lower, from, end, digits, hash) -> {
            int id = digits ? numId : words.get(lower, from, end, hash, -1);
            row.accept(wordRow(id));
            row.accept(pairRow(previous[0], id));
            previous[0] = id;
        });
    }

    /** The id of a word the model has weights with (alone or in a pair), or -1. */
    private int idOf(String w) {
        Integer id = vocabulary.get(w);
        return id == null ? -1 : id;
    }

    /** The row of feature "w=" + the word, or -1; -1 (an unknown word) has none. */
    private int wordRow(int id) {
        return id >= 0 && id < wordRows.length ? wordRows[id] : -1;
    }

    /** The row of feature "b=" + previous + "_" + word, or -1. */
    private int pairRow(int previous, int id) {
        if (previous < 0 || id < 0) {
            return -1;
        }
        long key = (long) previous << 32 | id;
        long[] slots = pairSlots;
        int mask = (slots.length >> 1) - 1;
        for (int s = slot(key, mask); slots[2 * s + 1] >= 0; s = (s + 1) & mask) {
            if (slots[2 * s] == key) {
                return (int) slots[2 * s + 1];
            }
        }
        return -1;
    }

    /** Files a feature as SubEventFeatures writes it: "w=" word, "b=" word "_" word (words hold no "_"), or named. */
    private void put(String feature, int row) {
        int bar = feature.indexOf('_');
        if (feature.startsWith("w=")) {
            int id = id(feature.substring(2));
            if (id >= wordRows.length) {
                int old = wordRows.length;
                wordRows = Arrays.copyOf(wordRows, Math.max(16, id * 2));
                Arrays.fill(wordRows, old, wordRows.length, -1);
            }
            wordRows[id] = row;
        } else if (feature.startsWith("b=") && bar > 2 && feature.indexOf('_', bar + 1) < 0) {
            putPair((long) id(feature.substring(2, bar)) << 32 | id(feature.substring(bar + 1)), row);
        } else {
            named.put(feature, row);
        }
    }

    private int id(String w) {
        return vocabulary.computeIfAbsent(w, k -> vocabulary.size());
    }

    private void putPair(long key, int row) {
        if ((pairs + 1) * 2 > pairSlots.length >> 1) {
            long[] old = pairSlots;
            pairSlots = emptySlots(old.length); // twice the slots: two longs a slot
            pairs = 0;
            for (int s = 0; s < old.length >> 1; s++) {
                if (old[2 * s + 1] >= 0) {
                    putPair(old[2 * s], (int) old[2 * s + 1]);
                }
            }
        }
        int mask = (pairSlots.length >> 1) - 1;
        int s = slot(key, mask);
        while (pairSlots[2 * s + 1] >= 0) {
            s = (s + 1) & mask;
        }
        pairSlots[2 * s] = key;
        pairSlots[2 * s + 1] = row;
        pairs++;
    }

    /** {@code n} slots, all empty (2n longs). */
    private static long[] emptySlots(int n) {
        long[] slots = new long[n * 2];
        for (int s = 0; s < n; s++) {
            slots[2 * s + 1] = -1;
        }
        return slots;
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z >>> 32) & mask;
    }
}
