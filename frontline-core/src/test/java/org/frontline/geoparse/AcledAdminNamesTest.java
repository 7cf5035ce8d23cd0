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

    @Test
    void metropolitanLimaIsAcledsLimaProvinceAndTheRegionAroundItStaysLima() {
        PlaceMention lima = find(Geoparsing.parse("On 6 May 2020, in Lima-La Victoria, Lima Province, around 100 "
                + "people staged a demonstration.", Language.EN, null), "Lima");
        assertThat(lima.place().admin1()).isEqualTo("Lima Province");
        PlaceMention fr = find(Geoparsing.parse("Le 6 mai 2020, une centaine de personnes ont manifesté à Lima, la "
                + "capitale du Pérou.", Language.FR, null), "Lima");
        assertThat(fr.place().admin1()).isEqualTo("Lima Province");
        PlaceMention region = find(Geoparsing.parse("On 30 April 2020, in Santa Cruz de Asia, Lima, neighbors "
                + "staged a demonstration.", Language.EN, null), "Lima");
        assertThat(region.place().admin1()).isEqualTo("Lima");
    }

    @Test
    void theRayonOfMartuniIsKhojavendInEnglishAndFrench() {
        PlaceMention en = find(Geoparsing.parse("On 9 May 2020, military forces of Artsakh fired on the positions of "
                + "the military forces of Azerbaijan near Nargiztapa, Khojavend.", Language.EN, null), "Khojavend");
        assertThat(en.place().admin1()).isEqualTo("Khojavend");
        PlaceMention fr = find(Geoparsing.parse("Les forces de l'Artsakh ont tiré sur les positions azerbaïdjanaises "
                + "près de Nargiztapa, dans le district de Xocavənd.", Language.FR, null), "Xocavənd");
        assertThat(fr.place().admin1()).isEqualTo("Khojavend");
    }

    @Test
    void aCapitalNamedLikeTheProvinceAroundItIsTheCapitalUnlessItQualifiesATown() {
        PlaceMention en = find(Geoparsing.parse("On 2 May 2020, residents set up a tent camp and protested in Sofia, "
                + "demanding the resignation of the Bulgarian President.", Language.EN, null), "Sofia");
        assertThat(en.place().admin1()).isEqualTo("Sofia City");
        assertThat(en.geoPrecision()).isEqualTo(1);
        PlaceMention fr = find(Geoparsing.parse("Le 2 mai 2020, des habitants ont manifesté à Sofia pour exiger la "
                + "démission du président bulgare.", Language.FR, null), "Sofia");
        assertThat(fr.place().admin1()).isEqualTo("Sofia City");
        PlaceMention unit = find(Geoparsing.parse("On 30 April 2020, in Martinez (Buenos Aires), residents performed "
                + "a pot-banging protest.", Language.EN, null), "Buenos Aires");
        assertThat(unit.place().adminLevel()).isEqualTo(1);
        assertThat(unit.place().admin1()).isEqualTo("Buenos Aires");
    }

    @Test
    void libyasJafaraDistrictIsAcledsAljfaraInEnglishAndFrench() {
        PlaceMention en = find(Geoparsing.parse("On 9 May 2020, GNA and LNA forces reportedly clashed in Wadi al-Rabi "
                + "(Aljfara).", Language.EN, null), "Aljfara");
        assertThat(en.place().admin1()).isEqualTo("Aljfara");
        PlaceMention fr = find(Geoparsing.parse("Des combats ont opposé les forces du GNA et de l'ANL à Wadi al-Rabi, "
                + "dans la région de Jafara.", Language.FR, null), "Jafara");
        assertThat(fr.place().admin1()).isEqualTo("Aljfara");
    }
}
