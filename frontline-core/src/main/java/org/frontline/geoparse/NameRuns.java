package org.frontline.geoparse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.ResourceLines;
import org.frontline.text.Token;

/**
 * Where a name may start, go on and end among a sentence's tokens, for {@link GazetteerGeoparser}: capitalised words
 * no other stage claimed, with the Arabic, French and Spanish particles and articles that may sit inside a name
 * ("Jisr al-Shughur", "León de los Aldama", "République démocratique du Congo") and the words that are never a place
 * to begin one (not-places.txt). Kept apart from the gazetteer lookups because it reads the tokens alone.
 */
final class NameRuns {
    static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed",
            "es", "ez", "er", "en", "a", "ibn", "bin", "ben", "bani", "beni", "abu", "abou", "umm", "um", "de", "du",
            "des", "la", "le", "of", "and", "del", "los", "las", "do", "da", "dos", "das");
    /** The particles that are never a place alone; "Beni" (DR Congo) or "Ben" may be, the articles may not. */
    static final Set<String> NAME_PARTICLES = Set.of("ibn", "bin", "ben", "bani", "beni", "abu", "abou",
            "umm", "um");
    /** Capitalised articles that begin names ("La Pampa", "Le Kef"), though never a place alone. */
    private static final Set<String> ARTICLES = Set.of("La", "Le");
    /** Lower-case words inside official country names: "République démocratique du Congo" is one name. */
    private static final Set<String> NAME_INFIXES = Set.of("démocratique", "populaire", "fédérale");

    private final Set<String> notPlaces = loadWords("not-places.txt");

    /** The first index from {@code k} on that can start a name ("and", "al" between two names cannot). */
    int nextNameStart(List<Token> tokens, int k, int to, TakenSpans taken) {
        while (k <= to && !startsName(tokens.get(k), taken)) {
            k++;
        }
        return k;
    }

    /** "North Kivu", "South Waziristan": a capitalised compass word may begin a name (tried only as a whole). */
    boolean compassStart(List<Token> tokens, int i, TakenSpans taken) {
        Token t = tokens.get(i);
        // the compass word before the taken spans' binary search: it tells most capitalised words by their first letter
        return capitalizedWord(t) && Directions.of(t.text()) != null && !taken.covers(t) && i + 1 < tokens.size()
                && startsName(tokens.get(i + 1), taken);
    }

    /**
     * "La Pampa", "Le Mans": a capitalised article inside a sentence starts a name when a name follows ("la" alone
     * is never a place; a name the gazetteer lacks with it is then tried without it).
     */
    boolean articleStart(List<Token> tokens, int i, TakenSpans taken) {
        String w = tokens.get(i).text();
        return i > 0 && ARTICLES.contains(w) && i + 1 < tokens.size() && startsName(tokens.get(i + 1), taken);
    }

    /** The last token of the name run starting at {@code i}: six words at most, particles inside it. */
    int runEnd(List<Token> tokens, int i, TakenSpans taken) {
        int end = i;
        int k = i + 1;
        while (k < tokens.size() && k - i < 6) {
            Token t = tokens.get(k);
            if (startsName(t, taken)) {
                end = k;
                k++;
            } else if (PARTICLES.contains(t.lower()) && particlesThenName(tokens, k, taken)) {
                end = afterParticles(tokens, k); // "Ain al Arab": a word never a place alone may end a name
                k = end + 1;
            } else if (NAME_INFIXES.contains(t.lower()) && k + 2 < tokens.size()
                    && PARTICLES.contains(tokens.get(k + 1).lower())
                    && startsName(tokens.get(k + 2), taken)) {
                k += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** "de los" in "León de los Aldama": up to two particles in a row inside a name. */
    private static int afterParticles(List<Token> tokens, int k) {
        int n = k + 1;
        if (n + 1 < tokens.size() && PARTICLES.contains(tokens.get(n).lower())) {
            n++;
        }
        return n;
    }

    private boolean particlesThenName(List<Token> tokens, int k, TakenSpans taken) {
        int n = afterParticles(tokens, k);
        return n < tokens.size() && continuesName(tokens.get(n), taken);
    }

    boolean startsName(Token t, TakenSpans taken) {
        return continuesName(t, taken) && !notPlaces.contains(t.lower());
    }

    /** A capitalised word no other stage claimed: it may go on a name begun before it. */
    private static boolean continuesName(Token t, TakenSpans taken) {
        return capitalizedWord(t) && !taken.covers(t);
    }

    private static boolean capitalizedWord(Token t) {
        return t.kind() == Token.Kind.WORD && t.text().length() >= 2 && capitalizedPart(t.text());
    }

    /** "Alep", "al-Bab", "a-Arbaïne": the word or one of its hyphen parts starts with a capital. */
    private static boolean capitalizedPart(String w) {
        if (Character.isUpperCase(w.codePointAt(0))) {
            return true;
        }
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.codePointAt(h + 1));
    }

    private static Set<String> loadWords(String resource) {
        Set<String> words = new HashSet<>(ResourceLines.of(NameRuns.class, resource));
        words.addAll(List.of("l'", "l’", "d'", "d’"));
        return words;
    }
}
