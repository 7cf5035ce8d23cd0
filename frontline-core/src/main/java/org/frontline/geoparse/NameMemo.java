package org.frontline.geoparse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function of a name worked out once per name and kept, for a geoparser's life: the gazetteer's names come back for
 * every surface and document that reach them. Past {@code limit} entries a name's value is made without being kept,
 * so that a long-running server holds a bounded memo. Thread-safe: shared by the documents geoparsed at once (the
 * function must be pure).
 */
class NameMemo<V> implements Function<String, V> {
    private final Function<String, V> make;
    private final int limit;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    NameMemo(Function<String, V> make, int limit) {
        this.make = make;
        this.limit = limit;
    }

    @Override
    public V apply(String name) {
        V value = kept.get(name);
        if (value == null) {
            value = make.apply(name);
            if (kept.size() < limit) {
                kept.putIfAbsent(name, value);
            }
        }
        return value;
    }
}
