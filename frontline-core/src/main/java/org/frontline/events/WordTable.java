package org.frontline.events;

import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Words to ids, looked up by a span of a text instead of a string: the sub-event model looks up every word of every
 * English report, and a {@code HashMap<String, Integer>} first needed the word cut out as a string, then hashed it
 * and compared it (a fifth of the model's time). The span is hashed as {@link String#hashCode} would hash it and
 * compared in place. Each word also carries a value made from its id ({@link #value}), kept in the same slot: the
 * model reads a word's weights from it without a second array lookup by id, one cache miss fewer on the chain of
 * dependent loads that scoring a word is. A word of at most {@link #PACKED_LETTERS} ASCII lower-case letters (most of
 * an English report's) is kept apart as its letters packed into a long, beside its id and value: it is found by
 * comparing longs in one slot, where a string key cost the key array's entry, the string and its chars (three more
 * cache misses once the other stages' work has pushed the table out of the cache). Immutable after construction;
 * thread-safe.
 */
final class WordTable {
    /** Up to how many letters a word's letters are packed into a long (5 bits each). */
    static final int PACKED_LETTERS = 12;
    private final String[] keys;
    /**
     * Per slot, side by side: the key's hash, its id, its value. A probe reads a key (a cache miss or two) only when
     * its hash is the span's, and the hash, id and value share a cache line.
     */
    private final int[] slots;
    private final int mask;
    /**
     * Per slot, side by side: a packed word ({@link #pack}; 0 for an empty slot), then its id in the high 32 bits and
     * its value in the low 32.
     */
    private final long[] packed;
    private final int packedMask;

    /** @param ids each word's id (any int); a word absent from it is {@code absent} when looked up */
    WordTable(Map<String, Integer> ids) {
        this(ids, id -> id);
    }

    /** @param value each word's {@link #value}, made from its id */
    WordTable(Map<String, Integer> ids, IntUnaryOperator value) {
        int size = Integer.highestOneBit(Math.max(4, ids.size() * 2 + 1)) << 1;
        this.keys = new String[size];
        this.slots = new int[3 * size];
        this.mask = size - 1;
        int packedSize = Integer.highestOneBit(Math.max(4, ids.size() + ids.size() / 3 + 1)) << 1; // 3/4 full at most
        this.packed = new long[2 * packedSize];
        this.packedMask = packedSize - 1;
        ids.forEach((word, id) -> {
            long key = pack(word, 0, word.length());
            if (key != 0) {
                int s = packedSlot(key);
                while (packed[2 * s] != 0) {
                    s = (s + 1) & packedMask;
                }
                packed[2 * s] = key;
                packed[2 * s + 1] = (long) id << 32 | value.applyAsInt(id) & 0xFFFFFFFFL;
                return;
            }
            int s = slot(word.hashCode());
            while (keys[s] != null) {
                s = (s + 1) & mask;
            }
            keys[s] = word;
            slots[3 * s] = word.hashCode();
            slots[3 * s + 1] = id;
            slots[3 * s + 2] = value.applyAsInt(id);
        });
    }

    /** The id of the word {@code text[from, to)}, or {@code absent}. */
    int get(String text, int from, int to, int absent) {
        long found = lookup(text, from, to);
        return found == -1L ? absent : (int) (found >> 32);
    }

    /**
     * The id (high 32 bits) and value (low 32 bits) of the word {@code text[from, to)}, or -1 when it is absent (as
     * a word whose id and value are both -1 reads).
     */
    long lookup(String text, int from, int to) {
        long key = pack(text, from, to);
        return key == 0 ? lookupUnpacked(text, from, to) : lookupPacked(key);
    }

    /** {@link #lookup} of a word that does not {@link #pack} (its key 0), told so by a caller that packed it. */
    long lookupUnpacked(String text, int from, int to) {
        int s = find(text, from, to);
        return s < 0 ? -1L : (long) id(s) << 32 | value(s) & 0xFFFFFFFFL;
    }

    /**
     * {@link #lookup} of the word whose {@link #pack} is {@code key} (not 0): a caller that packs a text's words as
     * it cuts them out looks them all up afterwards, the lookups' cache misses overlapping.
     */
    long lookupPacked(long key) {
        for (int s = packedSlot(key); ; s = (s + 1) & packedMask) {
            long k = packed[2 * s];
            if (k == key) {
                return packed[2 * s + 1];
            }
            if (k == 0) {
                return -1L;
            }
        }
    }

    /**
     * The letters of {@code text[from, to)} packed 5 bits each ('a' as 1 … 'z' as 26), first letter highest: never 0
     * for a word, and two words have the same packing only when they are the same; 0 when the span is empty, longer
     * than {@link #PACKED_LETTERS} or holds a char other than 'a' to 'z'.
     */
    static long pack(String text, int from, int to) {
        if (to - from > PACKED_LETTERS || to <= from) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            int c = text.charAt(i) - ('a' - 1);
            if (c < 1 || c > 26) {
                return 0;
            }
            key = key << 5 | c;
        }
        return key;
    }

    private int packedSlot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & packedMask;
    }

    /**
     * The slot of the word {@code text[from, to)} among the words not packed (for {@link #id} and {@link #value}), or
     * -1 when it is absent.
     */
    private int find(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int len = to - from;
        for (int s = slot(h); keys[s] != null; s = (s + 1) & mask) {
            String k = keys[s];
            if (slots[3 * s] == h && k.length() == len && text.regionMatches(from, k, 0, len)) {
                return s;
            }
        }
        return -1;
    }

    /** The id of the word in slot {@code s} ({@link #find}). */
    private int id(int s) {
        return slots[3 * s + 1];
    }

    /** The value of the word in slot {@code s} ({@link #find}). */
    private int value(int s) {
        return slots[3 * s + 2];
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 8) & mask;
    }
}
