package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.Place;
import org.frontline.gazetteer.PlaceMatch;
import org.junit.jupiter.api.Test;

/**
 * Speed round 28g: {@link CountryVote#exactMatches} hands a list of exact matches back as it is, and copies only a
 * list it must cut; both give what the copy-then-remove form gave, in the same order.
 */
class CountryVoteExactMatchesTest {
    private static PlaceMatch match(String id, String feature, boolean exact) {
        Place p = new Place(id, "Lebanon", 0, 0, feature.startsWith("P") ? "P" : "A", feature, "LB", null, null, null,
                1000, List.of());
        return new PlaceMatch(p, exact, "Lebanon");
    }

    /** The form before: every exact match copied, then the non-countries removed when a country is among them. */
    private static List<PlaceMatch> copied(List<PlaceMatch> matches) {
        List<PlaceMatch> exact = new ArrayList<>();
        boolean country = false;
        for (PlaceMatch m : matches) {
            if (m.exact()) {
                exact.add(m);
                country |= m.place().isCountry();
            }
        }
        if (country) {
            exact.removeIf(m -> !m.place().isCountry());
        }
        return exact;
    }

    @Test
    void givesTheCopiedFormsMatchesAndSharesAListItNeedNotCut() {
        PlaceMatch country = match("c", "PCLI", true);
        PlaceMatch town = match("t", "PPL", true);
        PlaceMatch town2 = match("t2", "PPLA", true);
        PlaceMatch loose = match("l", "PPL", false);
        PlaceMatch looseCountry = match("lc", "PCLI", false);
        List<List<PlaceMatch>> cases = List.of(List.of(), List.of(loose), List.of(town, town2), List.of(country),
                List.of(town, country, town2), List.of(town, loose, town2), List.of(loose, country, town),
                List.of(looseCountry, town), List.of(town2, looseCountry, country, loose, town));
        for (List<PlaceMatch> matches : cases) {
            assertThat(CountryVote.exactMatches(matches)).as(matches.toString()).containsExactlyElementsOf(
                    copied(matches));
        }
        List<PlaceMatch> allTowns = List.of(town, town2);
        assertThat(CountryVote.exactMatches(allTowns)).isSameAs(allTowns);
        List<PlaceMatch> mixed = List.of(town, country);
        assertThat(CountryVote.exactMatches(mixed)).isNotSameAs(mixed).containsExactly(country);
        assertThat(CountryVote.exactMatches(List.of(town, loose, town2))).containsExactly(town, town2);
    }
}
