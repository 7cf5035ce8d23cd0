package org.frontline.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bit per String hash of a set of keys, 16 to 32 bits a key: a hash whose bit is clear is no key of the set, told
 * from this small table instead of a probe of the large map the keys index (which missed the cache on nearly every
 * word). A set bit says only "maybe". Immutable.
 */
final class KeyBits {
    private final long[] bits;
    private final int shift;

    KeyBits(Set<String> keys) {
        int log = Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size()) * 16 - 1));
        this.bits = new long[1 << (log - 6)];
        this.shift = 32 - log;
        for (String key : keys) {
            int b = bitOf(key.hashCode());
            bits[b >>> 6] |= 1L << b;
        }
    }

    /**
     * The one-word keys of a phrase map (each phrase's first word: its prefixes are keys too) that stand for phrases
     * ({@code phrases}), or that only start longer ones (an empty list).
     */
    static KeyBits firstWords(Map<String, ? extends List<?>> keys, boolean phrases) {
        Set<String> words = new HashSet<>();
        keys.forEach((k, v) -> {
            if (k.indexOf(' ') < 0 && v.isEmpty() != phrases) {
                words.add(k);
            }
        });
        return new KeyBits(words);
    }

    /** The first words of keys of words joined by single spaces ("jsh slm" gives "jsh"). */
    static KeyBits leadingWords(Set<String> keys) {
        Set<String> words = new HashSet<>();
        for (String k : keys) {
            int space = k.indexOf(' ');
            words.add(space < 0 ? k : k.substring(0, space));
        }
        return new KeyBits(words);
    }

    /** False when no key has String hash {@code hash}. */
    boolean mayHold(int hash) {
        int b = bitOf(hash);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /** The bit of a key of String hash {@code hash}: its top bits, spread. */
    private int bitOf(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
