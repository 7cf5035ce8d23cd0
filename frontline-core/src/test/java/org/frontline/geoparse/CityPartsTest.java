package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Issue 3: "City-District" names, as ACLED writes a city's district, are the city, not a namesake of the district. */
class CityPartsTest {
    @Test
    void aDistrictWrittenAfterItsCityAndAHyphenIsInTheCity() {
        PlaceMention belgrade = find(Geoparsing.parse("On 8 May 2020, members of the party Dveri demonstrated in "
                + "Belgrade-Stari Grad, Serbia, against the government.", Language.EN, null), "Belgrade");
        assertThat(belgrade.place().country()).isEqualTo("RS");
        assertThat(belgrade.geoPrecision()).isEqualTo(1);
        PlaceMention zagreb = find(Geoparsing.parse("On 8 May 2020, a protest was held in Zagreb-Tresnjevka-jug, "
                + "Croatia, against the city's mayor.", Language.EN, null), "Zagreb");
        assertThat(zagreb.place().admin1()).isEqualTo("City of Zagreb");
    }

    @Test
    void aFrenchReportReadsTheCityOfTheDistrictToo() {
        List<PlaceMention> ms = Geoparsing.parse("Le 8 mai 2020, des militants du parti Dveri ont manifesté à "
                + "Belgrade-Stari Grad contre le gouvernement.", Language.FR, null);
        assertThat(find(ms, "Belgrade").place().country()).isEqualTo("RS");
        assertThat(ms).noneMatch(m -> m.place() != null && "SI".equals(m.place().country()));
    }

    @Test
    void aRoadBetweenTwoPlacesIsNearBothEndsAndAnAdjectiveIsNoDistrict() {
        List<PlaceMention> road = Geoparsing.parse("On 28 April 2020, protesters blocked the Sidon-Tyr highway "
                + "opposite the Phoenicia University.", Language.EN, null);
        assertThat(find(road, "Sidon").place().name()).isEqualTo("Sidon");
        assertThat(find(road, "Tyr").place().name()).isEqualTo("Tyre");
        assertThat(road).allMatch(m -> m.geoPrecision() == 2 && m.relation() == PlaceMention.Relation.NEAR);
        List<PlaceMention> route = Geoparsing.parse("Les rebelles ont coupé la route Alep-Damas au sud de "
                + "Saraqeb.", Language.FR, null);
        assertThat(find(route, "Alep").place().name()).isEqualTo("Aleppo");
        assertThat(find(route, "Damas").place().name()).isEqualTo("Damascus");
        List<PlaceMention> backed = Geoparsing.parse("On 28 April 2020, Moscow-backed fighters shelled the "
                + "village.", Language.EN, null);
        assertThat(backed).noneMatch(m -> m.text().equals("Moscow"));
    }
}
