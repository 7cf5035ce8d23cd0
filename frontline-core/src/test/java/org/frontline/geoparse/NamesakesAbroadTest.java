package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Issue 3: a town named with its country, or a seat of government, is not its namesake in another country. */
class NamesakesAbroadTest {
    @Test
    void aTownNamedWithItsCountrysUsualEnglishNameIsInThatCountry() {
        PlaceMention en = find(Geoparsing.parse("On 29 April 2020, locals protested in Foca, Bosnia and Herzegovina, "
                + "against the construction of a mini hydro power plant.", Language.EN, null), "Foca");
        assertThat(en.place().country()).isEqualTo("BA");
        PlaceMention fr = find(Geoparsing.parse("Le 29 avril 2020, des habitants ont manifesté à Foca, en "
                + "Bosnie-Herzégovine, contre une centrale hydroélectrique.", Language.FR, null), "Foca");
        assertThat(fr.place().country()).isEqualTo("BA");
    }

    @Test
    void aSeatOfGovernmentCountsAsACapital() {
        PlaceMention m = find(Geoparsing.parse("On 30 April 2020, in La Paz city, dozens of tailors staged a "
                + "demonstration and marched around the city.", Language.EN, null), "La Paz");
        assertThat(m.place().country()).isEqualTo("BO");
    }

    @Test
    void aPakistaniTownIsFoundByTheSpellingReportsUse() {
        PlaceMention m = find(Geoparsing.parse("On 1 May 2020, journalists held a protest demonstration in Mirpur "
                + "Bathoro town (Sujawal, Sindh).", Language.EN, null), "Mirpur Bathoro");
        assertThat(m.place().name()).isEqualTo("Mirpur Bhtoro");
    }
}
