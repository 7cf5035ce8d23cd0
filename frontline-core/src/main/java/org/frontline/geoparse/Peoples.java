package org.frontline.geoparse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Sentence;
import org.frontline.text.Token;

/**
 * The peoples a report names ("Palestinian fishermen", "deux Palestiniens", "des civils yéménites"): a country hint
 * as strong as one of its towns named, where the names alone are torn ("northern Gaza" is also a province of
 * Mozambique) or too loosely spelled to count ("Qalqiliyah"). A people named inside an actor's name ("Israeli
 * forces", "Saudi-led coalition") is the actor, whose own country the actors' hint gives.
 */
public final class Peoples {
    /** No peoples known: the geoparser without the actor catalog's adjectives. */
    public static final Peoples NONE = new Peoples(Map.of());

    private final Map<String, String> countryByWord;
    /**
     * One bit per String hash of the words (16 to 32 bits a word): an ASCII word whose lower-cased hash has its bit
     * clear names no people, and is told so without a lower-cased copy and a probe of the map (every word of every
     * report was both).
     */
    private final long[] wordBits;
    private final int wordShift;

    private Peoples(Map<String, String> countryByWord) {
        this.countryByWord = countryByWord;
        int log = Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, countryByWord.size()) * 16 - 1));
        this.wordBits = new long[1 << (log - 6)];
        this.wordShift = 32 - log;
        for (String word : countryByWord.keySet()) {
            int b = bit(word.hashCode());
            wordBits[b >>> 6] |= 1L << b;
        }
    }

    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> wordShift;
    }

    /**
     * False when {@code lower} (a word's {@link Token#lower}) with "-owned" cut off is certainly no key of the map: the
     * bit of its String hash is clear. True otherwise. A word that does not end with "-owned" is hashed as the
     * string itself, whose hash the sets of the geoparser's earlier readings of the same token have mostly computed
     * and cached already; before, each word was hashed again char by char, and a non-ASCII one always passed.
     */
    boolean mayName(String lower) {
        int h;
        if (lower.endsWith(OWNED)) {
            h = 0;
            for (int i = 0; i < lower.length() - OWNED.length(); i++) {
                h = 31 * h + lower.charAt(i);
            }
        } else {
            h = lower.hashCode();
        }
        int b = bit(h);
        return (wordBits[b >>> 6] & 1L << b) != 0;
    }

    /**
     * @param adjectives per ISO alpha-2 country, its French and English adjectives and demonyms ("palestinienne",
     *                   "Palestinian"); English ones also count in the plural ("Palestinians"). A word two countries
     *                   share ("congolais") names neither.
     */
    public static Peoples of(Map<String, List<String>> adjectives) {
        Map<String, String> byWord = new HashMap<>();
        Set<String> shared = new HashSet<>();
        adjectives.forEach((iso2, words) -> {
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                for (String form : Character.isUpperCase(w.charAt(0)) ? List.of(lower, lower + "s") : List.of(lower)) {
                    String before = byWord.putIfAbsent(form, iso2);
                    if (before != null && !before.equals(iso2)) {
                        shared.add(form);
                    }
                }
            }
        });
        shared.forEach(byWord::remove);
        // a HashMap, not Map.copyOf: every word of a report is looked up, and the immutable map's linear probing
        // crawls through the runs that similar words' String hashes form
        return new Peoples(java.util.Collections.unmodifiableMap(byWord));
    }

    /** The country whose people {@code word} names ("vénézuéliens", "Venezuelan"); null when none, or several. */
    public String countryOf(String word) {
        return countryByWord.get(word.toLowerCase(Locale.ROOT));
    }

    /** "Somali region" (of Ethiopia), "Kurdistan Region": a unit named after a people is not the people's country. */
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?:[Rr]egion|[Ss]tate|[Zz]one|[Pp]rovince)\\b");

    /** "Palestinian-owned olive trees": what a people owns names it. */
    private static final String OWNED = "-owned";

    /** The countries whose people the text names outside the {@code taken} spans (actor and source names). */
    Set<String> named(AnalyzedText text, TakenSpans taken) {
        if (countryByWord.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (t.kind() != Token.Kind.WORD || t.text().length() < 4) {
                    continue;
                }
                String word = t.lower();
                if (!mayName(word)) {
                    continue;
                }
                String iso2 = countryByWord.get(word.endsWith(OWNED) ? word.substring(0, word.length() - OWNED.length())
                        : word);
                if (iso2 != null && !taken.covers(t)
                        && !Borders.across(text.body(), text.folded(), t.start()) && !UNIT_AFTER.matcher(text.body())
                        .region(t.end(), Math.min(text.body().length(), t.end() + 12)).lookingAt()) {
                    out.add(iso2);
                }
            }
        }
        return out;
    }
}
