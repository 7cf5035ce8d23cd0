package org.frontline.geoparse;

import java.util.List;
import java.util.Set;
import org.frontline.text.Token;

/**
 * "Le Premier ministre irakien Haider al-Abadi", "former president Jacob Zuma", "le général Khalifa Haftar": a run of
 * capitalised words right after a title names a person, not a place, though "Haider" and "Jacob" are also places'
 * names (Al Hadar in Iraq, Kayes in Congo). One adjective may stand between the title and the name ("ministre
 * irakien"); a preposition may not ("the governor of Kandahar" is a place). A token check per run: no text scan.
 */
final class Persons {
    /** Titles and roles, French and English, lower case. */
    private static final Set<String> TITLES = Set.of("président", "présidente", "president", "ministre", "minister",
            "général", "general", "maréchal", "marshal", "colonel", "commandant", "commander", "capitaine", "captain",
            "lieutenant", "chef", "chief", "leader", "dirigeant", "porte-parole", "spokesman", "spokeswoman",
            "spokesperson", "émir", "emir", "cheikh", "sheikh", "imam", "roi", "king", "reine", "queen", "prince",
            "m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sénateur", "senator", "député",
            "gouverneur", "governor", "maire", "mayor", "ayatollah", "pape", "pope", "journaliste", "journalist",
            "militant", "activist", "opposant", "ambassadeur", "ambassador", "envoyé", "envoy", "secrétaire",
            "secretary", "premier");
    /** Words that may not stand between a title and a name: they make the name a place ("the governor of X"). */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "d’", "of", "the", "in", "à", "au", "aux",
            "en", "dans", "near", "près", "from", "at", "on", "sur", "and", "et", "for", "pour", "a", "an", "le", "la",
            "les", "l'", "l’", "to", "vers", "with", "avec", "by", "par");

    private Persons() {
    }

    /** Whether the capitalised run starting at token {@code first} follows a title, so names a person. */
    static boolean titled(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && !TITLES.contains(lower(tokens.get(k))) && isLowerWord(tokens.get(k))
                && !LINKS.contains(lower(tokens.get(k)))) {
            k--; // "ministre irakien Haider"
        }
        return k >= 0 && TITLES.contains(lower(tokens.get(k)));
    }

    /** A word in lower case of letters and hyphens (char by char, as {@code s.chars()} gave them, without a stream). */
    private static boolean isLowerWord(Token t) {
        String s = t.text();
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String lower(Token t) {
        return t.lower();
    }
}
