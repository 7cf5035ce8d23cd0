package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchoredPattern#findIn} reads the slice in place (a matcher region, the anchors sought in the fold between
 * the bounds): it must answer as the regex on a copy of the slice, on real French and English reports, with the
 * events stage's own patterns and with lookarounds, word bounds and line anchors at the slice's ends.
 */
class FindInTest {
    private static final String[] REPORTS = {"corpus/2018-01-aleppo-khanasir.txt",
        "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
        "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"};
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void findsInASliceWhatTheRegexFindsInItsCopy() throws IOException {
        List<AnchoredPattern> patterns = new ArrayList<>(List.of(Locations.EARLIER_EVENT, Locations.CLAUSE_BREAK,
                Locations.DESTINATION, RuleEventCoder.ATTRIBUTED, TypeRefinement.ARMED_TARGET,
                TypeRefinement.CIVILIAN_TARGET, TypeRefinement.LOOTING, TypeRefinement.CROWD));
        for (String re : List.of("\\bforces?\\b", "^\\s*(?:les|the)\\b", "(?:army|armée)\\s*$", "(?<=\\s)rebel",
                "(?<!\\w)kill\\w*(?!\\w)", "\\Aal", "ont\\z", "syri\\w+", "sarin|chlore")) {
            patterns.add(AnchoredPattern.compile(re, CI));
            patterns.add(AnchoredPattern.compile(re, Pattern.MULTILINE));
        }
        int tried = 0;
        int found = 0;
        for (String body : TestTexts.asWrittenAndUpperCased(REPORTS)) {
            String folded = AnchoredPattern.fold(body);
            for (int at = 0; at <= body.length(); at++) {
                if (at > 0 && at < body.length() && body.charAt(at - 1) != ' ' && body.charAt(at) != ' ') {
                    continue; // the coder's windows end or start at a word's edge
                }
                for (int reach : new int[] {0, 3, 25, 50, 120}) {
                    for (int[] w : new int[][] {{Math.max(0, at - reach), at}, {at, Math.min(body.length(), at + reach)}}) {
                        for (AnchoredPattern p : patterns) {
                            boolean expected = p.pattern().matcher(body.substring(w[0], w[1])).find();
                            assertThat(p.findIn(body, folded, w[0], w[1]))
                                    .as(p.pattern() + " in [" + body.substring(w[0], w[1]) + "]").isEqualTo(expected);
                            tried++;
                            found += expected ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(100_000);
        assertThat(found).isGreaterThan(1_000);
    }
}
