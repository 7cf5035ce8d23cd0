package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.Bundled;
import org.frontline.geoparse.Geo;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: a Syrian governorate is placed where ACLED codes an event known only to the governorate, at its seat
 * (Dar'a province at Daraa city), not at its centroid 27 km off.
 */
class GovernorateSeatsTest {
    @Test
    void aSyrianGovernorateLiesAtItsSeat() {
        Place daraa = Bundled.gazetteer().admin1("SY", "Dar'a").orElseThrow();
        assertThat(daraa.adminLevel()).isEqualTo(1);
        assertThat(Geo.km(daraa.lat(), daraa.lon(), 32.6189, 36.1021)).isLessThan(1);
        Place hasakeh = Bundled.gazetteer().admin1("SY", "Al-Hasakeh").orElseThrow();
        assertThat(Geo.km(hasakeh.lat(), hasakeh.lon(), 36.5024, 40.7477)).isLessThan(1);
    }

    @Test
    void aGovernorateWithoutASeatOfItsOwnKeepsItsCentroid() {
        Place rural = Bundled.gazetteer().admin1("SY", "Rural Damascus").orElseThrow();
        Place damascus = Bundled.gazetteer().admin1("SY", "Damascus").orElseThrow();
        assertThat(Geo.km(rural.lat(), rural.lon(), damascus.lat(), damascus.lon())).isGreaterThan(10);
    }
}
