package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.frontline.AnchoredPattern;
import org.frontline.Bundled;
import org.frontline.Extraction;
import org.frontline.geoparse.PlaceMention;
import org.junit.jupiter.api.Test;

/** A pick's places ranked once each give the ranks {@link Locations#rank} gives, asked once or again. */
class LocationRanksTest {
    @Test
    void ranksEachPlaceAsRankDoesWhetherAskedFirstOrAgainOrNotOfTheSentence() throws IOException {
        int ranked = 0;
        for (Bundled.Extracted report : Bundled.fiveReports()) {
            String body = report.body();
            String folded = AnchoredPattern.fold(body);
            Extraction x = report.extraction();
            List<PlaceMention> places = x.places().stream().filter(m -> m.place() != null).toList();
            int half = places.size() / 2;
            Locations.Ranks ranks = new Locations.Ranks(places.subList(0, half), body, folded);
            for (int round = 0; round < 2; round++) {
                for (PlaceMention m : places) { // the second half is not of the ranks' places
                    assertThat(ranks.of(m)).as(m.text() + " at " + m.start()).isEqualTo(Locations.rank(m, body, folded));
                    ranked++;
                }
            }
        }
        assertThat(ranked).isGreaterThan(40);
    }
}
