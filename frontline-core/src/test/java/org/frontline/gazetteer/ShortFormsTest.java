package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.Bundled;
import org.junit.jupiter.api.Test;

/** Issue 3: a municipality abroad named "X de Y" or "San … X" is found by the one word reports name it by. */
class ShortFormsTest {
    @Test
    void theFirstWordOfANameJoinedByDeIsItsShortForm() {
        assertThat(GeoNamesCities.shortForm("Tenancingo", "Tenancingo de Degollado")).isTrue();
        assertThat(GeoNamesCities.shortForm("Ecatepec", "Ecatepec de Morelos")).isTrue();
        assertThat(GeoNamesCities.shortForm("San José", "San José de Viñedo")).isFalse();
        assertThat(GeoNamesCities.shortForm("Valle", "Vallejo")).isFalse();
        assertThat(GeoNamesCities.shortForm("Tenango", "Tenango Norte")).isFalse();
    }

    @Test
    void theNameAfterASaintsIsItsShortFormButNotTheSaintsOwnName() {
        assertThat(GeoNamesCities.shortForm("Pujiltic", "San Francisco Pujiltic")).isTrue();
        assertThat(GeoNamesCities.shortForm("Yaitepec", "Santiago Yaitepec")).isTrue();
        assertThat(GeoNamesCities.shortForm("Marcos", "San Marcos")).isFalse();
        assertThat(GeoNamesCities.shortForm("Meruelo", "San Miguel de Meruelo")).isFalse();
    }

    @Test
    void theBundledGazetteerFindsTheTownByItsShortForm() {
        assertThat(Bundled.gazetteer().lookup("Tenancingo")).extracting(m -> m.place().name())
                .contains("Tenancingo de Degollado", "Tenancingo");
    }

    @Test
    void aShortFormThatNamesTheStateIsTheStateOnly() {
        assertThat(Bundled.gazetteer().lookup("Sinaloa")).extracting(m -> m.place().name())
                .doesNotContain("Sinaloa de Leyva");
    }
}
