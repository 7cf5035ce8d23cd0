package org.frontline.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sub-event model's weight rows, found without building feature strings: a report's words are looked up once
 * each, as spans of its lower-cased text, in a {@link WordTable} of the model's words; a word's row is then read
 * from its slot and a word pair's from a probe of a primitive table keyed by the two word ids; only the three rule
 * features are looked up by name. Scoring used to concatenate "w=" and "b=" strings for every word and hash each into a map of
 * 37k rows (a fifth of the event stage). Each row is one block of a single array (its labels as a bit mask, then
 * its weights), named by where the block starts, and a word's slot in the {@link WordTable} and a pair's slot hold
 * that start: scoring a word is two dependent cache misses (the slot, the block) where it was five (the slot, the
 * word's row by id, the row's bounds, its labels, its weights), and most of the scoring's time is those misses, the
 * model's arrays being out of the cache after the other stages' work on a report. Immutable after construction;
 * thread-safe.
 */
final class SubEventWeights {
    /** One feature's weights, by index into the model's labels; {@code index} numbers the rows from 0. */
    record Row(int index, int[] labels, double[] weights) {
    }

    /**
     * Every row's block: a header (the row's number in the high 32 bits, the bit mask of its labels in the low 32),
     * then the weights' raw bits, one per label of the mask in increasing label order (a row holds each label once,
     * so the order among its labels changes no sum).
     */
    private final long[] blocks;
    /** Per row number, where its block starts. */
    private final int[] blockOf;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> named = new HashMap<>();
    /**
     * Per rule sub-event type (null: no event), the blocks of its three named features ("bias", "rule=…",
     * "rule-type=…"), found once: each report's scoring built the two strings and hashed them (1.6% of the event
     * stage). A HashMap, which takes the null key.
     */
    private final Map<String, int[]> ruleBlocks = new HashMap<>();
    /** The ids of {@link SubEventFeatures#START} and of "<num>", which every report's scoring asks for. */
    private final int startId;
    private final int numId;
    /** The block of the feature "w=<num>", or -1. */
    private final int numBlock;
    /** Per word id, its block, or -1. */
    private int[] wordBlocks = new int[0];
    /** Per slot, side by side: the pair's key (the two word ids), its block, or -1 for an empty slot. */
    private long[] pairSlots = emptySlots(16);
    private int pairs;
    private int rows;
    private int filled;
    /**
     * The vocabulary looked up by span, months under "<month>"'s id as {@link SubEventFeatures#words} writes them
     * (-1 when the model has no weights with "<month>"); each word's value is its block.
     */
    private final WordTable words;

    /** @param labels the model's labels in index order: at most 32 (ACLED has 25 sub-event types) */
    SubEventWeights(Map<String, Map<String, Double>> weights, List<String> labels) {
        if (labels.size() > 32) {
            throw new IllegalArgumentException("a row's labels are a 32-bit mask: " + labels.size() + " labels");
        }
        int entries = weights.values().stream().mapToInt(Map::size).sum();
        blocks = new long[weights.size() + entries];
        blockOf = new int[weights.size()];
        weights.forEach((f, row) -> {
            double[] byLabel = new double[labels.size()];
            int mask = 0;
            for (Map.Entry<String, Double> e : row.entrySet()) {
                int l = labels.indexOf(e.getKey());
                byLabel[l] = e.getValue();
                mask |= 1 << l;
            }
            blockOf[rows] = filled;
            blocks[filled++] = (long) rows << 32 | mask & 0xFFFFFFFFL;
            for (int m = mask; m != 0; m &= m - 1) {
                blocks[filled++] = Double.doubleToRawLongBits(byLabel[Integer.numberOfTrailingZeros(m)]);
            }
            put(f, rows++);
        });
        Map<String, Integer> ids = new HashMap<>(vocabulary);
        int month = idOf("<month>");
        SubEventFeatures.months().forEach(m -> ids.put(m, month));
        words = new WordTable(ids, this::wordBlock);
        ruleBlocks.put(null, namedBlocks(null));
        EventType.SUB_TYPES.values().forEach(types -> types.forEach(t -> ruleBlocks.put(t, namedBlocks(t))));
        startId = idOf(SubEventFeatures.START);
        numId = idOf("<num>");
        numBlock = wordBlock(numId);
    }

