package org.frontline.text;

import java.util.Locale;

/**
 * A token: {@code start}/{@code end} are UTF-16 indices into the analysed body (end exclusive), and
 * {@code text} equals {@code body.substring(start, end)}. {@code lower} is {@code text.toLowerCase(Locale.ROOT)},
 * made once by the tokenizer: the stages after it read a token's lower case again and again (the language guess,
 * the geoparser's name runs and the cue words looked back at for every name), and one instance read each time
 * keeps its hash, where a fresh copy per reading was made and hashed anew for each set it was looked up in.
 */
public record Token(String text, int start, int end, Kind kind, String lower) {
    /** WORD includes hyphenated and elided forms kept whole ("Tal-Damane", "al-Nosra"); an elided article "d'" "l'" is its own WORD token. */
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }

    public Token {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + text + "'");
        }
        if (lower == null) {
            throw new IllegalArgumentException("no lower case for '" + text + "'");
        }
    }

    /** A token whose {@link #lower} is made here. */
    public Token(String text, int start, int end, Kind kind) {
        this(text, start, end, kind, text.toLowerCase(Locale.ROOT));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
