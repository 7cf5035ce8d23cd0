package org.frontline.events;

import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Words to ids, looked up by a span of a text instead of a string: the sub-event model looks up every word of every
 * English report, and a {@code HashMap<String, Integer>} first needed the word cut out as a string, then hashed it
 * and compared it (a fifth of the model's time). The span is hashed as {@link String#hashCode} would hash it and
 * compared in place. Each word also carries a value made from its id ({@link #value}), kept in the same slot: the
 * model reads a word's weights from it without a second array lookup by id, one cache miss fewer on the chain of
 * dependent loads that scoring a word is. Immutable after construction; thread-safe.
 */
final class WordTable {
    private final String[] keys;
    /**
     * Per slot, side by side: the key's hash, its id, its value. A probe reads a key (a cache miss or two) only when
     * its hash is the span's, and the hash, id and value share a cache line.
     */
    private final int[] slots;
    private final int mask;

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
        ids.forEach((word, id) -> {
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
        int s = find(text, from, to);
        return s < 0 ? absent : id(s);
    }

    /** The slot of the word {@code text[from, to)} (for {@link #id} and {@link #value}), or -1 when it is absent. */
    int find(String text, int from, int to) {
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
    int id(int s) {
        return slots[3 * s + 1];
    }

    /** The value of the word in slot {@code s} ({@link #find}). */
    int value(int s) {
        return slots[3 * s + 2];
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 8) & mask;
    }
}
