package org.frontline.geoparse;

import java.util.Locale;
import java.util.Map;

/** Compass words of French and English, mapped to one English form ("sud-est" → "south-east"). */
final class Directions {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("nord", "north"), Map.entry("sud", "south"), Map.entry("est", "east"),
            Map.entry("ouest", "west"), Map.entry("nord-est", "north-east"), Map.entry("nord-ouest", "north-west"),
            Map.entry("sud-est", "south-east"), Map.entry("sud-ouest", "south-west"), Map.entry("centre", "centre"),
            Map.entry("north", "north"), Map.entry("south", "south"), Map.entry("east", "east"),
            Map.entry("west", "west"), Map.entry("northern", "north"), Map.entry("southern", "south"),
            Map.entry("eastern", "east"), Map.entry("western", "west"), Map.entry("north-east", "north-east"),
            Map.entry("northeast", "north-east"), Map.entry("north-eastern", "north-east"),
            Map.entry("northeastern", "north-east"), Map.entry("north-west", "north-west"),
            Map.entry("northwest", "north-west"), Map.entry("north-western", "north-west"),
            Map.entry("northwestern", "north-west"), Map.entry("south-east", "south-east"),
            Map.entry("southeast", "south-east"), Map.entry("south-eastern", "south-east"),
            Map.entry("southeastern", "south-east"), Map.entry("south-west", "south-west"),
            Map.entry("southwest", "south-west"), Map.entry("south-western", "south-west"),
            Map.entry("southwestern", "south-west"), Map.entry("central", "centre"));

    /**
     * FIRST[c]: some word begins with c. The geoparser asks about every word it looks back at from a name, and most
     * begin with none of these: they are told without a lower-case copy and a probe of the map.
     */
    private static final boolean[] FIRST = firsts();

    private Directions() {
    }

    private static boolean[] firsts() {
        boolean[] first = new boolean[256];
        for (String w : WORDS.keySet()) {
            if (w.charAt(0) >= first.length) {
                throw new IllegalStateException("a compass word beyond Latin-1: " + w);
            }
            first[w.charAt(0)] = true;
        }
        return first;
    }

    /** The English direction for a French or English compass word, or null. */
    static String of(String word) {
        // a char below U+0100 lower-cases to one below U+0100, and is the lower case's first char (only U+0130,
        // beyond, becomes two): a word whose first char lower-cased begins no key is none
        if (!word.isEmpty() && word.charAt(0) < FIRST.length && !FIRST[Character.toLowerCase(word.charAt(0))]) {
            return null;
        }
        return lookup(word);
    }

    /** {@link #of} by the map alone: the word lower-cased, its non-breaking hyphens made plain, looked up. */
    static String lookup(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT).replace('\u2011', '-'));
    }
}
