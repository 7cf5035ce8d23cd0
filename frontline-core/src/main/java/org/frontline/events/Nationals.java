package org.frontline.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.geoparse.Peoples;

/**
 * The nationality of a crowd when the report gives it: ACLED names protesters and rioters after it, not after where
 * they stand ("Venezuelan migrants protested in Bogota" is Protesters (Venezuela), "Chinese demonstrators clashed
 * with Nepal Police" Rioters (China), "Palestinian refugees held a sit-in in Ein al-Hilweh" Protesters (Palestine)).
 * Read from a country adjective right before a word for people (English) or right after it (French: "des réfugiés
 * vénézuéliens"). The adjectives are the geoparser's ({@link Peoples}): a word two countries share names neither.
 * Immutable and thread-safe.
 */
final class Nationals {
    private static final String PEOPLE_EN = "refugees|migrants|nationals|citizens|workers|students|tourists|"
            + "asylum[- ]seekers|demonstrators|protesters|protestors|expatriates|returnees|pilgrims|prisoners|detainees|"
            + "truck drivers|fishermen|community|diaspora";
    static final AnchoredPattern BEFORE = AnchoredPattern.compile("\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:" + PEOPLE_EN + ")\\b");
    static final AnchoredPattern AFTER = AnchoredPattern.compile("\\b(?:réfugiés|migrants|ressortissants|citoyens|"
            + "travailleurs|étudiants|touristes|demandeurs d'asile|manifestants|protestataires|émeutiers|expatriés|"
            + "pèlerins|détenus|prisonniers|membres de la communauté|communauté|diaspora)\\s+(\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Peoples peoples;

    Nationals(Peoples peoples) {
        this.peoples = peoples;
    }

    /** The country of the crowd the text names by its nationality; null when it names none. */
    String of(String text) {
        return of(text, AnchoredPattern.fold(text)); // once for both patterns: most texts name no people
    }

    /** {@link #of(String)} for a text whose {@link AnchoredPattern#fold} is {@code folded} (its caller's). */
    String of(String text, String folded) {
        for (AnchoredPattern p : new AnchoredPattern[] {BEFORE, AFTER}) {
            Matcher m = p.matcher(text, folded);
            while (m.find()) {
                String iso2 = peoples.countryOf(m.group(1));
                if (iso2 != null) {
                    return iso2;
                }
            }
        }
        return null;
    }
}
