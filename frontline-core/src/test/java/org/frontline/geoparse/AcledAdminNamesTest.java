package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: first-level units carry ACLED's spelling where GeoNames transliterates or designates them otherwise
 * (admin1-acled.tsv), and the GeoNames spelling still finds them.
 */
class AcledAdminNamesTest {
    @Test
    void aCroatianTownLiesInItsCountyAsAcledSpellsIt() {
        PlaceMention m = find(Geoparsing.parse("On 1 May 2020, citizens protested in Sibenik, Croatia, against the "
                + "government.", Language.EN, null), "Sibenik");
        assertThat(m.place().admin1()).isEqualTo("Sibenik-Knin");
    }

    @Test
    void aFrenchReportGetsTheSameSpellingOfAnIranianProvince() {
        PlaceMention m = find(Geoparsing.parse("Des manifestants se sont rassemblés à Tabriz, dans le nord-ouest de "
                + "l'Iran.", Language.FR, null), "Tabriz");
        assertThat(m.place().admin1()).isEqualTo("East Azarbaijan");
    }

    @Test
    void theGeoNamesSpellingOfAUnitStillNamesIt() {
        PlaceMention m = find(Geoparsing.parse("Clashes were reported in the province of Batys Qazaqstan.",
                Language.EN, null), "Batys Qazaqstan");
        assertThat(m.place().adminLevel()).isEqualTo(1);
        assertThat(m.place().admin1()).isEqualTo("West Kazakhstan");
    }
}
