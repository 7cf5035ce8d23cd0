package org.frontline.text;

/**
 * Case folding as {@link java.util.regex.Pattern#CASE_INSENSITIVE} with {@link java.util.regex.Pattern#UNICODE_CASE}
 * compares characters (lower case of the upper case), one char for one char: a text that matches a pattern
 * case-insensitively contains the folded literals of the pattern in its folded form. Because the fold keeps every
 * char at its offset, a sentence's fold is the same slice of its body's fold: a document is folded once
 * ({@link AnalyzedText#folded()}) for every stage that checks anchors, instead of once per sentence per pattern class.
 */
public final class CaseFold {
    private CaseFold() {
    }

    /** {@code text} folded char by char (the same string when nothing changes). */
    public static String of(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }
}
