package org.frontline.geoparse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a gazetteer name is spelled close to one surface ({@link Spelling#bareClose}): the test every loose match
 * must pass, handed to the gazetteer so that it runs on a posting's name before a match is made, and then asked
 * again by the filters. The surface is made bare once, on first use, and each name (namesakes share one) compared
 * once. One instance per surface looked up; not thread-safe.
 */
final class CloseTo implements Predicate<String> {
    private final String surface;
    private String bare;
    private final Map<String, Boolean> byName = new HashMap<>();

    CloseTo(String surface) {
        this.surface = surface;
    }

    @Override
    public boolean test(String name) {
        if (bare == null) {
            bare = Spelling.bare(surface);
        }
        return byName.computeIfAbsent(name, n -> Spelling.bareClose(bare, n));
    }
}
