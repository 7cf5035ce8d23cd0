package org.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens for French and English news text, by character rules:
 * <ul>
 *   <li>a French elided word is its own WORD with its apostrophe, straight or typographic: "d'Alep" and
 *       "d’Alep" give "d’" + "Alep", "l’armée", "qu’elle"; other inner apostrophes stay inside the word
 *       ("aujourd’hui", "Ma'arrat"), and an English "'s" is split off ("Assad" + "'s");</li>
 *   <li>hyphenated words are one WORD: "Tal-Damane", "a-Arbaïne", "al-Nosra", "sud-est", "pro-Houthi", "F-16";</li>
 *   <li>a NUMBER is digits with decimal or thousands separators ("3.5", "1,500", "1 500") and stops at a
 *       letter, so "2km" gives "2" + "km"; a space joins groups only when each following group has three
 *       digits and the first at most three ("2018 100" stays two numbers);</li>
 *   <li>dotted acronyms are one WORD with their dots ("U.S.", "e.g."), so the splitter does not end there;</li>
 *   <li>every other character is its own PUNCT (quotes, guillemets, brackets, dashes; "..." is one token) or
 *       SYMBOL (currency, math, %).</li>
 * </ul>
 * Offsets are UTF-16 indices into the string given; whitespace (including no-break spaces) is never a token.
 * Stateless and thread-safe.
 */
public final class RuleTokenizer {
    /** French words that elide before a vowel: "l’", "d’", "qu’", "jusqu’"… */
    static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu", "presqu");

    public List<Token> tokenize(String body) {
        return tokenize(body, 0, body.length());
    }

    /** Tokens of {@code body[from, to)}, offsets still into {@code body}. */
    public List<Token> tokenize(String body, int from, int to) {
        // news text has a token per four or five chars: sized for that, the list is not copied as it grows
        List<Token> tokens = new ArrayList<>((to - from) / 4 + 8);
        int i = from;
        while (i < to) {
            int cp = body.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            Token.Kind kind;
            int end;
            if (Character.isDigit(cp)) {
                kind = Token.Kind.NUMBER;
                end = numberEnd(body, i, to);
            } else if (Character.isLetter(cp)) {
                kind = Token.Kind.WORD;
                int acronym = acronymEnd(body, i, to);
                end = acronym > 0 ? acronym : wordEnd(body, i, to);
            } else if (isPossessive(body, i, to)) {
                kind = Token.Kind.WORD;
                end = i + 2;
            } else {
                kind = punctuationKind(cp);
                end = punctuationEnd(body, i, to);
            }
            String one = end == i + 1 ? oneChar(body.charAt(i)) : null;
            tokens.add(one != null ? new Token(one, i, end, kind, oneCharLower(body.charAt(i)))
                    : new Token(body.substring(i, end), i, end, kind));
            i = end;
        }
        return tokens;
    }

