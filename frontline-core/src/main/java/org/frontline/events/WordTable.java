package org.frontline.events;

import java.util.Map;

/**
 * Words to ids, looked up by a span of a text instead of a string: the sub-event model looks up every word of every
 * English report, and a {@code HashMap<String, Integer>} first needed the word cut out as a string, then hashed it
 * and compared it (a fifth of the model's time). The span is hashed as {@link String#hashCode} would hash it and
 * compared in place. Immutable after construction; thread-safe.
 */
final class WordTable {
    private final String[] keys;
    /** The keys' hashes, slot for slot: a probe reads a key (a cache miss or two) only when its hash is the span's. */
    private final int[] hashes;
    private final int[] ids;
    private final int mask;

    /** @param ids each word's id (any int); a word absent from it is {@code absent} when looked up */
    WordTable(Map<String, Integer> ids) {
        int size = Integer.highestOneBit(Math.max(4, ids.size() * 2 + 1)) << 1;
        this.keys = new String[size];
        this.hashes = new int[size];
        this.ids = new int[size];
        this.mask = size - 1;
        ids.forEach((word, id) -> {
            int s = slot(word.hashCode());
            while (keys[s] != null) {
                s = (s + 1) & mask;
            }
            keys[s] = word;
            hashes[s] = word.hashCode();
            this.ids[s] = id;
        });
    }

    /** The id of the word {@code text[from, to)}, or {@code absent}. */
    int get(String text, int from, int to, int absent) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int len = to - from;
        for (int s = slot(h); keys[s] != null; s = (s + 1) & mask) {
            String k = keys[s];
            if (hashes[s] == h && k.length() == len && text.regionMatches(from, k, 0, len)) {
                return ids[s];
            }
        }
        return absent;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 8) & mask;
    }
}
