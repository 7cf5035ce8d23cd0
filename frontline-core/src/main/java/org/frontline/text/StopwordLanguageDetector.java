package org.frontline.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French or English by counting function words each language uses and the other does not ("le", "des", "selon"
 * against "the", "of", "between"). Function words are frequent, so a single ACLED note of fifteen words already
 * has several; words spelled alike in both ("a", "on", "en", "plus") are left out. On a tie, French letters
 * (é è à ç ô…) decide, and English is the answer when nothing does. Stateless and thread-safe.
 */
public final class StopwordLanguageDetector {
    static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "un", "une", "dans",
            "pour", "par", "sur", "avec", "est", "sont", "ont", "été", "qui", "que", "au", "aux", "ce", "cette",
            "ces", "il", "elle", "ils", "elles", "selon", "entre", "mais", "ou", "où", "leur", "leurs", "pas",
            "son", "sa", "ses", "nous", "vous", "près", "contre", "lors", "après", "depuis", "sous", "à", "d'",
            "l'", "qu'", "s'", "n'", "c'", "j'", "lorsqu'", "jusqu'", "ainsi", "aussi", "dont", "tués", "morts");
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "was", "were", "is", "are", "by",
            "with", "for", "from", "that", "which", "at", "this", "these", "their", "his", "her", "they", "he",
            "she", "it", "its", "been", "has", "have", "had", "after", "against", "between", "during", "near",
            "into", "while", "who", "killed", "reported", "an", "no", "not", "said", "according");
    private static final String FRENCH_LETTERS = "éèêàâçùûôœë";
    /** The lowest of {@link #FRENCH_LETTERS}: a char below it (every ASCII one) is none, told without a search. */
    private static final char FIRST_FRENCH_LETTER = (char) FRENCH_LETTERS.chars().min().orElseThrow();
    /** The longest function word of either list: a longer word is none, told without hashing it. */
    private static final int LONGEST = java.util.stream.Stream.concat(FRENCH.stream(), ENGLISH.stream())
            .mapToInt(String::length).max().orElseThrow();
    /**
     * Both lists in one table, a word's bits saying which hold it (1 French, 2 English): one probe per word where
     * there were two, and a HashMap's (the immutable sets probe linearly through the runs that similar words form).
     */
    private static final Map<String, Integer> LISTS = lists();

    private final RuleTokenizer tokenizer = new RuleTokenizer();

    private static Map<String, Integer> lists() {
        Map<String, Integer> lists = new HashMap<>();
        FRENCH.forEach(w -> lists.merge(w, 1, Integer::sum));
        ENGLISH.forEach(w -> lists.merge(w, 2, Integer::sum));
        return Collections.unmodifiableMap(lists);
    }

    public Language detect(String text) {
        return fromTokens(tokenizer.tokenize(text));
    }

    /** Same as {@link #detect(String)} on text already tokenized by {@link RuleTokenizer}. */
    public Language fromTokens(List<Token> tokens) {
        int fr = 0;
        int en = 0;
        int frenchLetters = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            // one pass over the lower case for the French letters and the apostrophes to make straight (neither is
            // the other, so counting before the replace counts the same); it was three, two of them replace's
            String lower = t.lower();
            boolean curly = false;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                curly |= c == '\u2019' || c == '\u02BC';
                frenchLetters += c >= FIRST_FRENCH_LETTER && FRENCH_LETTERS.indexOf(c) >= 0 ? 1 : 0;
            }
            String word = curly ? lower.replace('\u2019', '\'').replace('\u02BC', '\'') : lower;
            Integer lists = word.length() <= LONGEST ? LISTS.get(word) : null;
            if (lists != null) {
                fr += lists & 1;
                en += lists >> 1;
            }
        }
        if (fr != en) {
            return fr > en ? Language.FR : Language.EN;
        }
        return frenchLetters > 0 ? Language.FR : Language.EN;
    }
}
