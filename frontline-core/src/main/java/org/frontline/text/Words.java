package org.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a body as the phrase matchers see them, found by scanning the string itself so that matching does
 * not depend on the tokenizer. A word is a run of letters, digits and combining marks; an apostrophe inside a word
 * is kept ("Hay'at", "al-I'lam") except after a French elided article ("l'armée" is "l'" + "armée") or before an
 * English possessive "'s" ("Syria's army" is "Syria" + "army"). Hyphens and other punctuation separate words.
 */
public final class Words {
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "n", "s", "t", "m", "c", "qu", "jusqu",
            "lorsqu", "puisqu");

    /**
     * One word.
     *
     * @param start UTF-16 offset into the scanned string, end exclusive; an elided article's span ends after
     *              its apostrophe
     * @param key   {@link NameKey#normalize} of the word (lower case, no diacritics, no apostrophes)
     * @param raw   the word as written, apostrophes removed (case kept, for acronyms)
     */
    public record Word(int start, int end, String key, String raw) {
        public boolean capitalized() {
            return !raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0));
        }

        /** True for a French elided article written with its apostrophe ("l'", "d'"). */
        public boolean elided() {
            return ELISIONS.contains(key) && raw.length() < end - start;
        }
    }

    private Words() {
    }

    /** The words of {@code text} in order. */
    public static List<Word> split(String text) {
        return split(text, List.of());
    }

    /**
     * {@link #split(String)}, reading {@code tokens} ({@link RuleTokenizer}'s of {@code text}, in order) for words the
     * tokenizer already cut out and lower-cased: a word spanning the same chars as a token is the token's text, and,
     * when that is ASCII letters and digits alone, its key is the token's lower case (which is what
     * {@link NameKey#normalize} makes of it). Most words of a text are such tokens; each was copied out and
     * lower-cased twice, and the phrase matchers then hashed a key the language guess had hashed already.
     */
    public static List<Word> split(String text, List<Token> tokens) {
        // a text has about as many words as tokens (punctuation tokens make up for hyphenated words' parts): sized
        // so, the list of a body's words is not copied as it grows from ten
        List<Word> words = new ArrayList<>(tokens.isEmpty() ? 10 : tokens.size());
        int i = 0;
        int n = text.length();
        int k = 0; // the first token not ending before the word
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = -1;
            int rawEnd;
            boolean inner = false; // an apostrophe inside the word, left out of its raw form
            while (true) {
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                rawEnd = i;
                if (i + 1 >= n || !isApostrophe(text.charAt(i)) || !isWordChar(text.charAt(i + 1))) {
                    break;
                }
                if (ELISIONS.contains(raw(text, start, i, inner).toLowerCase(Locale.ROOT))) {
                    end = i + 1;
                    i++;
                    break;
                }
                if (isPossessive(text, i)) {
                    end = i;
                    i += 2;
                    break;
                }
                inner = true;
                i++;
            }
            if (end < 0) {
                end = i;
            }
            while (k < tokens.size() && tokens.get(k).start() < start) {
                k++;
            }
            Token same = !inner && k < tokens.size() && tokens.get(k).start() == start && tokens.get(k).end() == rawEnd
                    ? tokens.get(k) : null;
            String word = same != null ? same.text() : raw(text, start, rawEnd, inner);
            String norm = same != null && NameKey.isAsciiAlphanumeric(word) ? same.lower() : NameKey.normalize(word);
            // most words normalize to a single word: String.replace would only hand the same string back, after a
            // slower search of it than the intrinsic indexOf
            String key = norm.indexOf(' ') < 0 ? norm : norm.replace(" ", "");
            if (!key.isEmpty()) {
                words.add(new Word(start, end, key, word));
            }
        }
        return words;
    }

    /**
     * The chars of {@code text} from {@code start} to {@code end}, word chars and apostrophes only: the apostrophes
     * dropped when {@code inner} says there are some (most words hold none, and are then one substring).
     */
    private static String raw(String text, int start, int end, boolean inner) {
        if (!inner) {
            return text.substring(start, end);
        }
        StringBuilder raw = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            if (!isApostrophe(text.charAt(k))) {
                raw.append(text.charAt(k));
            }
        }
        return raw.toString();
    }

    /** The normalized keys of {@code phrase}'s words joined by single spaces. */
    public static String key(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Word w : split(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.key());
        }
        return sb.toString();
    }

    /**
     * Whether two consecutive words of {@code text} may belong to one name: only spaces, hyphens, a possessive
     * "'s" ("Donbass People's Militia") and (after a one-letter word, as in "U.S.") a period may stand between them; line breaks and other punctuation end a name.
     */
    public static boolean joinable(String text, Word left, Word right) {
        for (int i = left.end(); i < right.start(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c) && isPossessive(text, i)) {
                i++;
                continue;
            }
            boolean ok = c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t' || c == '-' || c == '\u2010'
                    || c == '\u2011' || isApostrophe(c) || (c == '.' && left.raw().length() == 1);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code (key + " " + next).hashCode()} from {@code key.hashCode()}, without the string: String's hash is a
     * polynomial in 31, so the joined string's hash is the key's times 31 to the length of what follows, plus the
     * hash of what follows (int overflow wraps alike on both sides).
     */
    public static int spacedHash(int keyHash, String next) {
        int pow = next.length() < POW31.length ? POW31[next.length()] : power31(next.length());
        return keyHash * pow * 31 + ' ' * pow + next.hashCode();
    }

    /** 31 to the powers 0 to 31 (int arithmetic, wrapping): the lengths of nearly every word. */
    private static final int[] POW31 = new int[32];

    static {
        for (int k = 0; k < POW31.length; k++) {
            POW31[k] = power31(k);
        }
    }

    private static int power31(int n) {
        int pow = 1;
        for (int k = 0; k < n; k++) {
            pow *= 31;
        }
        return pow;
    }

    public static boolean isWordChar(char c) {
        if (c < 128) { // ASCII: its letters and digits only (no marks there)
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BF' || c == '\u02BE'
                || c == '`' || c == '\u00B4';
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        return s < text.length() && (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 == text.length() || !isWordChar(text.charAt(s + 1)));
    }
}
