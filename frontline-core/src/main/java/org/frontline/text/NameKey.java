package org.frontline.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Keys under which spellings of one name meet.
 *
 * <p>{@link #normalize} is the strict key: lower case, no diacritics, apostrophes and hamza/ayn marks dropped
 * (except after a French elided d', l', qu', which becomes a word break), hyphens and punctuation to single spaces. "Khanāşir" and "khanasir" meet; "Khanacer" does not.
 *
 * <p>{@link #fold} is the loose, phonological key for Latin transliterations of Arabic (and French/English
 * renderings of them). Transliterations of one Arabic name disagree on exactly the things Arabic script does not
 * write or Latin cannot: short vowels (Idlib/Idleb, Douhour/Duhur), long vowels (ou/u/oo, ee/i, w/y as vowels),
 * the article and its assimilation to sun letters (al-/el-/ad-/ash-/ech-/ez-), gemination (Khanasser/Khanasir),
 * the final tā' marbūṭa (Hasakah/Hassaké), and consonants with no Latin letter of their own (ص ش س as s/ç/sh/ch,
 * ق ك خ as q/k/kh/c, ذ ض ظ ز د as dh/d/z, ث ت as th/t, غ as gh/g). So: Arabic script is transliterated, articles
 * dropped, confusable consonants merged (c/s/ç/sh/ch → s, k/q/kh/c/x → k, d/dh/z → d, t/th → t, dj/j → j,
 * gh → g, p → b, v → f), a word-final h after a vowel dropped, the nisba ending -iyya(h)/-ié kept as "y",
 * adjacent repeats collapsed and other vowels (a e i o u y w) removed, but an initial vowel kept as "a". What remains is each word's consonant skeleton, words joined by one space: Khanacer, Khanasser,
 * Khanāşir and خناصر all fold to "knsr".
 *
 * <p>Deliberately not merged: t with d (Lattaquié "ltk" and Ladhiqiyah "ldk" stay apart), an initial h with
 * nothing (Alep "lb", Halab "hlb"): merging those costs more collisions than it wins; such pairs need aliases.
 */
public final class NameKey {
    /**
     * The Arabic article in its transliterations, as a separate word once normalize has turned hyphens into spaces:
     * al/el/il/ul, and its sun-letter assimilations (ad, adh, an, ar, as, ash, at, ath, az, ...) with English (a-),
     * French (e-, ech-) and colloquial (u-) vowels.
     */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "a", "ad", "adh", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "edh",
            "en", "er", "es", "esh", "ech", "et", "eth", "ez", "ud", "ur", "us", "ush", "ut", "uz", "un", "ach");
    /**
     * Words that say what kind of unit a name is, or link it, rather than which: "Nahiyat Markaz al Qusayr",
     * "Al-Qusayr Subdistrict", "District de Douma", "Gouvernorat d'Idleb" all fold like the bare name.
     */
    private static final Set<String> DESIGNATORS = Set.of(
            "nahiyat", "nahiyah", "nahiya", "nahia", "nahyt", "markaz", "mrkz", "mintaqat", "mantiqat", "muhafazat",
            "muhafazah", "subdistrict", "district", "governorate", "gouvernorat", "province", "de", "du", "des", "d",
            "l", "of", "the");

    private NameKey() {
    }

    /** Lower case, diacritics removed, apostrophes and ʿ ʾ dropped, other non-letters to single spaces. */
    public static String normalize(String name) {
        String ascii = asciiAlphanumeric(name);
        if (ascii != null) {
            return ascii;
        }
        String s = transliterateArabic(name);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String folded = c < TABLE.length ? TABLE[c] : slowFold(c);
            if (folded.isEmpty() && isApostrophe(c) && isElision(out, space)) {
                folded = " ";
            }
            if (folded.equals(" ")) {
                space = true;
            } else if (!folded.isEmpty()) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(folded);
            }
        }
        return out.toString();
    }

    /**
     * {@link #normalize} of a word of ASCII letters and digits alone (most words of a text): the same letters in
     * lower case, as the table below maps them, without building the key a character at a time; null for anything
     * else (an empty string too).
     */
    private static String asciiAlphanumeric(String name) {
        boolean upper = false;
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        return n == 0 ? null : upper ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * Whether {@code name} is not empty and holds ASCII letters and digits alone: then {@link #normalize} makes its
     * lower case ({@link #asciiAlphanumeric}), told here without making it.
     */
    public static boolean isAsciiAlphanumeric(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * Each character below U+2000 (Latin with its diacritics, punctuation, combining marks) mapped once, at class
     * load, to what normalize makes of it: its lower-case base letters, "" (a mark or apostrophe, dropped), or " " (a
     * separator). Normalizing two hundred thousand names at gazetteer load then needs no Unicode decomposition.
     */
    private static final String[] TABLE = new String[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = slowFold(c);
        }
    }

    /**
     * Whether {@link #normalize} turns {@code c} into a word break wherever it stands (a space, a hyphen, most
     * punctuation): false for what it keeps or drops (letters, marks, apostrophes) and for {@link #arabicScript},
     * which is transliterated with the whole name it stands in.
     */
    public static boolean breaksWord(char c) {
        return !arabicScript(c) && (c < TABLE.length ? TABLE[c] : slowFold(c)).equals(" ");
    }

    /** A char of the Arabic block: a name holding one is transliterated whole before it is normalized. */
    public static boolean arabicScript(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    /** True when the key so far ends in a lone French elided article or preposition: d'Idleb, l'Oronte, qu'Alep. */
    private static boolean isElision(StringBuilder out, boolean space) {
        int n = out.length();
        if (space || n == 0) {
            return false;
        }
        boolean lone = n == 1 || out.charAt(n - 2) == ' ';
        boolean qu = n >= 2 && out.charAt(n - 2) == 'q' && out.charAt(n - 1) == 'u' && (n == 2 || out.charAt(n - 3) == ' ');
        return (lone && (out.charAt(n - 1) == 'd' || out.charAt(n - 1) == 'l')) || qu;
    }

    private static String slowFold(char c) {
        if (isApostrophe(c)) {
            return "";
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean anyMark = false;
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            int type = Character.getType(x);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || isApostrophe(x)) {
                anyMark = true;
            } else if (Character.isLetterOrDigit(x)) {
                out.append(foldLetter(Character.toLowerCase(x)));
            }
        }
        return out.length() > 0 || anyMark ? out.toString() : " ";
    }

    /** The consonant-skeleton key described in the class comment; "" when nothing is left. */
    public static String fold(String name) {
        return foldNormalized(normalize(name));
    }

    /**
     * How many chars of a {@link #fold} key are letters of its skeleton: all but the spaces between its words (what
     * {@code key.replace(" ", "").length()} counts, without the copy). The fold matchers (gazetteer, geoparser,
     * phrase catalogs) take a loose key only from so many on.
     */
    public static int skeletonLength(String foldKey) {
        int n = 0;
        for (int i = 0; i < foldKey.length(); i++) {
            n += foldKey.charAt(i) == ' ' ? 0 : 1;
        }
        return n;
    }

    /** {@link #fold} of a string that is already {@link #normalize normalized}: saves normalizing twice. */
    public static String foldNormalized(String norm) {
        if (norm.indexOf(' ') < 0) { // one word (most keys asked): its skeleton is the key, without a copy
            return norm.isEmpty() || ARTICLES.contains(norm) || DESIGNATORS.contains(norm) ? "" : skeleton(norm);
        }
        StringBuilder out = new StringBuilder(norm.length());
        int start = 0;
        while (start <= norm.length()) {
            int end = norm.indexOf(' ', start);
            if (end < 0) {
                end = norm.length();
            }
            String word = norm.substring(start, end);
            if (!word.isEmpty() && !ARTICLES.contains(word) && !DESIGNATORS.contains(word)) {
                String skeleton = skeleton(word);
                if (!skeleton.isEmpty()) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(skeleton);
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * One normalized word's consonant skeleton; repeats collapse only when adjacent (Khanasser, not Bab). A word
     * that starts with a vowel (or ʿayn, which Latin spellings write as a vowel or nothing) keeps one "a" in front:
     * Idlib "adlb", Azaz "ad", but Da'el "dl". Measured on the Syrian gazetteer it raised same-place recall (with
     * the designator list) and lowered distant collisions slightly (0.561 to 0.538).
     */
    static String skeleton(String word) {
        String w = word;
        if (w.length() > 4 && isVowel(w.charAt(0)) && w.charAt(1) == w.charAt(2) && "tdrzsnl".indexOf(w.charAt(1)) >= 0) {
            w = w.substring(1); // article fused with a sun letter: "ezzor", "arraqqa"
        } else if (w.length() > 4 && w.startsWith("el") && !isVowel(w.charAt(2)) && w.charAt(2) != 'l') {
            w = w.substring(2); // article fused in UN-style spellings: "Elfijeh", "Elsharqiyeh"
        }
        boolean initialVowel = "aeiou".indexOf(w.charAt(0)) >= 0 && !(w.startsWith("ou") && w.length() > 2
                && isVowel(w.charAt(2)));
        if (w.length() > 3 && w.charAt(w.length() - 1) == 'h' && isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        boolean nisba = w.length() > 3 && endsWithNisba(w);
        StringBuilder sb = new StringBuilder(w.length() + 1);
        if (initialVowel) {
            sb.append('a');
        }
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char mapped;
            switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        i++;
                    }
                    mapped = next == 'h' || next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                }
                case 'k', 'q' -> {
                    mapped = 'k';
                    i += next == 'h' ? 1 : 0;
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
                    mapped = next == 'j' ? 'j' : 'd';
                    i += next == 'j' || next == 'h' || next == 'z' ? 1 : 0;
                }
                case 'z' -> mapped = 'd';
                case 't', 'g' -> {
                    mapped = c;
                    i += next == 'h' ? 1 : 0;
                }
                case 'p' -> mapped = 'b';
                case 'v' -> mapped = 'f';
                case 'x' -> mapped = 'k';
                default -> mapped = isVowel(c) ? 0 : c;
            }
            if (mapped != 0 && mapped != last) {
                sb.append(mapped);
            }
            last = mapped;
        }
        if (nisba && (sb.length() == 0 || sb.charAt(sb.length() - 1) != 'y')) {
            sb.append('y');
        }
        return sb.toString();
    }

    /**
     * The feminine nisba ending -iyya(h) in its spellings (-iyah, -iyeh, -iyya, -eyyeh, -ia, -ie, French -ié, Arabic
     * ـية), final h already gone: without it, whose y reads as a vowel, Hamidiyah would fold like Humaydah. Matches
     * {@code (?:[ie]?y+|i)[ae]$}.
     */
    private static boolean endsWithNisba(String w) {
        int i = w.length() - 1;
        char last = w.charAt(i);
        if (last != 'a' && last != 'e') {
            return false;
        }
        char before = w.charAt(i - 1);
        if (before == 'i') {
            return true;
        }
        return before == 'y';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
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

    /**
     * Arabic script letter by letter to a Latin consonant rendering; the article ال at a word start is dropped.
     * Persian and Urdu letters too (ی, ک, ہ, ٹ…): GeoNames spells Afghan and Pakistani towns with them, and a
     * name losing them shrank to a word ("آیبک", Aibak, was "ab": every "Ab" in a report went to Samangan).
     */
    static String transliterateArabic(String s) {
        boolean arabic = false;
        for (int i = 0; i < s.length() && !arabic; i++) {
            arabic = arabicScript(s.charAt(i));
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
                out.append(arabicLetter(w.charAt(i), i == 0));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String arabicLetter(char c, boolean initial) {
        return switch (c) {
            case 'ا', 'أ', 'إ', 'آ', 'ى', 'ة' -> "a";
            case 'ب' -> "b";
            case 'ت', 'ط', 'ٹ' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'ح', 'ه', 'ھ', 'ہ' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ض', 'ڈ' -> "d";
            case 'ذ' -> "dh";
            case 'ر', 'ڑ' -> "r";
            case 'ز', 'ظ' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'ع' -> initial ? "a" : "'";
            case 'ء', 'ئ', 'ؤ' -> "'";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق' -> "q";
            case 'ك', 'ک' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن', 'ں' -> "n";
            case 'و' -> "w";
            case 'ي', 'ی', 'ے' -> "y";
            case 'پ' -> "p";
            case 'چ' -> "ch";
            case 'گ' -> "g";
            case 'ژ' -> "zh";
            default -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK ? "" : " ";
        };
    }
}
