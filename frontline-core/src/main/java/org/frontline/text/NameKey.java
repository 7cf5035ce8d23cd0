package org.frontline.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Keys under which spellings of one name meet.
 *
 * <p>{@link #normalize} is the strict key: lower case, no diacritics, apostrophes and hamza/ayn marks dropped,
 * hyphens and punctuation to single spaces. "Khanāşir" and "khanasir" meet; "Khanacer" does not.
 *
 * <p>{@link #fold} is the loose, phonological key for Latin transliterations of Arabic (and French/English
 * renderings of them): Arabic script is transliterated, articles (al-, el-, a-, ad-, ash-, …) are dropped,
 * consonants that transliterations confuse are merged (c/s/ç/sh/ch, k/q/kh/c, d/dh/z/ẓ, t/th, j/dj/g before e-i
 * in French forms, p/b, v/f), a word-final h after a vowel (tā' marbūṭa) is dropped, doubled letters are
 * collapsed, and vowels (a e i o u y w) are removed. What remains is each word's consonant skeleton, words joined
 * by one space: Khanacer, Khanasser, Khanāşir, خناصر all fold to "knsr".
 */
public final class NameKey {
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "a", "ad", "adh", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "en",
            "er", "es", "esh", "et", "ez", "ud", "ur", "us", "ush", "ut", "uz", "un", "ash-sh");

    private NameKey() {
    }

    /** Lower case, diacritics removed, apostrophes and ʿ ʾ dropped, other non-letters to single spaces. */
    public static String normalize(String name) {
        String s = transliterateArabic(name);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(foldLetter(Character.toLowerCase(c)));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The consonant-skeleton key described in the class comment; "" when nothing is left. */
    public static String fold(String name) {
        String norm = normalize(name);
        StringBuilder out = new StringBuilder(norm.length());
        for (String word : norm.split(" ")) {
            if (word.isEmpty() || ARTICLES.contains(word)) {
                continue;
            }
            String skeleton = skeleton(word);
            if (!skeleton.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(skeleton);
            }
        }
        return out.toString();
    }

    static String skeleton(String w) {
        // Sun-letter articles written fused with the following doubled consonant: "ezzor", "arraqqa", "ashsham".
        if (w.length() > 4 && (w.charAt(0) == 'a' || w.charAt(0) == 'e') && w.charAt(1) == w.charAt(2)
                && "tdrzsnl".indexOf(w.charAt(1)) >= 0) {
            w = w.substring(2);
        }
        if (w.length() > 3 && (w.endsWith("ah") || w.endsWith("eh") || w.endsWith("ih"))) {
            w = w.substring(0, w.length() - 1);
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char mapped;
            switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        mapped = 's';
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        mapped = 's';
                    } else {
                        mapped = 'k';
                    }
                }
                case 'k', 'q' -> {
                    mapped = 'k';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 's' -> {
                    mapped = 's';
                    if (next == 'h') {
                        i++;
                    } else if (next == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h') {
                        i += 2;
                    }
                }
                case 'd' -> {
                    if (next == 'j') {
                        mapped = 'j';
                        i++;
                    } else {
                        mapped = 'd';
                        if (next == 'h' || next == 'z') {
                            i++;
                        }
                    }
                }
                case 'z' -> mapped = 'd';
                case 't' -> {
                    mapped = 't';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'g' -> {
                    mapped = 'g';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'p' -> mapped = 'b';
                case 'v' -> mapped = 'f';
                case 'x' -> mapped = 'k';
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> mapped = 0;
                default -> mapped = c;
            }
            if (mapped != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != mapped)) {
                sb.append(mapped);
            }
        }
        return sb.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BF' || c == '\u02BE'
                || c == '\u02BB' || c == '\u02BC' || c == '\u00B4';
    }

    private static char foldLetter(char c) {
        return switch (c) {
            case 'ß' -> 's';
            case 'æ' -> 'a';
            case 'ø' -> 'o';
            case 'đ', 'ð' -> 'd';
            case 'ı' -> 'i';
            case 'ł' -> 'l';
            default -> c;
        };
    }

    /** Arabic script letter by letter to a Latin consonant rendering; the article ال at a word start is dropped. */
    static String transliterateArabic(String s) {
        boolean arabic = false;
        for (int i = 0; i < s.length() && !arabic; i++) {
            arabic = Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC;
        }
        if (!arabic) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String word : s.split("\\s+")) {
            String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
            if (out.length() > 0) {
                out.append(' ');
            }
            for (int i = 0; i < w.length(); i++) {
                out.append(arabicLetter(w.charAt(i)));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String arabicLetter(char c) {
        return switch (c) {
            case 'ا', 'أ', 'إ', 'آ', 'ى' -> "a";
            case 'ب' -> "b";
            case 'ت' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'ح', 'ه' -> "h";
            case 'ة' -> "a";
            case 'خ' -> "kh";
            case 'د' -> "d";
            case 'ذ' -> "dh";
            case 'ر' -> "r";
            case 'ز' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'ض' -> "d";
            case 'ط' -> "t";
            case 'ظ' -> "z";
            case 'ع', 'ء', 'ئ', 'ؤ' -> "'";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق' -> "q";
            case 'ك' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'و' -> "w";
            case 'ي' -> "y";
            default -> Character.isLetterOrDigit(c) ? "" : " ";
        };
    }
}