    /** The blocks of {@link SubEventFeatures#named}'s features for a rule type, in their order (-1: no weights). */
    private int[] namedBlocks(String ruleSubEventType) {
        int[] out = new int[3];
        int[] n = {0};
        SubEventFeatures.named(ruleSubEventType, f -> {
            Integer row = named.get(f);
            out[n[0]++] = row == null ? -1 : blockOf[row];
        });
        return out; // named() hands over three features
    }

    int rowCount() {
        return rows;
    }

    /**
     * Adds the weights of the report's features ({@link SubEventFeatures#forEach}) to {@code scores} (by label), in
     * the features' order, each row once: {@code added} (one bit per row) marks the rows added.
     *
     * @return the labels it added to, as a bit mask
     */
    int addAll(String text, String ruleSubEventType, double[] scores, long[] added) {
        int[] features = blocks(text, ruleSubEventType);
        // every row's head read first, in a loop whose loads do not wait on one another: the heads are cache misses
        // once the other stages' work has pushed the model out of the cache, and the additions below, which wait
        // on a row's head for its labels, waited on them one after the other
        long[] heads = new long[features.length];
        for (int i = 0; i < features.length; i++) {
            heads[i] = features[i] < 0 ? -1 : blocks[features[i]];
        }
        int mask = 0;
        for (int i = 0; i < features.length; i++) {
            if (heads[i] >= 0) {
                mask |= add(features[i], heads[i], scores, added);
            }
        }
        return mask;
    }

    /**
     * Adds the weights of the block starting at {@code b}, whose head is {@code head}, unless its row is already
     * marked in {@code added}, which it then marks.
     *
     * @return the labels it added to, as a bit mask (0 for a row already added)
     */
    private int add(int b, long head, double[] scores, long[] added) {
        int row = (int) (head >>> 32);
        if ((added[row >>> 6] & 1L << row) != 0) {
            return 0;
        }
        added[row >>> 6] |= 1L << row;
        int mask = (int) head;
        int k = b + 1;
        for (int m = mask; m != 0; m &= m - 1) {
            scores[Integer.numberOfTrailingZeros(m)] += Double.longBitsToDouble(blocks[k++]);
        }
        return mask;
    }

    /** The block starting at {@code b} as a record (tests read rows so). */
    private Row rowAt(int b) {
        int mask = (int) blocks[b];
        int[] labels = new int[Integer.bitCount(mask)];
        double[] weights = new double[labels.length];
        int k = 0;
        for (int m = mask; m != 0; m &= m - 1, k++) {
            labels[k] = Integer.numberOfTrailingZeros(m);
            weights[k] = Double.longBitsToDouble(blocks[b + 1 + k]);
        }
        return new Row((int) (blocks[b] >>> 32), labels, weights);
    }

    /**
     * The row of each of the report's features ({@link SubEventFeatures#forEach}), in their order, null for a
     * feature without weights.
     */
    void forEachRow(String text, String ruleSubEventType, Consumer<Row> row) {
        for (int b : blocks(text, ruleSubEventType)) {
            row.accept(b < 0 ? null : rowAt(b));
        }
    }

    /**
     * Where each of the report's features' rows starts ({@link SubEventFeatures#forEach}'s order), -1 for no
     * weights. The words are all cut out first, then all looked up, then all the pairs: each lookup is a cache miss
     * or two when the model's arrays have left the cache, and lookups that do not wait on one another's results
     * overlap in the processor, where a lookup, its pair's and the weights' additions done word by word waited each
     * on the one before (and a lookup made while the words were cut out waited behind the scan of the word's
     * letters).
     */
    private int[] blocks(String text, String ruleSubEventType) {
        int[] rule = ruleBlocks.get(ruleSubEventType);
        rule = rule != null ? rule : namedBlocks(ruleSubEventType); // not ACLED's: typeOf throws, as it did
        Lookups found = new Lookups();
        SubEventFeatures.spans(text.toLowerCase(Locale.ROOT), found);
        int n = found.n;
        int[] ids = found.ids;
        int[] wordBlocks = found.blocks;
        long[] keys = found.keys;
        for (int i = 0; i < n; i++) {
            if (keys[i] != 0) {
                long id = words.lookupPacked(keys[i]);
                ids[i] = (int) (id >> 32);
                wordBlocks[i] = (int) id;
            }
        }
        int[] out = new int[rule.length + 2 * n];
        System.arraycopy(rule, 0, out, 0, rule.length);
        int previous = startId;
        for (int i = 0, o = rule.length; i < n; i++, o += 2) {
            out[o] = wordBlocks[i];
            out[o + 1] = pairBlock(previous, ids[i]);
            previous = ids[i];
        }
        return out;
    }

