package org.frontline.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sub-event model's weight rows, found without building feature strings: a report's words are looked up once
 * each in a vocabulary of the model's words, a word's row is then an array slot and a word pair's a probe of a
 * primitive table keyed by the two word ids; only the three rule features are looked up by name. Scoring used to
 * concatenate "w=" and "b=" strings for every word and hash each into a map of 37k rows (a fifth of the event
 * stage). Immutable after construction; thread-safe.
 */
final class SubEventWeights {
    /** One feature's weights, by index into the model's labels; {@code index} numbers the rows from 0. */
    record Row(int index, int[] labels, double[] weights) {
    }

    private static final Row[] NO_ROWS = new Row[0];
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Row> named = new HashMap<>();
    private Row[] wordRows = NO_ROWS;
    private long[] pairKeys = new long[16];
    private Row[] pairRows = new Row[16];
    private int pairs;
    private int rows;

    /** @param labels the model's labels in index order */
    SubEventWeights(Map<String, Map<String, Double>> weights, List<String> labels) {
        weights.forEach((f, row) -> {
            int[] ls = new int[row.size()];
            double[] ws = new double[row.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : row.entrySet()) {
                ls[k] = labels.indexOf(e.getKey());
                ws[k++] = e.getValue();
            }
            put(f, new Row(rows++, ls, ws));
        });
    }

    int rowCount() {
        return rows;
    }

    /**
     * The row of each of the report's features ({@link SubEventFeatures#forEach}), in their order, null for a
     * feature without weights.
     */
    void forEachRow(String text, String ruleSubEventType, Consumer<Row> row) {
        SubEventFeatures.visit(text, ruleSubEventType, new SubEventFeatures.Visitor() {
            private int previous = idOf(SubEventFeatures.START);

            @Override
            public void named(String feature) {
                row.accept(named.get(feature));
            }

            @Override
            public void word(String before, String w) {
                int id = idOf(w);
                row.accept(wordRow(id));
                row.accept(pairRow(previous, id));
                previous = id;
            }
        });
    }

    /** The id of a word the model has weights with (alone or in a pair), or -1. */
    private int idOf(String w) {
        Integer id = vocabulary.get(w);
        return id == null ? -1 : id;
    }

    /** The row of feature "w=" + the word, or null; -1 (an unknown word) has none. */
    private Row wordRow(int id) {
        return id >= 0 && id < wordRows.length ? wordRows[id] : null;
    }

    /** The row of feature "b=" + previous + "_" + word, or null. */
    private Row pairRow(int previous, int id) {
        if (previous < 0 || id < 0) {
            return null;
        }
        long key = (long) previous << 32 | id;
        int mask = pairKeys.length - 1;
        for (int s = slot(key, mask); pairRows[s] != null; s = (s + 1) & mask) {
            if (pairKeys[s] == key) {
                return pairRows[s];
            }
        }
        return null;
    }

    /** Files a feature as SubEventFeatures writes it: "w=" word, "b=" word "_" word (words hold no "_"), or named. */
    private void put(String feature, Row row) {
        int bar = feature.indexOf('_');
        if (feature.startsWith("w=")) {
            int id = id(feature.substring(2));
            if (id >= wordRows.length) {
                wordRows = Arrays.copyOf(wordRows, Math.max(16, id * 2));
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

    private void putPair(long key, Row row) {
        if ((pairs + 1) * 2 > pairKeys.length) {
            long[] keys = pairKeys;
            Row[] values = pairRows;
            pairKeys = new long[keys.length * 2];
            pairRows = new Row[keys.length * 2];
            pairs = 0;
            for (int s = 0; s < keys.length; s++) {
                if (values[s] != null) {
                    putPair(keys[s], values[s]);
                }
            }
        }
        int mask = pairKeys.length - 1;
        int s = slot(key, mask);
        while (pairRows[s] != null) {
            s = (s + 1) & mask;
        }
        pairKeys[s] = key;
        pairRows[s] = row;
        pairs++;
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z >>> 32) & mask;
    }
}
