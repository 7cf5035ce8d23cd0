package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: Philippine reports name a place as "Town, Province", and the province is no unit of the gazetteer (its
 * first-level units are the regions): the province must keep the town in its region, vote for the Philippines and,
 * alone, stand at its capital, never at a namesake abroad ("Oriental" is also a Moroccan region).
 */
class SecondLevelUnitsTest {
    private static List<PlaceMention> parse(String body) {
        return Geoparsing.parse(body, Language.EN, null);
    }

    @Test
    void aProvinceKeepsItsTownInItsRegion() {
        List<PlaceMention> ms = parse("On 30 April 2020, in Barangay Marbel, Matalam, Cotabato, suspected "
                + "militiamen linked to a clan associated with the MILF torched a pickup truck.");
        PlaceMention matalam = find(ms, "Matalam");
        assertThat(matalam.place().country()).isEqualTo("PH");
        assertThat(matalam.place().admin1()).isEqualTo("Soccsksargen");
        assertThat(find(ms, "Cotabato").place().admin1()).isEqualTo("Soccsksargen");
    }

    @Test
    void aTownOfTheProvinceOutsideTheGazetteerIsNoNamesakeAbroad() {
        List<PlaceMention> ms = parse("On 3 May 2020, the leader of a local anti-Communist group was shot dead by "
                + "unidentified assailants in San Carlos, Negros Occidental.");
        assertThat(ms).noneMatch(m -> m.place() != null && !"PH".equals(m.place().country()));
        PlaceMention province = find(ms, "Negros Occidental");
        assertThat(province.place().admin1()).isEqualTo("Western Visayas");
        assertThat(province.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aProvinceNamedAloneStandsAtItsCapitalNotInMorocco() {
        List<PlaceMention> ms = parse("On 30 April 2020, three NPA militants were killed during a 30-minute "
                + "firefight with the military in Barangay Camudlas, Bindoy, Negros Oriental.");
        PlaceMention province = find(ms, "Negros Oriental");
        assertThat(province.place().name()).isEqualTo("Dumaguete");
        assertThat(province.place().admin1()).isEqualTo("Central Visayas");
        assertThat(province.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aProvinceAfterATownOfItsNameAbroadStillQualifiesIt() {
        List<PlaceMention> ms = parse("On 4 May 2020, a drug suspect was killed during a police raid in Barangay "
                + "Santo Rosario Old, Zaragoza, Nueva Ecija.");
        assertThat(ms).noneMatch(m -> m.place() != null && !"PH".equals(m.place().country()));
        assertThat(find(ms, "Nueva Ecija").place().admin1()).isEqualTo("Central Luzon");
    }

    @Test
    void aCityNamedLikeAProvinceElsewhereStaysTheCity() {
        List<PlaceMention> ms = parse("On 8 May 2020, demonstrators staged a protest in front of the University of "
                + "the Philippines in Diliman, Quezon City after broadcaster ABS CBN was forced off air.");
        assertThat(find(ms, "Quezon").place().admin1()).isEqualTo("National Capital Region");
    }

    @Test
    void readsTheProvinceInParenthesesAndBeforeProvince() {
        PlaceMention inParentheses = find(parse("On 2 May 2020, soldiers clashed with NPA rebels in Barangay "
                + "Lumbia, Esperanza (Agusan del Sur)."), "Esperanza");
        assertThat(inParentheses.place().admin1()).isEqualTo("Caraga");
        PlaceMention beforeProvince = find(parse("On 2 May 2020, clan militias clashed in Cotabato province, "
                + "displacing hundreds of families."), "Cotabato");
        assertThat(beforeProvince.place().admin1()).isEqualTo("Soccsksargen");
    }

    @Test
    void aProvinceNamedLikeTownsAbroadIsOnlyReadAsAUnit() {
        PlaceMention aurora = find(parse("On 3 May 2020, hundreds of protesters marched in Aurora against police "
                + "violence."), "Aurora");
        assertThat(aurora.place() == null || !"PH".equals(aurora.place().country())).isTrue();
        PlaceMention province = find(parse("On 3 May 2020, NPA rebels ambushed soldiers in Barangay Diteki, San "
                + "Luis, Aurora."), "Aurora");
        assertThat(province.place().admin1()).isEqualTo("Central Luzon");
    }

    @Test
    void readsTheProvinceInFrench() {
        List<PlaceMention> ms = Geoparsing.parse("Un suspect a été tué lors d'une opération de police à Zaragoza, "
                + "dans la province de Nueva Ecija, aux Philippines.", Language.FR, null);
        assertThat(ms).noneMatch(m -> m.place() != null && !"PH".equals(m.place().country()));
        assertThat(find(ms, "Nueva Ecija").place().admin1()).isEqualTo("Central Luzon");
    }

    @Test
    void aBurkinabeVillageWithItsCommuneAndProvinceStandsAtTheProvinceCapital() {
        PlaceMention soum = find(parse("On 8 May 2020, presumed JNIM militants vandalized the residence of the "
                + "prefect and the dairy in Diguel (Diguel, Soum)."), "Soum");
        assertThat(soum.place().name()).isEqualTo("Djibo");
        assertThat(soum.place().admin1()).isEqualTo("Sahel");
        assertThat(soum.geoPrecision()).isEqualTo(3);
        PlaceMention tapoa = find(Geoparsing.parse("Vers le 2 mai 2020, des militants présumés du JNIM ont attaqué le "
                + "village de Mamangou (Logobou, Tapoa), tuant un civil.", Language.FR, null), "Tapoa");
        assertThat(tapoa.place().name()).isEqualTo("Diapaga");
        assertThat(tapoa.place().admin1()).isEqualTo("Est");
    }

    @Test
    void aBangladeshiDistrictTheGazetteerLacksStandsForItsDivision() {
        PlaceMention en = find(parse("On 7 May 2020, workers of a garment factory staged a protest demonstration at "
                + "Bhannara town (Kaliakair, Gazipur) against the lay offs."), "Gazipur");
        assertThat(en.place().country()).isEqualTo("BD");
        assertThat(en.place().admin1()).isEqualTo("Dhaka");
        assertThat(en.geoPrecision()).isEqualTo(3);
        PlaceMention fr = find(Geoparsing.parse("Le 29 avril 2020, un étudiant a été tué lors d'un différend foncier "
                + "à Sheikhpara (upazila de Shailkupa, district de Jhenaidah).", Language.FR, null), "Jhenaidah");
        assertThat(fr.place().admin1()).isEqualTo("Khulna");
    }
}
