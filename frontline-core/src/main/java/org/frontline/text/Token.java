package org.frontline.text;

/**
 * A token: {@code start}/{@code end} are UTF-16 indices into the analysed body (end exclusive), and
 * {@code text} equals {@code body.substring(start, end)}.
 */
public record Token(String text, int start, int end, Kind kind) {
    /** WORD includes hyphenated and elided forms kept whole ("Tal-Damane", "al-Nosra"); an elided article "d'" "l'" is its own WORD token. */
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }

    public Token {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + text + "'");
        }
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
