package org.frontline.geoparse;

import java.util.List;
import java.util.Set;
import org.frontline.text.Token;

/**
 * "the Leelkayse clan and Saad sub-clans", "the Al Omar and Al Sayid families", "la tribu des Ouled Slama": clans,
 * tribes and families bear names that are also places' (Sa'ad in Israel); named with such a word they are the
 * group, not a place. Two token checks per name the gazetteer matched: no scan of the text.
 */
final class Lineages {
    /** Words after a name that make it a lineage's ("Saad sub-clans"). */
    private static final Set<String> AFTER = Set.of("clan", "clans", "sub-clan", "sub-clans", "subclan", "subclans",
            "tribe", "tribes", "tribesmen", "clansmen", "family", "families");
    /** Words before a name that make it a lineage's ("la tribu des Ouled Slama", "the clan of"). */
    private static final Set<String> BEFORE = Set.of("clan", "tribu", "tribe", "famille", "sous-clan");
    /** Articles and prepositions that may stand between the word before and the name ("la tribu des X"). */
    private static final Set<String> LINKS = Set.of("des", "de", "du", "d'", "d’", "of", "the", "les", "al");

    private Lineages() {
    }

    /** Whether the name on tokens [first, last] is told as a clan's, tribe's or family's. */
    static boolean names(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && AFTER.contains(lower(tokens.get(last + 1)))) {
            return true;
        }
        int k = first - 1;
        while (k >= 0 && first - k <= 2 && LINKS.contains(lower(tokens.get(k)))) {
            k--;
        }
        return k >= 0 && BEFORE.contains(lower(tokens.get(k)));
    }

    private static String lower(Token t) {
        return t.lower();
    }
}
