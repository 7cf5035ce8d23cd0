package org.frontline.geoparse;

import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;

/**
 * "Seytenga, près de la frontière nigérienne", "near the border with Turkey", "à la frontière avec le Mali": the
 * country named across a border is where the place is not, so it votes for the document's country no more than a
 * hint does, and its people ("frontière nigérienne") not at all.
 */
public final class Borders {
    private static final AnchoredPattern ACROSS = AnchoredPattern.compile(
            "(?:border with|borders with|frontier with|bordering|fronti[èe]re avec|fronti[èe]res avec|frontalier (?:avec|du|de)|"
                    + "frontali[èe]re (?:avec|du|de)|fronti[èe]re)\\s+(?:the\\s+|le\\s+|la\\s+|les\\s+|l['’]\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int REACH = 32;

    private Borders() {
    }

    /**
     * Whether the word at {@code start} is named across a border.
     *
     * @param folded the body's {@link org.frontline.text.AnalyzedText#folded()}
     */
    public static boolean across(String body, String folded, int start) {
        return ACROSS.findIn(body, folded, Math.max(0, start - REACH), start);
    }
}
