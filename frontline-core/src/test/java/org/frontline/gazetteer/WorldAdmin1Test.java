package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldAdmin1Test {
    @Test
    void writesGeoNamesUnitNamesAsAcledDoes() {
        assertThat(WorldAdmin1.acledStyle("Ta‘izz")).isEqualTo("Taizz");
        assertThat(WorldAdmin1.acledStyle("Ma’rib")).isEqualTo("Marib");
        assertThat(WorldAdmin1.acledStyle("Helmand Province")).isEqualTo("Helmand");
        assertThat(WorldAdmin1.acledStyle("State of West Bengal")).isEqualTo("West Bengal");
        assertThat(WorldAdmin1.acledStyle("Free and Sovereign State of Baja California")).isEqualTo("Baja California");
        assertThat(WorldAdmin1.acledStyle("Diyarbakır")).isEqualTo("Diyarbakir");
        assertThat(WorldAdmin1.acledStyle("Donetsk Oblast")).isEqualTo("Donetsk");
        assertThat(WorldAdmin1.acledStyle("Ferizaj District")).isEqualTo("Ferizaj");
        assertThat(WorldAdmin1.acledStyle("Pristina Districte")).isEqualTo("Pristina");
        assertThat(WorldAdmin1.acledStyle("Capital District")).isEqualTo("Capital District");
        assertThat(WorldAdmin1.acledStyle("São Paulo")).isEqualTo("Sao Paulo");
        assertThat(WorldAdmin1.acledStyle("South Governorate")).isEqualTo("South");
        assertThat(WorldAdmin1.acledStyle("Federal District")).isEqualTo("Federal District");
    }

    @Test
    void aUnitIsAlsoNamedWithoutItsArabicArticle() {
        assertThat(WorldAdmin1.withoutArticle("Al Anbar")).isEqualTo("Anbar");
        assertThat(WorldAdmin1.withoutArticle("As-Sulaymaniyah")).isEqualTo("Sulaymaniyah");
        assertThat(WorldAdmin1.withoutArticle("Alabama")).isNull();
    }

    @Test
    void aUnitWhoseNameBeginsWithAForeignCompassWordIsAlsoNamedInEnglish() {
        assertThat(WorldAdmin1.inEnglish("Nord-Kivu")).isEqualTo("North Kivu");
        assertThat(WorldAdmin1.inEnglish("Haut-Uele")).isEqualTo("Upper Uele");
        assertThat(WorldAdmin1.inEnglish("Nord-Ouest")).isNull();
        assertThat(WorldAdmin1.inEnglish("Norte de Santander")).isNull();
        assertThat(WorldAdmin1.inEnglish("Rio Grande do Sul")).isNull();
        assertThat(WorldAdmin1.inEnglish("Kivu")).isNull();
    }

    @Test
    void namesTheUnitOfACityByItsGeoNamesCode() {
        WorldAdmin1 world = WorldAdmin1.bundled();
        assertThat(world.acledName("IN", "28")).isEqualTo("West Bengal");
        assertThat(world.acledName("XX", "01")).isNull();
    }

    @Test
    void namesUnitsAsAcledsExportsDoWhereGeoNamesSpellsThemOtherwise() {
        WorldAdmin1 world = WorldAdmin1.bundled();
        assertThat(world.acledName("AZ", "18")).isEqualTo("Fizuli"); // GeoNames: Füzuli
        assertThat(world.acledName("LY", "72")).isEqualTo("Misrata"); // Mişrātah
        assertThat(world.acledName("RU", "71")).isEqualTo("Sverdlovsk Oblast"); // Sverdlovsk
        assertThat(world.acledName("PH", "14")).isEqualTo("Bangsamoro Autonomous Region in Muslim Mindanao");
    }

    @Test
    void aUnitRenamedForAcledKeepsItsGeoNamesNameAsAnAlias() {
        KeyIndexGazetteer g = org.frontline.Bundled.gazetteer();
        assertThat(g.lookup("Füzuli")).anyMatch(m -> m.place().isAdmin() && "Fizuli".equals(m.place().name()));
    }

    @Test
    void bundledPlacesOutsideSyriaCarryTheirFirstLevelUnit() {
        KeyIndexGazetteer g = KeyIndexGazetteer.loadBundled();
        Place lashkarGah = g.lookup("Lashkar Gah").get(0).place();
        assertThat(lashkarGah.admin1()).isEqualTo("Helmand");
        assertThat(g.admin1("AF", "Helmand")).get().extracting(Place::featureCode).isEqualTo("ADM1");
    }

    @Test
    void namesUnitsAsAcledsCodebookDoesWhereItDiffersFromGeoNames() {
        WorldAdmin1 world = WorldAdmin1.bundled();
        assertThat(world.acledName("LB", "04")).isEqualTo("Beirut");
        assertThat(world.acledName("LB", "09")).isEqualTo("North");
        assertThat(world.acledName("SO", "02")).isEqualTo("Banadir");
        assertThat(world.acledName("UA", "12")).isEqualTo("Kiev City");
        assertThat(world.acledName("IQ", "11")).isEqualTo("Erbil");
    }

    @Test
    void citiesCarryAcledsNameOfTheirUnitAndGeoNamesNameStillFindsIt() {
        KeyIndexGazetteer g = KeyIndexGazetteer.loadBundled();
        assertThat(g.lookup("Mogadishu").get(0).place().admin1()).isEqualTo("Banadir");
        assertThat(g.lookup("Qalat").stream().map(m -> m.place().admin1())).contains("Zabul");
        assertThat(g.lookup("Beyrouth").stream().map(m -> m.place().admin1())).contains("Beirut");
    }
}
