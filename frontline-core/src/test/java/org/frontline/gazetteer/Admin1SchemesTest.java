package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.frontline.Bundled;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: the first-level unit ACLED prints where its scheme is not GeoNames' admin1 (Belgrade apart from Central
 * Serbia, Nepal's development regions, Uganda's districts, units split after 2019) or GeoNames' list lacks the unit,
 * checked on the bundled gazetteer built from cities500.
 */
class Admin1SchemesTest {
    private static Place town(String name, String country) {
        return Bundled.gazetteer().places().stream()
                .filter(p -> p.name().equals(name) && country.equals(p.country()) && "P".equals(p.featureClass()))
                .findFirst().orElseThrow();
    }

    @Test
    void setsTheCityOfBelgradeApartFromCentralSerbiaAndKeepsTheOtherTowns() {
        assertThat(town("Belgrade", "RS").admin1()).isEqualTo("Belgrade");
        assertThat(town("Zemun", "RS").admin1()).isEqualTo("Belgrade");
        assertThat(town("Kragujevac", "RS").admin1()).isEqualTo("Central Serbia");
        assertThat(town("Novi Sad", "RS").admin1()).isEqualTo("Vojvodina");
    }

    @Test
    void namesNepalsDevelopmentRegionsEvenInAProvinceThatStraddlesTwo() {
        assertThat(town("Kathmandu", "NP").admin1()).isEqualTo("Central");
        assertThat(town("Pokhara", "NP").admin1()).isEqualTo("West");
        assertThat(town("Butwāl", "NP").admin1()).isEqualTo("West");
        assertThat(town("Nepalgunj", "NP").admin1()).isEqualTo("Mid-Western");
        assertThat(town("Lahān", "NP").admin1()).isEqualTo("East");
        assertThat(town("Janakpur", "NP").admin1()).isEqualTo("Central");
    }

    @Test
    void givesUgandanTownsTheirDistrictNamedAfterItsSeat() {
        assertThat(town("Gulu", "UG").admin1()).isEqualTo("Gulu");
        assertThat(town("Bugembe", "UG").admin1()).isEqualTo("Jinja");
        assertThat(Bundled.gazetteer().admin1("UG", "Mubende")).isPresent();
    }

    @Test
    void namesSocotrasGovernorateAsAcledDoes() {
        assertThat(town("Hadibu", "YE").admin1()).isEqualTo("Suqutra");
    }

    @Test
    void putsTheTownsOfUnitsSplitSinceInTheUnitsAcledStillUses() {
        assertThat(town("Nalerigu", "GH").admin1()).isEqualTo("Northern");
        assertThat(town("Damongo", "GH").admin1()).isEqualTo("Northern");
        assertThat(town("Touggourt", "DZ").admin1()).isEqualTo("Ouargla");
        assertThat(town("Sorong", "ID").admin1()).isEqualTo("West Papua");
        assertThat(Bundled.gazetteer().places().stream().filter(p -> "GH".equals(p.country()) && p.adminLevel() == 1)
                .filter(p -> p.name().equals("Northern")).count()).isEqualTo(1);
    }

    @Test
    void namesUnitsNotNamedAfterTheirSeatByTheirOwnName() {
        assertThat(town("Dangriga", "BZ").admin1()).isEqualTo("Stann Creek");
        assertThat(town("Ndélé", "CF").admin1()).isEqualTo("Bamingui-Bangoran");
    }

    @Test
    void refusesALineThatIsNeitherAUnitNorAScheme() {
        assertThatThrownBy(() -> new Admin1Schemes(List.of("RS\tBelgrade")))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("RS\tBelgrade");
        assertThat(new Admin1Schemes(List.of("NP.5\tWest", "NP.5.12095456\tMid-Western"))
                .region("NP", "5", "12095456")).isEqualTo("Mid-Western");
    }
}
