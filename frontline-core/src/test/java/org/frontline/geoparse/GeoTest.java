package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTest {
    @Test
    void measuresParisToLondonAsAbout344Km() {
        assertThat(Geo.km(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(343.5, within(1.0));
    }

    @Test
    void measuresOneDegreeOfLatitudeAsAbout111Km() {
        assertThat(Geo.km(35, 37, 36, 37)).isCloseTo(111.2, within(0.1));
    }

    @Test
    void measuresASamePointAsZero() {
        assertThat(Geo.km(35.78159, 37.49919, 35.78159, 37.49919)).isZero();
    }
}
