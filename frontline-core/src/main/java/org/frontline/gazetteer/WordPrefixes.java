package org.frontline.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Which strings begin some key of an index with whole words ("abu al" of "abu al duhur"), as a Bloom filter over
 * {@link String#hashCode}: the geoparser tries every sub-span of a run of capitalised words as a name, longest first,
 * and most long spans begin no name at all; knowing that a span's words begin no key lets it skip every longer span
 * of the run without normalizing and probing each. A false "yes" (one in a few hundred, or two different prefixes
 * with the same String hash) only costs the probes the geoparser made anyway; a "no" is always right.
 *
 * <p>About two bytes per multi-word key (16 bits per prefix, 3 probes). Immutable; thread-safe.
 */
final class WordPrefixes {
    private static final int BITS_PER_PREFIX = 16;
    private static final int PROBES = 3;
    private final long[] bits;
    private final int shift;

    private WordPrefixes(long[] bits) {
        this.bits = bits;
        this.shift = Long.numberOfLeadingZeros((long) bits.length * 64 - 1);
    }

    /** The proper word-prefixes of every key of {@code keys}: of "tall ad daman", "tall" and "tall ad". */
    static WordPrefixes of(PlaceColumns.Utf8Arena keys) {
        int prefixes = 0;
        for (int k = 0; k < keys.size(); k++) {
            prefixes += spaces(keys.get(k));
        }
        long wanted = Math.max(64L, (long) prefixes * BITS_PER_PREFIX);
        long[] bits = new long[(int) (Long.highestOneBit(wanted - 1) << 1 >>> 6)];
        WordPrefixes p = new WordPrefixes(bits);
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int h = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c == ' ') {
                    p.add(h); // = key.substring(0, i).hashCode()
                }
                h = 31 * h + c;
            }
        }
        return p;
    }

    static WordPrefixes read(DataInputStream in) throws IOException {
        return new WordPrefixes(Snapshot.readLongs(in));
    }

    void write(DataOutputStream out) throws IOException {
        Snapshot.writeLongs(out, bits);
    }

    /** False when no key begins with {@code s} followed by a space; true when one may. */
    boolean mayBegin(String s) {
        long g = mix(s.hashCode());
        long step = mix(g) | 1;
        for (int i = 0; i < PROBES; i++, g += step) {
            int bit = (int) (g >>> shift);
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private void add(int hash) {
        long g = mix(hash);
        long step = mix(g) | 1;
        for (int i = 0; i < PROBES; i++, g += step) {
            int bit = (int) (g >>> shift);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** Bytes held. */
    long bytes() {
        return bits.length * 8L;
    }

    private static int spaces(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            n += key.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    private static long mix(long x) { // SplitMix64's finalizer
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
