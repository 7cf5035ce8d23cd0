package org.frontline.geoparse;

import java.util.Set;
import org.frontline.text.NameKey;

/**
 * How far apart two spellings of a name are, letter by letter, once both are normalized and their Arabic
 * articles dropped. Transliterations of one name differ in a few letters (Idleb/Idlib, Khanacer/Khanasir,
 * Nassriya/Nasiriyah, Deir ez-Zor/Dayr az Zawr); an English word whose consonant skeleton happens to be a
 * village's ("Party"/"Buwayrat", "Camp"/"Kamb") differs in most of them.
 */
final class Spelling {
    /** Edits per letter of the longer spelling above which two spellings are not one name's. */
    static final double MAX_DISTANCE = 0.34;
    /** The vowels of {@link #isVowel}, one bit per letter from 'a'. */
    private static final int VOWELS = 1 << 'a' - 'a' | 1 << 'e' - 'a' | 1 << 'i' - 'a' | 1 << 'o' - 'a'
            | 1 << 'u' - 'a' | 1 << 'y' - 'a' | 1 << 'w' - 'a';
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "a", "ad", "adh", "ag", "ar", "as",
            "ash", "at", "ath", "az", "an", "ed", "edh", "en", "er", "es", "esh", "ech", "et", "eth", "ez");

    private Spelling() {
    }

    static boolean close(String a, String b) {
        return bareClose(bare(a), b);
    }

    /** {@link #close} of a spelling already made {@link #bare} (one surface against many names). */
    static boolean bareClose(String x, String b) {
        String y = bare(b);
        int longest = Math.max(x.length(), y.length());
        // every letter one spelling has more costs at least half an edit: a far length settles it without the table
        return longest > 0 && 0.5 * Math.abs(x.length() - y.length()) / longest <= MAX_DISTANCE
                && distance(x, y, longest) / longest <= MAX_DISTANCE;
    }

    /** Normalized, articles dropped, spaces removed: "Deir ez-Zor" → "deirzor". */
    static String bare(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : NameKey.normalize(name).split(" ")) {
            if (!ARTICLES.contains(w)) {
                out.append(w);
            }
        }
        return out.toString();
    }

    /**
     * Edit distance where what transliterations disagree on costs half: a vowel (or w/y used as one) for another,
     * and adding or dropping a vowel or an h ("Basira"/"Busayrah" 2, "Camp"/"Kamb" 2 on four letters).
     */
    static double distance(String a, String b) {
        return distance(a, b, 0);
    }

    /**
     * {@link #distance}, or, once no alignment can stay close ({@link #MAX_DISTANCE} of {@code longest}; 0: never
     * stop), the smallest cost of the row reached, already too far: a row's smallest cost never falls in the next
     * row, and most loose matches' names are far from the surface within their first letters.
     */
    static double distance(String a, String b, int longest) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char x = a.charAt(i - 1);
            double indelX = indel(x);
            boolean vowelX = isVowel(x);
            cur[0] = prev[0] + indelX;
            double least = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : vowelX && isVowel(y) ? 0.5 : 1;
                cur[j] = Math.min(prev[j - 1] + sub, Math.min(prev[j] + indelX, cur[j - 1] + indel(y)));
                least = Math.min(least, cur[j]);
            }
            if (longest > 0 && least / longest > MAX_DISTANCE) {
                return least;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static double indel(char c) {
        return isVowel(c) || c == 'h' ? 0.5 : 1;
    }

    /** One of "aeiouyw" (a bit test: the table asks it of every cell). */
    static boolean isVowel(char c) {
        return c >= 'a' && c <= 'y' && (VOWELS >>> (c - 'a') & 1) != 0;
    }
}
