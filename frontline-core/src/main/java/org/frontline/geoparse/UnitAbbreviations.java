package org.frontline.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.frontline.text.Token;

/**
 * "Salem city (Salem, TN)", "Shahpur sector (Poonch district, J&K)", "Ballia district (UP)": Indian and Pakistani
 * reports close a place's parenthesis with its state's abbreviation ({@value #RESOURCE}). Read as the state only
 * there, after a comma or alone in the parentheses and right before ")", where it then qualifies the place like the
 * state's full name would ({@link VillageTrust}): elsewhere "AP" is a news agency and "MP" a member of parliament,
 * and alone in parentheses they still are ("WASHINGTON (AP)"). One check per capitalised token that follows a
 * comma or a parenthesis, over a table of a few entries: no scan of the text.
 */
final class UnitAbbreviations {
    static final String RESOURCE = "unit-abbreviations.tsv";

    private record Entry(String abbreviation, Place unit) {
    }

    /** Alone in parentheses, "(AP)" credits the news agency and "(MP)" a member of parliament. */
    private static final Set<String> AMBIGUOUS_ALONE = Set.of("AP", "MP");

    private final List<Entry> entries = new ArrayList<>();

    UnitAbbreviations(Gazetteer gazetteer) {
        for (String line : ResourceLines.of(UnitAbbreviations.class, RESOURCE)) {
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new FrontlineException(RESOURCE + ": expected 'abbreviation<TAB>country<TAB>unit', got '"
                        + line + "'");
            }
            // a gazetteer without the unit (an imported one) simply never reads the abbreviation
            gazetteer.admin1(f[1], f[2]).ifPresent(u -> entries.add(new Entry(f[0], u)));
        }
    }

    /**
     * The state the abbreviation starting at token {@code i} stands for, as a candidate; null when there is none
     * there or it is not between a comma and a closing parenthesis.
     */
    GazetteerGeoparser.Candidate candidate(String body, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int start = t.start();
        char before = t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().charAt(0))
                ? charBefore(body, start) : 0;
        if (before != ',' && before != '(') {
            return null;
        }
        for (Entry e : entries) {
            int end = start + e.abbreviation().length();
            if (body.startsWith(e.abbreviation(), start) && end < body.length() && body.charAt(end) == ')'
                    && (before == ',' || !AMBIGUOUS_ALONE.contains(e.abbreviation()))) {
                int b = i;
                while (b + 1 < tokens.size() && tokens.get(b + 1).end() <= end) {
                    b++;
                }
                return new GazetteerGeoparser.Candidate(start, end, e.abbreviation(),
                        List.of(new PlaceMatch(e.unit(), true, e.abbreviation())), SpatialCue.around(tokens, i, b),
                        false);
            }
        }
        return null;
    }

    /** The last character before {@code start} that is no space; 0 when none. */
    private static char charBefore(String body, int start) {
        int before = start - 1;
        while (before >= 0 && body.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 ? body.charAt(before) : 0;
    }
}
