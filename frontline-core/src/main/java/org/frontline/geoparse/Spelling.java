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
        return bothBareClose(x, bare(b));
    }

    /** {@link #close} of two spellings both already made {@link #bare}. */
    static boolean bothBareClose(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        // every letter one spelling has more costs at least half an edit: a far length settles it without the table
        return longest > 0 && 0.5 * Math.abs(x.length() - y.length()) / longest <= MAX_DISTANCE
                && distance(x, y, longest) / longest <= MAX_DISTANCE;
    }

    /** Normalized, articles dropped, spaces removed: "Deir ez-Zor" → "deirzor". */
    static String bare(String name) {
        String norm = NameKey.normalize(name);
        int space = norm.indexOf(' ');
        if (space < 0) {
            return ARTICLES.contains(norm) ? "" : norm; // one word (most names): no copy
        }
        StringBuilder out = new StringBuilder(norm.length());
        for (int start = 0; start <= norm.length(); space = norm.indexOf(' ', start)) {
            int end = space < 0 ? norm.length() : space;
            String w = norm.substring(start, end);
            if (!ARTICLES.contains(w)) {
                out.append(w);
            }
            start = end + 1;
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
        // costs are counted in half edits, as ints: every cost is a multiple of one half, so the sums are those the
        // doubles made, exactly, and halving them at the end gives the same double
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            prev[j] = prev[j - 1] + halfIndel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char x = a.charAt(i - 1);
            int indelX = halfIndel(x);
            boolean vowelX = isVowel(x);
            cur[0] = prev[0] + indelX;
            int least = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                char y = b.charAt(j - 1);
                int sub = x == y ? 0 : vowelX && isVowel(y) ? 1 : 2;
                cur[j] = Math.min(prev[j - 1] + sub, Math.min(prev[j] + indelX, cur[j - 1] + halfIndel(y)));
                least = Math.min(least, cur[j]);
            }
            if (longest > 0 && least / 2.0 / longest > MAX_DISTANCE) {
                return least / 2.0;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] / 2.0;
    }

    /** What adding or dropping {@code c} costs, in half edits. */
    private static int halfIndel(char c) {
        return isVowel(c) || c == 'h' ? 1 : 2;
    }

    /** One of "aeiouyw" (a bit test: the table asks it of every cell). */
    static boolean isVowel(char c) {
        return c >= 'a' && c <= 'y' && (VOWELS >>> (c - 'a') & 1) != 0;
    }
}
