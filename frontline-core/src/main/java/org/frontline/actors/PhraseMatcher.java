package org.frontline.actors;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.text.NameKey;
import org.frontline.text.Words;

/**
 * Dictionary matching of phrases over a body: whole words only, case- and diacritics-insensitive through
 * {@link NameKey#normalize}, longest match first, left to right, non-overlapping. Short all-capital phrases
 * ("MG", "AFP", "SDF", "IS") match only when written in capitals, so "is" and "mg" in running text do not.
 * A phrase followed by its own acronym in parentheses ("Média de guerre (MG)") is one match spanning both.
 * Optionally, phrases of two or more words are also indexed under {@link NameKey#fold}, and an otherwise unmatched
 * capitalized run of words that folds to such a key matches it ("Jaish al-Izzah" → "Jaysh al-Izza").
 * Immutable and thread-safe once built.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    private static final int MAX_ACRONYM = 6;
    private static final Pattern PAREN = Pattern.compile("[ \\u00A0]*\\(([^()\\n]{1,16})\\)");

    /**
     * A match.
     *
     * @param start  UTF-16 offset into the body, end exclusive
     * @param values everything the matched phrase stands for, in the order added (several when a phrase is shared)
     * @param folded true when found through the loose fold key rather than the exact phrase
     */
    public record Hit<T>(int start, int end, List<T> values, boolean folded) {
        public Hit {
            values = List.copyOf(values);
        }
    }

    private record Entry<T>(T value, String caseSensitiveRaw) {
    }

    /**
     * Every exact key and every word-prefix of one ("front", "front al", "front al nosra"), with the phrases of that
     * key: none for a prefix only. One map answers both "may a phrase go on?" and "which phrases end here?", asked
     * once per word of every text. A HashMap, not Map.copyOf: the immutable map's linear probing crawls through the
     * runs that similar keys' String hashes form.
     */
    private final Map<String, List<Entry<T>>> exact;
    private final Map<String, Set<T>> folded;
    /**
     * The hashes of {@link #exact}'s one-word keys that are phrases, and of those that only start some: most words
     * start no phrase, told from tables small enough to stay in the cache (one of all keys is not); a word that only
     * starts phrases ("the") needs no probe of the map: the next word's key tells.
     */
    private final KeyBits wholeBits;
    private final KeyBits prefixBits;
    /** The hashes of all {@link #exact}'s keys, asked when a key grows past its first word. */
    private final KeyBits keyBits;
    /** The hashes of {@link #folded}'s keys: most runs of capitalized words fold to no name's key. */
    private final KeyBits foldBits;
    /** The hashes of their first words: most capitalized words start no name's key (places, persons). */
    private final KeyBits foldFirstBits;
    private final int maxWords;
    private final int minFoldConsonants;

    private PhraseMatcher(Map<String, List<Entry<T>>> exact, Map<String, Set<T>> folded, int maxWords,
                          int minFoldConsonants) {
        this.exact = Collections.unmodifiableMap(exact);
        this.folded = Collections.unmodifiableMap(folded);
        this.wholeBits = KeyBits.firstWords(exact, true);
        this.prefixBits = KeyBits.firstWords(exact, false);
        this.keyBits = new KeyBits(exact.keySet());
        this.foldBits = new KeyBits(folded.keySet());
        this.foldFirstBits = KeyBits.leadingWords(folded.keySet());
        this.maxWords = maxWords;
        this.minFoldConsonants = minFoldConsonants;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<T> {
        private final Map<String, List<Entry<T>>> exact = new HashMap<>();
        private final Map<String, Set<T>> folded = new HashMap<>();
        private final Set<String> ambiguousFolds = new LinkedHashSet<>();
        private int maxWords = 1;
        private int minFoldConsonants = Integer.MAX_VALUE;

        /**
         * Adds a phrase, also under its fold key when it has two words or more and is no acronym; blank phrases
         * are ignored. Adding the same phrase and value twice is harmless.
         */
        public Builder<T> add(String phrase, T value) {
            return add(phrase, value, true);
        }

        /** Adds a phrase that only matches as written (modulo case and accents), never through its fold key. */
        public Builder<T> addExact(String phrase, T value) {
            return add(phrase, value, false);
        }

        private Builder<T> add(String phrase, T value, boolean foldable) {
            List<Words.Word> words = Words.split(phrase);
            if (words.isEmpty()) {
                return this;
            }
            String key = joined(words, false); // = Words.key(phrase)
            String raw = acronym(phrase) ? joined(words, true) : null;
            List<Entry<T>> list = exact.computeIfAbsent(key, k -> new ArrayList<>());
            Entry<T> entry = new Entry<>(value, raw);
            if (!list.contains(entry)) {
                list.add(entry);
            }
            maxWords = Math.max(maxWords, words.size());
            if (foldable && words.size() >= 2 && raw == null) {
                addFold(NameKey.fold(phrase), value);
            }
            return this;
        }

        /**
         * Turns on the loose fold match for unseen spellings, for fold keys with at least {@code minConsonants}
         * consonants. Keys shared by two different values are dropped as ambiguous.
         */
        public Builder<T> foldMatching(int minConsonants) {
            this.minFoldConsonants = minConsonants;
            return this;
        }

        public PhraseMatcher<T> build() {
            Map<String, Set<T>> folds = new HashMap<>(folded);
            ambiguousFolds.forEach(folds::remove);
            Map<String, List<Entry<T>>> withPrefixes = new HashMap<>(exact);
            for (String k : exact.keySet()) {
                for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) {
                    withPrefixes.putIfAbsent(k.substring(0, sp), List.of());
                }
            }
            return new PhraseMatcher<>(withPrefixes, folds, maxWords, minFoldConsonants);
        }

        private void addFold(String key, T value) {
            if (key.indexOf(' ') < 0) {
                return;
            }
            Set<T> set = folded.computeIfAbsent(key, k -> new LinkedHashSet<>());
            set.add(value);
            if (set.size() > 1) {
                ambiguousFolds.add(key);
            }
        }
    }

    /** Writes what a phrase stands for into a snapshot ({@link #write}). */
    interface ValueWriter<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    /** Reads what {@link ValueWriter} wrote. */
    interface ValueReader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /**
     * Writes the built tables, so that {@link #read} gives a matcher that finds the same hits without splitting and
     * normalizing every phrase again. Values are written once each and referred to by number; the keys go in one
     * block of UTF-8, which reads back faster than a string at a time.
     */
    void write(DataOutputStream out, ValueWriter<T> writer) throws IOException {
        Map<T, Integer> numbers = new LinkedHashMap<>();
        exact.values().forEach(list -> list.forEach(e -> numbers.putIfAbsent(e.value(), numbers.size())));
        folded.values().forEach(set -> set.forEach(v -> numbers.putIfAbsent(v, numbers.size())));
        out.writeInt(numbers.size());
        for (T value : numbers.keySet()) {
            writer.write(out, value);
        }
        out.writeInt(maxWords);
        out.writeInt(minFoldConsonants);
        List<String> exactKeys = List.copyOf(exact.keySet());
        ActorSnapshot.writeKeys(out, exactKeys);
        for (String k : exactKeys) {
            List<Entry<T>> entries = exact.get(k);
            out.writeInt(entries.size());
            for (Entry<T> e : entries) {
                out.writeInt(numbers.get(e.value()));
                ActorSnapshot.writeString(out, e.caseSensitiveRaw());
            }
        }
        List<String> foldKeys = List.copyOf(folded.keySet());
        ActorSnapshot.writeKeys(out, foldKeys);
        for (String k : foldKeys) {
            out.writeInt(folded.get(k).size());
            for (T v : folded.get(k)) {
                out.writeInt(numbers.get(v));
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    static <T> PhraseMatcher<T> read(DataInputStream in, ValueReader<T> reader) throws IOException {
        int n = ActorSnapshot.readCount(in);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(reader.read(in));
        }
        int maxWords = in.readInt();
        int minFoldConsonants = in.readInt();
        String[] exactKeys = ActorSnapshot.readKeys(in);
        Map<String, List<Entry<T>>> exact = new HashMap<>(exactKeys.length * 2);
        for (String key : exactKeys) {
            int m = ActorSnapshot.readCount(in);
            List<Entry<T>> list = m == 0 ? List.of() : new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                list.add(new Entry<>(values.get(in.readInt()), ActorSnapshot.readString(in)));
            }
            exact.put(key, list);
        }
        String[] foldKeys = ActorSnapshot.readKeys(in);
        Map<String, Set<T>> folded = new HashMap<>(foldKeys.length * 2);
        for (String key : foldKeys) {
            int m = ActorSnapshot.readCount(in);
            Set<T> set = new LinkedHashSet<>();
            for (int j = 0; j < m; j++) {
                set.add(values.get(in.readInt()));
            }
            folded.put(key, set);
        }
        return new PhraseMatcher<>(exact, folded, maxWords, minFoldConsonants);
    }

    /** All phrases of the catalog found in {@code body}, in text order. */
    public List<Hit<T>> find(String body) {
        return find(body, Words.split(body));
    }

    /**
     * {@link #find(String)} over {@code words}, which must be {@link Words#split} of {@code body}: the text stage's
     * split ({@link org.frontline.text.AnalyzedText#words}), read by both catalogs' matchers instead of each
     * splitting the body anew.
     */
    public List<Hit<T>> find(String body, List<Words.Word> words) {
        BodyWords split = new BodyWords(body, words);
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Hit<T> hit = longestAt(split, i);
            if (hit != null && words.get(i).elided() && i + 1 < words.size()) {
                // "l'Observatoire syrien des droits de l'homme": the name after the article may be longer
                Hit<T> after = longestAt(split, i + 1);
                hit = after != null && after.end() > hit.end() ? after : hit;
            }
            if (hit == null) {
                i++;
                continue;
            }
            hit = withAcronym(body, hit);
            hits.add(hit);
            while (i < words.size() && words.get(i).start() < hit.end()) {
                i++;
            }
        }
        return hits;
    }

    private Hit<T> longestAt(BodyWords split, int i) {
        int reach = split.reach(i, maxWords);
        Hit<T> hit = exactAt(split.words(), i, reach);
        return hit != null ? hit : foldedAt(split, i, reach);
    }

    /** The longest phrase starting at word {@code i}; grows word by word while some phrase starts that way. */
    private Hit<T> exactAt(List<Words.Word> words, int i, int reach) {
        StringBuilder key = null; // a one-word key is the word's own (most words start no phrase)
        int joined = 0; // how many words key holds: it is made only as far as the bits let a key go on
        int hash = 0; // the key's String hash, grown word by word: a key is made only when its bit is set
        Hit<T> longest = null;
        for (int len = 1; len <= Math.min(reach, maxWords); len++) {
            String word = words.get(i + len - 1).key();
            hash = len == 1 ? word.hashCode() : Words.spacedHash(hash, word);
            if (len == 1 && !wholeBits.mayHold(hash)) {
                if (prefixBits.mayHold(hash)) {
                    continue; // only a prefix, or no key: "w1 w2" is a key only when w1 is
                }
                break;
            }
            if (len > 1 && !keyBits.mayHold(hash)) {
                break;
            }
            if (len > 1) {
                if (key == null) {
                    key = new StringBuilder(words.get(i).key());
                    joined = 1;
                }
                for (; joined < len; joined++) {
                    key.append(' ').append(words.get(i + joined).key());
                }
            }
            List<Entry<T>> entries = exact.get(len == 1 ? word : key.toString());
            if (entries == null) {
                break;
            }
            if (entries.isEmpty()) {
                continue; // a prefix of longer phrases only
            }
            List<Words.Word> span = words.subList(i, i + len);
            String raw = null; // the words as written, joined only when an acronym asks for them
            List<T> values = new ArrayList<>();
            for (Entry<T> e : entries) {
                if (e.caseSensitiveRaw() != null && raw == null) {
                    raw = joined(span, true);
                }
                if ((e.caseSensitiveRaw() == null || e.caseSensitiveRaw().equals(raw)) && !values.contains(e.value())) {
                    values.add(e.value());
                }
            }
            if (!values.isEmpty()) {
                longest = new Hit<>(span.get(0).start(), span.get(len - 1).end(), values, false);
            }
        }
        return longest;
    }

    private Hit<T> foldedAt(BodyWords split, int i, int reach) {
        List<Words.Word> words = split.words();
        if (folded.isEmpty() || !words.get(i).capitalized()) {
            return null;
        }
        for (int len = reach; len >= 2; len--) {
            Words.Word last = words.get(i + len - 1);
            if (!last.capitalized()) {
                continue;
            }
            if (split.foldsByWord(i, i + len - 1) && (!split.firstFoldMayStart(i, i + len - 1, foldFirstBits)
                    || !foldBits.mayHold(split.foldHash(i, i + len - 1)))) {
                continue; // no fold key of the catalog starts so, or has this hash: the key need not be made
            }
            String key = split.fold(i, i + len - 1);
            Set<T> values = folded.get(key);
            if (values != null && NameKey.skeletonLength(key) >= minFoldConsonants) {
                return new Hit<>(words.get(i).start(), last.end(), List.copyOf(values), true);
            }
        }
        return null;
    }

    /** Extends a hit over a following "(ACRONYM)" that stands for the same thing. */
    private Hit<T> withAcronym(String body, Hit<T> hit) {
        Matcher m = PAREN.matcher(body).region(hit.end(), body.length());
        if (!m.lookingAt()) {
            return hit;
        }
        String inner = m.group(1).strip();
        List<Entry<T>> entries = exact.get(Words.key(inner));
        if (entries == null) {
            return hit;
        }
        for (Entry<T> e : entries) {
            if (hit.values().contains(e.value())) {
                return new Hit<>(hit.start(), m.end(), hit.values(), hit.folded());
            }
        }
        return hit;
    }

    /**
     * The words' keys, or their raw forms, joined by single spaces: {@code String.join(" ", ...)} over them without a
     * stream and a list per phrase (every alias and pattern of a catalog is added at load).
     */
    static String joined(List<Words.Word> words, boolean raw) {
        if (words.size() == 1) {
            return raw ? words.get(0).raw() : words.get(0).key();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(raw ? words.get(k).raw() : words.get(k).key());
        }
        return sb.toString();
    }

    /** A short phrase written all in capitals (letters and digits only), such as "MG", "AFP", "YPG", "IS". */
    static boolean acronym(String phrase) {
        // the phrase's letters and digits (what removing [^\p{L}\p{N}] left), gathered by code point: the catalogs
        // ask this of every alias at load, and most have more than MAX_ACRONYM of them, told before any is copied
        char[] kept = new char[MAX_ACRONYM];
        int n = 0;
        for (int i = 0; i < phrase.length(); ) {
            int cp = phrase.codePointAt(i);
            int size = Character.charCount(cp);
            if (letterOrNumber(cp)) {
                if (n + size > MAX_ACRONYM) {
                    return false;
                }
                n += Character.toChars(cp, kept, n);
            }
            i += size;
        }
        String letters = new String(kept, 0, n);
        return !letters.isEmpty() && letters.equals(letters.toUpperCase()) && !letters.equals(letters.toLowerCase());
    }

    /** A code point of the regex classes \p{L} or \p{N}: a letter, or a digit, letter number or other number. */
    private static boolean letterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
