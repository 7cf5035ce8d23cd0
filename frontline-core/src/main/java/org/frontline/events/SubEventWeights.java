package org.frontline.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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

    private static final Row[] NO_ROWS = new Row[0];
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Row> named = new HashMap<>();
    private Row[] wordRows = NO_ROWS;
    private long[] pairKeys = new long[16];
    private Row[] pairRows = new Row[16];
    private int pairs;
    private int rows;
    /**
     * The vocabulary looked up by span, months under "<month>"'s id as {@link SubEventFeatures#words} writes them
     * (-1 when the model has no weights with "<month>").
     */
    private final WordTable words;

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
        Map<String, Integer> ids = new HashMap<>(vocabulary);
        int month = idOf("<month>");
        SubEventFeatures.months().forEach(m -> ids.put(m, month));
        words = new WordTable(ids);
    }

    int rowCount() {
        return rows;
    }

    /**
     * The row of each of the report's features ({@link SubEventFeatures#forEach}), in their order, null for a
     * feature without weights.
     */
    void forEachRow(String text, String ruleSubEventType, Consumer<Row> row) {
        SubEventFeatures.named(ruleSubEventType, f -> row.accept(named.get(f)));
        int[] previous = {idOf(SubEventFeatures.START)};
        int num = idOf("<num>");
        SubEventFeatures.spans(text.toLowerCase(Locale.ROOT), (lower, start, end, digits) -> {
            int id = digits ? num : words.get(lower, start, end, -1);
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
