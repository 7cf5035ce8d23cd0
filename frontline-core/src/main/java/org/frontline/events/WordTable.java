package org.frontline.events;

import java.util.Map;

/**
 * Words to ids, looked up by a span of a text instead of a string: the sub-event model looks up every word of every
 * English report, and a {@code HashMap<String, Integer>} first needed the word cut out as a string, then hashed it
 * and compared it (a fifth of the model's time). The span is hashed as {@link String#hashCode} would hash it (or the
 * scanner hands its hash over) and compared in place. A slot holds the key's hash, id, offset and length side by
 * side, and the keys' chars lie in one array: a probe reads one slot and, when the hash is the span's, one run of
 * chars, where keys as strings cost a read of the slot's hash, the string, its bytes and the id, each a cache miss
 * in a table of thousands of words. Immutable after construction; thread-safe.
 */
final class WordTable {
    /** Ints per slot: hash, id, offset of the key's chars in {@link #chars}, length + 1 (0: empty slot). */
    private static final int STRIDE = 4;
    private final int[] slots;
    private final char[] chars;
    private final int mask;

    /** @param ids each word's id (any int); a word absent from it is {@code absent} when looked up */
    WordTable(Map<String, Integer> ids) {
        int size = Integer.highestOneBit(Math.max(4, ids.size() * 2 + 1)) << 1;
        this.slots = new int[size * STRIDE];
        this.mask = size - 1;
        this.chars = new char[ids.keySet().stream().mapToInt(String::length).sum()];
        int[] offset = {0};
        ids.forEach((word, id) -> {
            int s = slot(word.hashCode());
            while (slots[s * STRIDE + 3] != 0) {
                s = (s + 1) & mask;
            }
            word.getChars(0, word.length(), chars, offset[0]);
            slots[s * STRIDE] = word.hashCode();
            slots[s * STRIDE + 1] = id;
            slots[s * STRIDE + 2] = offset[0];
            slots[s * STRIDE + 3] = word.length() + 1;
            offset[0] += word.length();
        });
    }

    /** The id of the word {@code text[from, to)}, or {@code absent}. */
    int get(String text, int from, int to, int absent) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return get(text, from, to, h, absent);
    }

    /** {@link #get(String, int, int, int)} for a span whose {@link String#hashCode} is {@code hash}. */
    int get(String text, int from, int to, int hash, int absent) {
        int stored = to - from + 1;
        for (int s = slot(hash); ; s = (s + 1) & mask) {
            int at = s * STRIDE;
            int length = slots[at + 3];
            if (length == 0) {
                return absent;
            }
            if (slots[at] == hash && length == stored && same(text, from, slots[at + 2], stored - 1)) {
                return slots[at + 1];
            }
        }
    }

    private boolean same(String text, int from, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(from + i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 8) & mask;
    }
}