    /**
     * The one-char strings of Latin-1 and of the general punctuation block (U+2000-206F), and their lower case,
     * made once: a comma, a full stop, a quote, a guillemet or a dash is a token of its own, a fifth of the tokens of
     * a text, and each was a substring and a String of its own. Token texts are read by their chars and equals
     * alone, never by identity, so one shared String serves them all.
     */
    private static final String[] LATIN1 = new String[0x100];
    private static final String[] LATIN1_LOWER = new String[LATIN1.length];
    private static final char PUNCTUATION_BLOCK = '\u2000';
    private static final String[] PUNCTUATION = new String[0x70];
    private static final String[] PUNCTUATION_LOWER = new String[PUNCTUATION.length];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
            LATIN1_LOWER[c] = LATIN1[c].toLowerCase(Locale.ROOT); // Token's own lower case: the same String if none
        }
        for (int k = 0; k < PUNCTUATION.length; k++) {
            PUNCTUATION[k] = String.valueOf((char) (PUNCTUATION_BLOCK + k));
            PUNCTUATION_LOWER[k] = PUNCTUATION[k].toLowerCase(Locale.ROOT);
        }
    }

    /** {@code String.valueOf(c)}, shared, for a char of the two tables; else null. */
    static String oneChar(char c) {
        if (c < LATIN1.length) {
            return LATIN1[c];
        }
        int k = c - PUNCTUATION_BLOCK;
        return k >= 0 && k < PUNCTUATION.length ? PUNCTUATION[k] : null;
    }

    /** {@code oneChar(c).toLowerCase(Locale.ROOT)}, shared, for a char {@link #oneChar} has. */
    private static String oneCharLower(char c) {
        return c < LATIN1.length ? LATIN1_LOWER[c] : PUNCTUATION_LOWER[c - PUNCTUATION_BLOCK];
    }

    static boolean isSpace(int cp) {
        if (cp < 0x80) { // ASCII: the JDK's white space there is the space, \t to \r and the four separators U+001C-F
            return cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= 0x1C && cp <= 0x1F;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) { // ASCII: its letters and digits only, without the JDK's type lookups (no marks there)
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int wordEnd(String s, int start, int to) {
        int j = start;
        boolean hyphenated = false;
        while (true) {
            while (j < to) {
                int cp = s.codePointAt(j);
                if (!isWordChar(cp)) {
                    break;
                }
                j += Character.charCount(cp);
            }
            if (j + 1 >= to) {
                return j;
            }
            char c = s.charAt(j);
            if (isHyphen(c) && isWordChar(s.codePointAt(j + 1))) {
                hyphenated = true;
                j++;
            } else if (isApostrophe(c) && Character.isLetter(s.codePointAt(j + 1))) {
                if (!hyphenated && ELIDED.contains(s.substring(start, j).toLowerCase(Locale.ROOT))) {
                    return j + 1;
                }
                if (isPossessive(s, j, to)) {
                    return j;
                }
                j++;
            } else {
                return j;
            }
        }
    }

    /** An English "'s" clitic at {@code i}: apostrophe, s, then no more letters. */
    private static boolean isPossessive(String s, int i, int to) {
        return i > 0 && i + 1 < to && isApostrophe(s.charAt(i)) && Character.isLetter(s.codePointAt(i - 1))
                && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= to || !isWordChar(s.codePointAt(i + 2)));
    }

    /** End of a dotted acronym ("U.S.", "e.g.") starting at {@code i}, or -1 when there is none. */
    private static int acronymEnd(String s, int i, int to) {
        int k = i;
        int letters = 0;
        while (k + 1 < to && Character.isLetter(s.charAt(k)) && s.charAt(k + 1) == '.') {
            letters++;
            k += 2;
            if (k >= to || !Character.isLetter(s.charAt(k)) || (k + 1 < to && isWordChar(s.charAt(k + 1)))) {
                break;
            }
        }
        return letters >= 2 ? k : -1;
    }

    private static int numberEnd(String s, int start, int to) {
        int j = digitsEnd(s, start, to);
        boolean spaceGroupsAllowed = j - start <= 3;
        while (j + 1 < to) {
            char c = s.charAt(j);
            if ((c == ',' || c == '.') && Character.isDigit(s.charAt(j + 1))) {
                j = digitsEnd(s, j + 1, to);
                spaceGroupsAllowed = false;
            } else if (spaceGroupsAllowed && isSpace(c) && c != '\n' && isGroupOfThree(s, j + 1, to)) {
                j += 4;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isGroupOfThree(String s, int i, int to) {
        if (i + 3 > to) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return i + 3 == to || !isWordChar(s.codePointAt(i + 3));
    }

    private static int digitsEnd(String s, int i, int to) {
        while (i < to && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int punctuationEnd(String s, int i, int to) {
        if (s.charAt(i) == '.') {
            int j = i;
            while (j < to && s.charAt(j) == '.') {
                j++;
            }
            return j;
        }
        return i + Character.charCount(s.codePointAt(i));
    }

    private static Token.Kind punctuationKind(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> Token.Kind.PUNCT;
            default -> Token.Kind.SYMBOL;
        };
    }
}
