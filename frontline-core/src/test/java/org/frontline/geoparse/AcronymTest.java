package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Issue 3: a short word in capitals is an organisation's acronym before it is a small place abroad. */
class AcronymTest {
    @Test
    void aBroadcastersAcronymIsNoTownAndLeavesTheCityOfTheProtest() {
        List<PlaceMention> ms = Geoparsing.parse("On 5 May 2020, ABS CBN employees and members of the National Union "
                + "of Journalists of the Philippines (NUJP) staged a silent protest in front of the ABS CBN headquarters "
                + "in Quezon City after ABS CBN was forced off air.", Language.EN, null);
        assertThat(ms).noneMatch(m -> m.text().equals("ABS") && m.place() != null);
        PlaceMention quezon = find(ms, "Quezon");
        assertThat(quezon.place().country()).isEqualTo("PH");
        assertThat(quezon.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aCityWrittenInCapitalsIsStillTheCity() {
        PlaceMention homs = find(Geoparsing.parse("Des obus sont tombés sur HOMS, selon l'OSDH.", Language.FR, null),
                "HOMS");
        assertThat(homs.place().name()).isEqualTo("Homs");
        assertThat(homs.place().country()).isEqualTo("SY");
    }
}
