package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoNamesFileTest {
    private static final String KHANASIR = "168351\tKhanāşir\tKhanasir\tKhanasser,خناصر\t35.78159\t37.49919\tP\tPPLA3\t"
            + "SY\t\t09\t\t\t\t0\t\t353\tAsia/Damascus\t2020-06-10";

    @Test
    void tellsTheTableOfACountryFileFromItsFirstLine() {
        assertThat(GeoNamesFile.kindFromLine(KHANASIR)).isEqualTo(GeoNamesFile.Kind.PLACES);
        assertThat(GeoNamesFile.kindFromLine("1620103\t168351\tfr\tKhanacer\t\t\t\t\t\t"))
                .isEqualTo(GeoNamesFile.Kind.ALTERNATE_NAMES);
        assertThat(GeoNamesFile.kindFromLine("SY.09\tAleppo Governorate\tAleppo Governorate\t170062"))
                .isEqualTo(GeoNamesFile.Kind.ADMIN1_CODES);
        assertThat(GeoNamesFile.kindFromLine("LB.09.6201386\tZgharta District\tZgharta District\t6201386"))
                .isEqualTo(GeoNamesFile.Kind.ADMIN2_CODES);
        assertThat(GeoNamesFile.kindFromLine("id,name,lat,lon")).isNull();
    }

    @Test
    void tellsTheTableOfTheWorldFilesFromTheirNames() {
        assertThat(GeoNamesFile.kindFromName("allCountries.zip")).isEqualTo(GeoNamesFile.Kind.PLACES);
        assertThat(GeoNamesFile.kindFromName("cities500.zip")).isEqualTo(GeoNamesFile.Kind.PLACES);
        assertThat(GeoNamesFile.kindFromName("alternateNamesV2.zip")).isEqualTo(GeoNamesFile.Kind.ALTERNATE_NAMES);
        assertThat(GeoNamesFile.kindFromName("admin1CodesASCII.txt")).isEqualTo(GeoNamesFile.Kind.ADMIN1_CODES);
        assertThat(GeoNamesFile.kindFromName("admin2Codes.txt")).isEqualTo(GeoNamesFile.Kind.ADMIN2_CODES);
        assertThat(GeoNamesFile.kindFromName("SY.zip")).as("places or alternate names: the first line tells").isNull();
    }

    @Test
    void readsTheFeatureClassWithoutSplittingTheRow() {
        assertThat(GeoNamesRow.featureClassOf(KHANASIR)).isEqualTo("P");
        assertThat(GeoNamesRow.featureClassOf("168351\tKhanasir")).isEmpty();
        assertThat(GeoNamesRow.parse(KHANASIR).admin1Code()).isEqualTo("09");
    }
}
