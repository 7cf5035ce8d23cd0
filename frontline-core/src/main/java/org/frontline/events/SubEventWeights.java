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

    /** Row r's weights are entries [start[r], start[r + 1]) of {@link #label} and {@link #weight}: one block. */
    private final int[] start;
    private final int[] label;
    private final double[] weight;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> named = new HashMap<>();
    /**
     * Per rule sub-event type (null: no event), the rows of its three named features ("bias", "rule=…",
     * "rule-type=…"), found once: each report's scoring built the two strings and hashed them (1.6% of the event
     * stage). A HashMap, which takes the null key.
     */
    private final Map<String, int[]> ruleRows = new HashMap<>();
    /** The ids of {@link SubEventFeatures#START} and of "<num>", which every report's scoring asks for. */
    private final int startId;
    private final int numId;
    /** Per word id, its row, or -1. */
    private int[] wordRows = new int[0];
    private long[] pairKeys = new long[16];
    /** Per slot of {@link #pairKeys}, its row, or -1 for an empty slot. */
    private int[] pairRows = emptySlots(16);
    private int pairs;
    private int rows;
    /**
     * The vocabulary looked up by span, months under "<month>"'s id as {@link SubEventFeatures#words} writes them
     * (-1 when the model has no weights with "<month>").
     */
    private final WordTable words;

    /** @param labels the model's labels in index order */
    SubEventWeights(Map<String, Map<String, Double>> weights, List<String> labels) {
        start = new int[weights.size() + 1];
        int entries = weights.values().stream().mapToInt(Map::size).sum();
        label = new int[entries];
        weight = new double[entries];
        weights.forEach((f, row) -> {
            int k = start[rows];
            for (Map.Entry<String, Double> e : row.entrySet()) {
                label[k] = labels.indexOf(e.getKey());
                weight[k++] = e.getValue();
            }
            start[rows + 1] = k;
            put(f, rows++);
        });
        Map<String, Integer> ids = new HashMap<>(vocabulary);
        int month = idOf("<month>");
        SubEventFeatures.months().forEach(m -> ids.put(m, month));
        words = new WordTable(ids);
        ruleRows.put(null, namedRows(null));
        EventType.SUB_TYPES.values().forEach(types -> types.forEach(t -> ruleRows.put(t, namedRows(t))));
        startId = idOf(SubEventFeatures.START);
        numId = idOf("<num>");
    }

    /** The rows of {@link SubEventFeatures#named}'s features for a rule type, in their order (-1: no weights). */
    private int[] namedRows(String ruleSubEventType) {
        int[] out = new int[3];
        int[] n = {0};
        SubEventFeatures.named(ruleSubEventType, f -> out[n[0]++] = named.getOrDefault(f, -1));
        return out; // named() hands over three features
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
        return label[k];
    }

    /** Entry k's weight. */
    double weight(int k) {
        return weight[k];
    }

    /** Row {@code r} as a record (tests read rows so). */
    Row row(int r) {
        return new Row(r, Arrays.copyOfRange(label, start[r], start[r + 1]),
                Arrays.copyOfRange(weight, start[r], start[r + 1]));
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
        int[] rule = ruleRows.get(ruleSubEventType);
        for (int r : rule != null ? rule : namedRows(ruleSubEventType)) { // not ACLED's: typeOf throws, as it did
            row.accept(r);
        }
        int[] previous = {startId};
        int num = numId;
        SubEventFeatures.spans(text.toLowerCase(Locale.ROOT), (lower, from, end, digits) -> {
            int id = digits ? num : words.get(lower, from, end, -1);
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
        int mask = pairKeys.length - 1;
        for (int s = slot(key, mask); pairRows[s] >= 0; s = (s + 1) & mask) {
            if (pairKeys[s] == key) {
                return pairRows[s];
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
        if ((pairs + 1) * 2 > pairKeys.length) {
            long[] keys = pairKeys;
            int[] values = pairRows;
            pairKeys = new long[keys.length * 2];
            pairRows = emptySlots(keys.length * 2);
            pairs = 0;
            for (int s = 0; s < keys.length; s++) {
                if (values[s] >= 0) {
                    putPair(keys[s], values[s]);
                }
            }
        }
        int mask = pairKeys.length - 1;
        int s = slot(key, mask);
        while (pairRows[s] >= 0) {
            s = (s + 1) & mask;
        }
        pairKeys[s] = key;
        pairRows[s] = row;
        pairs++;
    }

    private static int[] emptySlots(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, -1);
        return slots;
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z >>> 32) & mask;
    }
}
