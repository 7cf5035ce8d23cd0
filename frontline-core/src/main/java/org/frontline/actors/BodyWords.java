package org.frontline.actors;

import java.util.List;
import org.frontline.text.NameKey;
import org.frontline.text.Words;

/**
 * The words of one body with what {@link PhraseMatcher} asks of them at every word: how many words from there can
 * belong to one name, and the fold key of a run of words. Worked out once per body instead of once per word that
 * asks (a name's reach was re-scanned from every word inside it; a run's fold key was normalized and folded anew
 * for each length tried, from each capitalized word). The words themselves are split once per body by the text
 * stage ({@link org.frontline.text.AnalyzedText#words}) and handed to both phrase matchers, the actor catalog's and
 * the source catalog's. Not thread-safe: one per body and matcher call.
 */
final class BodyWords {
    private final String body;
    private final List<Words.Word> words;
    /** How many consecutive pairs from word k on are {@link Words#joinable}. */
    private final int[] joined;
    /** Each word's own fold key, made when first asked; null: not yet. */
    private final String[] folds;
    /**
     * Per word: 1 when the word holds no Arabic script and the chars between it and the next are all ones that
     * {@link NameKey#normalize} turns into a word break ({@link NameKey#breaksWord}); 2 when not; 0 not yet known.
     */
    private final byte[] plainAfter;

    /** @param words {@link Words#split} of {@code body} */
    BodyWords(String body, List<Words.Word> words) {
        this.body = body;
        this.words = words;
        int n = words.size();
        this.joined = new int[n];
        for (int k = n - 2; k >= 0; k--) {
            joined[k] = Words.joinable(body, words.get(k), words.get(k + 1)) ? joined[k + 1] + 1 : 0;
        }
        this.folds = new String[n];
        this.plainAfter = new byte[n];
    }

    List<Words.Word> words() {
        return words;
    }

    /**
     * How many words from {@code i} on can form one name: 1, then one more for each joinable pair that follows, at
     * most {@code maxWords} + 1 in all.
     */
    int reach(int i, int maxWords) {
        return 1 + Math.min(maxWords, joined[i]);
    }

    /**
     * {@link NameKey#fold} of the body from word {@code from}'s start to word {@code last}'s end. Normalizing is a
     * left-to-right pass whose only memory is the key so far and a pending break, so where only breaking chars stand
     * between the words (and no Arabic script, which is transliterated with the whole name, is anywhere in the run)
     * the run's normalized key is its words' keys joined by single spaces, and folding goes a word at a time: the
     * run's fold key is then the non-empty fold keys of its words joined by spaces. Elsewhere (an apostrophe or a
     * possessive between words, Arabic script) the run is folded whole, as before.
     */
    String fold(int from, int last) {
        if (!foldsByWord(from, last)) {
            return foldWhole(from, last);
        }
        String single = null;
        StringBuilder joinedKey = null;
        for (int k = from; k <= last; k++) {
            String f = wordFold(k);
            if (f.isEmpty()) {
                continue;
            }
            if (single == null) {
                single = f;
            } else {
                if (joinedKey == null) {
                    joinedKey = new StringBuilder(single);
                }
                joinedKey.append(' ').append(f);
            }
        }
        return joinedKey != null ? joinedKey.toString() : single == null ? "" : single;
    }

    private String foldWhole(int from, int last) {
        return NameKey.fold(body.substring(words.get(from).start(), words.get(last).end()));
    }

    private String wordFold(int k) {
        String f = folds[k];
        if (f == null) {
            Words.Word w = words.get(k);
            // a word of ASCII letters and digits as written is its key already normalized: fold that, no copy
            f = asciiAsWritten(w) ? NameKey.foldNormalized(w.key())
                    : NameKey.fold(body.substring(w.start(), w.end()));
            folds[k] = f;
        }
        return f;
    }

    /**
     * Whether the body holds word {@code w} as its raw form (no apostrophe dropped, no elided one after it) of ASCII
     * letters and digits alone: then {@link NameKey#normalize} of those chars is the word's key.
     */
    private static boolean asciiAsWritten(Words.Word w) {
        String raw = w.raw();
        if (raw.length() != w.end() - w.start()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #fold} of the run from word {@code from} to {@code last} is its words' own fold keys joined
     * (only breaking chars between them, no Arabic script): then {@link #foldHash} gives its hash.
     */
    boolean foldsByWord(int from, int last) {
        for (int k = from; k < last; k++) {
            if (!plainAfter(k)) {
                return false;
            }
        }
        return !arabic(last);
    }

    /**
     * The String hash of {@link #fold}{@code (from, last)} for a run that {@link #foldsByWord} folds word by word,
     * without joining the keys: most runs tried match no phrase, and their keys need never be made.
     */
    int foldHash(int from, int last) {
        boolean any = false;
        int hash = 0;
        for (int k = from; k <= last; k++) {
            String f = wordFold(k);
            if (f.isEmpty()) {
                continue;
            }
            hash = any ? Words.spacedHash(hash, f) : f.hashCode();
            any = true;
        }
        return hash;
    }

    /**
     * Whether the first non-empty word fold of words {@code from} to {@code last} (up to its first space) has a hash
     * {@code firstWords} may hold: for a run {@link #foldsByWord} folds, that is the first word of {@link #fold}'s
     * key, so a clear bit says no key of the catalog starts the run, without folding the words after the first.
     * True when every word folds to nothing.
     */
    boolean firstFoldMayStart(int from, int last, KeyBits firstWords) {
        for (int k = from; k <= last; k++) {
            String f = wordFold(k);
            if (!f.isEmpty()) {
                int space = f.indexOf(' ');
                return firstWords.mayHold(space < 0 ? f.hashCode() : f.substring(0, space).hashCode());
            }
        }
        return true;
    }

    private boolean plainAfter(int k) {
        if (plainAfter[k] == 0) {
            int from = words.get(k).end();
            int to = words.get(k + 1).start();
            boolean plain = from < to && !arabic(k);
            for (int i = from; i < to && plain; i++) {
                plain = NameKey.breaksWord(body.charAt(i));
            }
            plainAfter[k] = (byte) (plain ? 1 : 2);
        }
        return plainAfter[k] == 1;
    }

    private boolean arabic(int k) {
        for (int i = words.get(k).start(); i < words.get(k).end(); i++) {
            if (NameKey.arabicScript(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