    /**
     * Each word's id and block (-1: none), in text order; a word of {@link WordTable#pack packed} letters is only
     * packed into {@code keys} (0 for the others), its id and block looked up after the scan.
     */
    private final class Lookups implements SubEventFeatures.Spans {
        int[] ids = new int[64];
        int[] blocks = new int[64];
        long[] keys = new long[64];
        int n;

        @Override
        public void word(String lower, int from, int end, boolean digits) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, 2 * n);
                blocks = Arrays.copyOf(blocks, 2 * n);
                keys = Arrays.copyOf(keys, 2 * n);
            }
            long key = digits ? 0 : WordTable.pack(lower, from, end);
            keys[n] = key;
            if (digits) {
                ids[n] = numId;
                blocks[n] = numBlock;
            } else if (key == 0) {
                long found = words.lookupUnpacked(lower, from, end); // a word too long to pack: found by its chars
                ids[n] = (int) (found >> 32);
                blocks[n] = (int) found;
            }
            n++;
        }
    }

    /** The id of a word the model has weights with (alone or in a pair), or -1. */
    private int idOf(String w) {
        Integer id = vocabulary.get(w);
        return id == null ? -1 : id;
    }

    /** The block of feature "w=" + the word, or -1; -1 (an unknown word) has none. */
    private int wordBlock(int id) {
        return id >= 0 && id < wordBlocks.length ? wordBlocks[id] : -1;
    }

    /** The block of feature "b=" + previous + "_" + word, or -1. */
    private int pairBlock(int previous, int id) {
        if (previous < 0 || id < 0) {
            return -1;
        }
        long key = (long) previous << 32 | id;
        int mask = (pairSlots.length >>> 1) - 1;
        long b;
        for (int s = slot(key, mask); (b = pairSlots[2 * s + 1]) >= 0; s = (s + 1) & mask) {
            if (pairSlots[2 * s] == key) {
                return (int) b;
            }
        }
        return -1;
    }

    /** Files a feature as SubEventFeatures writes it: "w=" word, "b=" word "_" word (words hold no "_"), or named. */
    private void put(String feature, int row) {
        int bar = feature.indexOf('_');
        if (feature.startsWith("w=")) {
            int id = id(feature.substring(2));
            if (id >= wordBlocks.length) {
                int old = wordBlocks.length;
                wordBlocks = Arrays.copyOf(wordBlocks, Math.max(16, id * 2));
                Arrays.fill(wordBlocks, old, wordBlocks.length, -1);
            }
            wordBlocks[id] = blockOf[row];
        } else if (feature.startsWith("b=") && bar > 2 && feature.indexOf('_', bar + 1) < 0) {
            putPair((long) id(feature.substring(2, bar)) << 32 | id(feature.substring(bar + 1)), blockOf[row]);
        } else {
            named.put(feature, row);
        }
    }

    private int id(String w) {
        return vocabulary.computeIfAbsent(w, k -> vocabulary.size());
    }

    private void putPair(long key, int block) {
        if ((pairs + 1) * 4 > pairSlots.length) {
            long[] old = pairSlots;
            pairSlots = emptySlots(old.length);
            pairs = 0;
            for (int s = 0; s < old.length; s += 2) {
                if (old[s + 1] >= 0) {
                    putPair(old[s], (int) old[s + 1]);
                }
            }
        }
        int mask = (pairSlots.length >>> 1) - 1;
        int s = slot(key, mask);
        while (pairSlots[2 * s + 1] >= 0) {
            s = (s + 1) & mask;
        }
        pairSlots[2 * s] = key;
        pairSlots[2 * s + 1] = block;
        pairs++;
    }

    /** Room for {@code n} slots' keys and blocks, every slot empty. */
    private static long[] emptySlots(int n) {
        long[] slots = new long[2 * n];
        for (int s = 1; s < slots.length; s += 2) {
            slots[s] = -1;
        }
        return slots;
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z >>> 32) & mask;
    }
}
