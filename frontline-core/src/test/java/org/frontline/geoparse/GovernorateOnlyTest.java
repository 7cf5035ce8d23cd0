package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Issue 3: an event known only to a Syrian governorate is placed at the governorate's seat, as ACLED codes it. */
class GovernorateOnlyTest {
    private static final double DARAA_LAT = 32.6189;
    private static final double DARAA_LON = 36.1021;

    @Test
    void aGovernorateNamedAloneIsTheUnitAtItsSeat() {
        PlaceMention m = find(Geoparsing.parse("Movement of forces: On 9 May 2020, regime forces brought in military "
                + "reinforcements to southern Syria, likely in connection to the ongoing clashes in Dar'a province.",
                Language.EN, null), "Dar'a");
        assertThat(m.place().adminLevel()).isEqualTo(1);
        assertThat(m.geoPrecision()).isEqualTo(3);
        assertThat(Geo.km(m.place().lat(), m.place().lon(), DARAA_LAT, DARAA_LON)).isLessThan(1);
    }

    @Test
    void theFrenchProvinceOfDeraaIsPlacedAtItsSeatToo() {
        PlaceMention m = find(Geoparsing.parse("Les forces du régime ont envoyé des renforts dans la province de Deraa.",
                Language.FR, null), "Deraa");
        assertThat(m.place().adminLevel()).isEqualTo(1);
        assertThat(Geo.km(m.place().lat(), m.place().lon(), DARAA_LAT, DARAA_LON)).isLessThan(1);
    }
}
