package org.frontline.geoparse;

import org.frontline.AnchoredPattern;

/**
 * Where people or things came from ("refugees arrived from Tachira state", "upon the body's arrival from Istanbul",
 * "25 people who came recently from Syria", "fighters who are also from Deir-ez-Zor", "des déplacés venus de
 * Deraa"): a place named there is not where the event happened, and a country named there is not the one the report
 * is about. "Citizens from Redeyef protested" live there, and "set out from Beirut" is where a march began, which
 * ACLED codes: neither is an origin.
 */
public final class Origins {
    /** The words of an origin, ending right before the name (anchored: most windows hold none of its words). */
    public static final AnchoredPattern BEFORE = AnchoredPattern.compile("(?:\\b(?:arriv\\w*|came|coming|returned|returning|"
            + "fled|fleeing|displaced|deported|repatriated|transferred|brought|evacuated)(?:\\s+\\w+ly)? from"
            + "|\\b(?:is|are|was|were|hails?|hailing|originally|natives?)(?:\\s+\\w+)? from"
            + "|\\ben provenance|\\boriginaires?|\\b(?:venu|arrivé|rentré|revenu|déplacé|évacué|rapatrié)(?:e|s|es)?"
            + "(?:\\s+\\p{L}+ment)?)"
            + "\\s+(?:(?:de|du|des|d['’])\\s*)?(?:the\\s+|l['’]\\s*|la\\s+|le\\s+)?$");
    /** How far before a name the words of an origin can begin. */
    private static final int REACH = 36;

    private Origins() {
    }

    /**
     * Whether the name starting at {@code start} in {@code body} is named as an origin.
     *
     * @param folded the body's {@link org.frontline.text.AnalyzedText#folded()}
     */
    public static boolean at(String body, String folded, int start) {
        return BEFORE.findIn(body, folded, Math.max(0, start - REACH), start);
    }
}
