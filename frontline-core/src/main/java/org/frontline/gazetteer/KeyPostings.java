package org.frontline.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Name keys to the names that have them, without an object per key: the distinct keys are UTF-8 in one
 * {@link PlaceColumns.Utf8Arena}, found through an open-addressing table of key numbers (probed by the String hash,
 * then compared in place), and each key's postings (global name ordinals) are one run of an int array. This is what
 * a {@code HashMap<String, List<...>>} did at about a fifth of its memory.
 *
 * <p>A key's postings are in the order they were added, at most one per place: a second name of the place that was
 * added last with the same key is not added (the first name of a place with a key is the one reported as matched).
 * Immutable after {@link Builder#build}; thread-safe.
 */
final class KeyPostings {
    private final PlaceColumns.Utf8Arena keys;
    /**
     * Key number + 1 by the key's hash, 0 empty, in the low {@link #keyBits} bits; the high bits hold a tag of the
     * key's hash ({@link #tag}). The hashes themselves are not kept (4 bytes a key), but a probe whose tag differs
     * from the asked key's is passed without reading the stored key: at the table's load (0.4 to 0.75) a key that is
     * absent (most spans tried) probed about three slots, each a compare in a cold part of the arena.
     */
    private final int[] slots;
    /** Bits of a slot holding the key number + 1: enough for {@link #keyCount()}; the rest hold the tag. */
    private final int keyBits;
    private final int[] postStart;
    private final int[] postings;
    private final WordPrefixes prefixes;

    private KeyPostings(PlaceColumns.Utf8Arena keys, int[] slots, int[] postStart, int[] postings,
                        WordPrefixes prefixes) {
        this.keys = keys;
        this.slots = slots;
        this.postStart = postStart;
        this.postings = postings;
        this.prefixes = prefixes;
        this.keyBits = keyBits(keys.size());
    }

    private static int keyBits(int keyCount) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(keyCount));
    }

    /** The top 32 - keyBits bits of a second mix of the hash (the slot is chosen by the first). */
    private static int tag(int hash, int keyBits) {
        return (hash * 0x85EBCA6B) >>> keyBits;
    }

    /** Postings as {@link #write} wrote them. */
    static KeyPostings read(DataInputStream in) throws IOException {
        return new KeyPostings(PlaceColumns.Utf8Arena.read(in), Snapshot.readInts(in), Snapshot.readInts(in),
                Snapshot.readInts(in), WordPrefixes.read(in));
    }

    void write(DataOutputStream out) throws IOException {
        keys.write(out);
        Snapshot.writeInts(out, slots);
        Snapshot.writeInts(out, postStart);
        Snapshot.writeInts(out, postings);
        prefixes.write(out);
    }

    /** The key's number, or -1 when no name has it. */
    int find(String key) {
        int mask = slots.length - 1;
        int hash = key.hashCode();
        int tag = tag(hash, keyBits);
        int numberMask = (1 << keyBits) - 1;
        for (int s = slot(hash, mask); slots[s] != 0; s = (s + 1) & mask) {
            int v = slots[s];
            if (v >>> keyBits == tag && keys.equalsAt((v & numberMask) - 1, key)) {
                return (v & numberMask) - 1;
            }
        }
        return -1;
    }

    /** False when no key begins with {@code s} and a space (whole words); true when one may ({@link WordPrefixes}). */
    boolean mayBegin(String s) {
        return prefixes.mayBegin(s);
    }

    /** Postings of key {@code k} are {@link #posting}(from(k)) to posting(to(k) - 1). */
    int from(int k) {
        return postStart[k];
    }

    int to(int k) {
        return postStart[k + 1];
    }

    int posting(int j) {
        return postings[j];
    }

    int keyCount() {
        return keys.size();
    }

    private static int slot(int hash, int mask) {
        return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask); // similar keys' String hashes run together
    }

    /** Collects (key, name ordinal, place) triples in posting order; not thread-safe. */
    static final class Builder {
        private final PlaceColumns.Utf8Arena keys = new PlaceColumns.Utf8Arena();
        private int[] hashes = new int[1024];
        private int[] lastPlace = new int[1024];
        private int[] counts = new int[1024];
        private int[] slots = new int[2048];
        private int[] postKey = new int[4096];
        private int[] postName = new int[4096];
        private int postCount;

        /** Adds a posting; an empty key is not indexed. */
        void add(String key, int nameOrdinal, int place) {
            if (key.isEmpty()) {
                return;
            }
            int k = keyNumber(key);
            if (lastPlace[k] == place) {
                return;
            }
            lastPlace[k] = place;
            counts[k]++;
            if (postCount == postKey.length) {
                postKey = Arrays.copyOf(postKey, postCount * 2);
                postName = Arrays.copyOf(postName, postCount * 2);
            }
            postKey[postCount] = k;
            postName[postCount++] = nameOrdinal;
        }

        KeyPostings build() {
            int n = keys.size();
            int[] start = new int[n + 1];
            for (int k = 0; k < n; k++) {
                start[k + 1] = start[k] + counts[k];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] postings = new int[postCount];
            for (int j = 0; j < postCount; j++) {
                postings[fill[postKey[j]]++] = postName[j];
            }
            PlaceColumns.Utf8Arena trimmed = keys.trim();
            int bits = keyBits(n);
            int[] tagged = new int[slots.length];
            for (int s = 0; s < slots.length; s++) {
                tagged[s] = slots[s] == 0 ? 0 : slots[s] | tag(hashes[slots[s] - 1], bits) << bits;
            }
            return new KeyPostings(trimmed, tagged, start, postings, WordPrefixes.of(trimmed));
        }

        private int keyNumber(String key) {
            int h = key.hashCode();
            int mask = slots.length - 1;
            int s = slot(h, mask);
            for (; slots[s] != 0; s = (s + 1) & mask) {
                int k = slots[s] - 1;
                if (hashes[k] == h && keys.equalsAt(k, key)) {
                    return k;
                }
            }
            int k = keys.size();
            keys.add(key);
            if (k == hashes.length) {
                hashes = Arrays.copyOf(hashes, k * 2);
                counts = Arrays.copyOf(counts, k * 2);
                lastPlace = Arrays.copyOf(lastPlace, k * 2);
            }
            hashes[k] = h;
            lastPlace[k] = -1;
            slots[s] = k + 1;
            if ((k + 1) * 4L > slots.length * 3L) {
                rehash();
            }
            return k;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int k = 0; k < keys.size(); k++) {
                int s = slot(hashes[k], mask);
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = k + 1;
            }
        }
    }
}
