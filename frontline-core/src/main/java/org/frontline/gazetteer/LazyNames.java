package org.frontline.gazetteer;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A place's alternate names as a list read from the column store's UTF-8 arena, each name decoded on first use and
 * kept: a record made for a lookup's candidate ({@link PlaceColumns#place}) had all its names decoded (dozens for a
 * city: cities500 gives them in many languages) while a lookup reads one, the matched name, and the rest of the
 * pipeline none. Unmodifiable, as the {@code List.copyOf} it stands for; equal to (and hashed as) any list of the
 * same names. Thread-safe: a name decoded twice by two threads at once is the same string, and a String is safe to
 * publish through a race.
 */
final class LazyNames extends AbstractList<String> implements RandomAccess {
    private final PlaceColumns.Utf8Arena arena;
    private final int first;
    private final String[] decoded;

    /** Names {@code from} to {@code to} - 1 of {@code arena}. */
    LazyNames(PlaceColumns.Utf8Arena arena, int from, int to) {
        this.arena = arena;
        this.first = from;
        this.decoded = new String[to - from];
    }

    @Override
    public String get(int index) {
        String s = decoded[index]; // bounds checked here, as List.copyOf's list checks them
        if (s == null) {
            s = arena.get(first + index);
            decoded[index] = s;
        }
        return s;
    }

    @Override
    public int size() {
        return decoded.length;
    }
}
