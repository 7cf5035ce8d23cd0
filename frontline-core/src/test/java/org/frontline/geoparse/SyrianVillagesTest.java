package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: the villages ACLED codes in Syria, named in the loose spellings of its notes and of French reports,
 * found where the report places them rather than at the governorate or a namesake.
 */
class SyrianVillagesTest {
    private static List<PlaceMention> parse(String body, Language lang) {
        return Geoparsing.parse(body, lang, null);
    }

    @Test
    void aGovernorateNamedAfterInSaysTheCountrySoALooseSpellingOfAVillageResolves() {
        PlaceMention m = find(parse("On 30 April 2020, an IS member assassinated a regime military intelligence "
                + "officer in Kafr Nassij in Dar'a using small arms fire.", Language.EN), "Kafr Nassij");
        assertThat(m.place().name()).isEqualTo("Kafr Nasij");
        assertThat(m.place().admin1()).isEqualTo("Dar'a");
        assertThat(m.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aFrenchReportNamingTheProvinceResolvesTheVillageToo() {
        PlaceMention m = find(parse("Un membre de l'EI a assassiné un officier du renseignement militaire à "
                + "Kafr Nassij, dans la province de Deraa.", Language.FR), "Kafr Nassij");
        assertThat(m.place().name()).isEqualTo("Kafr Nasij");
    }

    @Test
    void aTownQualifiedByAProvinceNamesakeAbroadKeepsItsOwnCountry() {
        PlaceMention m = find(parse("On 5 May 2020, in Guaira, Parana, federal police forces seized about a ton "
                + "of marijuana hidden in a truck during a highway inspection.", Language.EN), "Parana");
        assertThat(m.place().country()).isEqualTo("BR");
    }

    @Test
    void aTownInAGovernorateNamedLikeItsSeatIsInsideTheGovernorateNotAFarPartOfTheSeat() {
        List<PlaceMention> ms = parse("On 4 May 2020, an IED exploded near Basira town in Deir-ez-Zor when QSD passed "
                + "by it. Neither injuries nor fatalities were reported.", Language.EN);
        PlaceMention basira = find(ms, "Basira");
        assertThat(basira.place().name()).isEqualTo("Al Busayrah");
        assertThat(basira.confidence()).isGreaterThan(0.5);
        assertThat(find(ms, "Deir-ez-Zor").place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aFrenchVillageInAGovernorateIsInsideIt() {
        List<PlaceMention> ms = parse("Une mine a explosé près de Basira, dans la province de Deir ez-Zor, au passage "
                + "des FDS.", Language.FR);
        assertThat(find(ms, "Basira").place().name()).isEqualTo("Al Busayrah");
        assertThat(find(ms, "Deir ez-Zor").place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aVillageHeldTwiceUnderTwoSpellingsIsStillAConfidentPlace() {
        PlaceMention m = find(parse("On 3 May 2020, regime forces shelled Sfuhen in the southern countryside of Idleb. "
                + "Neither injuries nor fatalities were reported.", Language.EN), "Sfuhen");
        assertThat(m.place().admin2()).isEqualTo("Al Ma'ra");
        assertThat(m.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aFrenchReportOfTheSameVillageIsAsConfident() {
        PlaceMention m = find(parse("Les forces du régime ont bombardé Sfuhen, dans le sud de la province d'Idleb.",
                Language.FR), "Sfuhen");
        assertThat(m.place().admin2()).isEqualTo("Al Ma'ra");
        assertThat(m.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aVillageNamedInTheCountrysideOfAGovernorateIsNoNamesakeInAnotherButThePairInIt() {
        PlaceMention m = find(parse("On 3 May 2020, unidentified gunmen shot dead a civilian in Jurdi in the eastern "
                + "countryside of Deir-ez-Zor.", Language.EN), "Jurdi");
        assertThat(m.place().name()).startsWith("Al Jurdi ");
        assertThat(m.place().admin1()).isEqualTo("Deir-ez-Zor");
    }

    @Test
    void aFrenchVillageInTheCountrysideOfAGovernorateIsNoNamesakeInAnotherButThePairInIt() {
        PlaceMention m = find(parse("Des hommes armés ont tué un civil à Jurdi, dans la campagne est de Deir ez-Zor.",
                Language.FR), "Jurdi");
        assertThat(m.place().name()).startsWith("Al Jurdi ");
        assertThat(m.place().admin2()).isEqualTo("Al Mayadin");
    }

    @Test
    void aVillageWithATwoConsonantSkeletonIsFoundInsideTheGovernorateNamed() {
        PlaceMention m = find(parse("On 2 May 2020, clashes took place between two unidentified tribal militias in the "
                + "village of Taara in the western countryside of As-Sweida following a disagreement between them.",
                Language.EN), "Taara");
        assertThat(m.place().name()).isEqualTo("Ta`arah");
        assertThat(m.place().admin1()).isEqualTo("As-Sweida");
    }

    @Test
    void aFrenchReportFindsTheSameShortNameInsideItsProvince() {
        PlaceMention m = find(parse("Des affrontements ont opposé deux milices tribales dans le village de Taara, dans "
                + "la province de Soueida.", Language.FR), "Taara");
        assertThat(m.place().name()).isEqualTo("Ta`arah");
    }

    @Test
    void aShortNameOutsideAnyNamedUnitIsNoPlaceAndCutsNoQualifierOff() {
        List<PlaceMention> ms = parse("On 7 May 2020, unidentified gunmen attacked Kagara (Rafi LGA, Niger), killed 1 "
                + "resident and abducted family members of current and former Government workers.", Language.EN);
        assertThat(find(ms, "Kagara").place().admin1()).isEqualTo("Niger");
        assertThat(ms).noneMatch(m -> m.text().equals("Rafi"));
    }

    @Test
    void aVillageSaidToBeNearATownButResolvedFarFromItIsANamesake() {
        List<PlaceMention> ms = parse("On 7 May 2020, an unknown gunmen shot and killed a QSD fighter in Al Haddadiyeh "
                + "near Shadadah in southern Al-Hasakeh countryside.", Language.EN);
        assertThat(find(ms, "Al Haddadiyeh").confidence()).isLessThan(0.35);
        PlaceMention town = find(ms, "Shadadah");
        assertThat(Geo.km(town.place().lat(), town.place().lon(), 36.0534, 40.7268)).isLessThan(10);
    }

    @Test
    void aFrenchVillageSaidToBeNearATownButResolvedFarFromItIsANamesake() {
        List<PlaceMention> ms = parse("Un combattant des FDS a été tué à Al Haddadiyeh, près de Shadadah, dans le sud de "
                + "la province de Hassaké.", Language.FR);
        assertThat(find(ms, "Al Haddadiyeh").confidence()).isLessThan(0.35);
    }

    @Test
    void theCountrysideOfATownThatNamesNoGovernorateIsNearTheTown() {
        List<PlaceMention> ms = parse("On 30 April 2020, Turkey and Russia conducted a joint patrol in Darbasiyah "
                + "countryside in al-Hasakeh, consisting of 8 vehicles total.", Language.EN);
        PlaceMention m = find(ms, "Darbasiyah");
        assertThat(m.place().adminLevel()).isNotEqualTo(1);
        assertThat(Geo.km(m.place().lat(), m.place().lon(), 37.07, 40.654)).isLessThan(10);
        assertThat(m.geoPrecision()).isEqualTo(2);
    }

    @Test
    void theCountrysideOfAGovernoratesNameIsStillTheGovernorate() {
        PlaceMention m = find(parse("On 4 May 2020, regime forces shelled several villages in Idleb countryside.",
                Language.EN), "Idleb");
        assertThat(m.place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aFrenchPatrolInTheCountrysideOfATownIsNearTheTown() {
        PlaceMention m = find(parse("Une patrouille conjointe turco-russe a eu lieu dans la campagne de Darbasiyah, "
                + "dans la province de Hassaké.", Language.FR), "Darbasiyah");
        assertThat(Geo.km(m.place().lat(), m.place().lon(), 37.07, 40.654)).isLessThan(10);
        assertThat(m.geoPrecision()).isEqualTo(2);
    }

    @Test
    void aNameSpelledExactlyAsADistrictIsTheTownItIsNamedAfter() {
        PlaceMention m = find(parse("Movement of forces: On 28 April 2020, a patrol by Russian forces took place starting "
                + "from Quamishli Airbase to the west of the city in Al-Hasakeh countryside.", Language.EN), "Quamishli");
        assertThat(m.place().featureClass()).isEqualTo("P");
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aFrenchReportNamesTheTownNotItsDistrictToo() {
        PlaceMention m = find(parse("Une patrouille russe est partie de la base aérienne de Quamishli, dans la province "
                + "de Hassaké.", Language.FR), "Quamishli");
        assertThat(m.place().featureClass()).isEqualTo("P");
    }

    @Test
    void aSeatNamedWithAPlaceInsideItsGovernorateIsTheGovernorate() {
        List<PlaceMention> ms = parse("Security measures: On 30 April 2020, Turkey and Russia conducted a joint patrol on "
                + "the M4 highway in Idleb along Nayrab - Tarnaba road.", Language.EN);
        assertThat(find(ms, "Idleb").place().adminLevel()).isEqualTo(1);
        assertThat(find(ms, "Idleb").geoPrecision()).isEqualTo(3);
        assertThat(find(ms, "Nayrab").place().admin1()).isEqualTo("Idleb");
    }

    @Test
    void aFrenchSeatNamedWithAPlaceInsideItsGovernorateIsTheGovernorate() {
        List<PlaceMention> ms = parse("Des patrouilles turques et russes ont circulé sur l'autoroute M4 à Idleb, le long "
                + "de la route de Nayrab.", Language.FR);
        assertThat(find(ms, "Idleb").place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aSeatNamedAloneOrAsACityStaysTheTown() {
        assertThat(find(parse("On 3 May 2020, regime forces shelled Idleb.", Language.EN), "Idleb").place().featureCode())
                .isEqualTo("PPLA");
        assertThat(find(parse("On 3 May 2020, regime forces shelled Idleb city and Nayrab.", Language.EN), "Idleb")
                .place().featureCode()).isEqualTo("PPLA");
    }

    @Test
    void aTownADirectionAwayFromAFarCityKeepsItsConfidence() {
        PlaceMention m = find(parse("Les forces gouvernementales syriennes ont repris le contrôle de Khanacer, au "
                + "sud-est d'Alep, après des combats avec le front al-Nosra, selon l'OSDH.", Language.FR), "Khanacer");
        assertThat(m.place().name()).isEqualTo("Khanasir");
        assertThat(m.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aTwoLetterSkeletonTakesTheVillageSpelledClosestNotATownByAnAlias() {
        PlaceMention m = find(parse("On 4 May 2020, regime forces clashed with rebel and Islamist factions on the "
                + "Ruwaiha frontline in the southern countryside of Idleb.", Language.EN), "Ruwaiha");
        assertThat(m.place().name()).isEqualTo("Ruwayhah");
        assertThat(m.place().admin1()).isEqualTo("Idleb");
    }

    @Test
    void theFrenchFrontOfThatVillageIsTheSameVillage() {
        PlaceMention m = find(parse("Les forces du régime ont affronté les rebelles sur le front de Ruwaiha, dans la "
                + "campagne sud d'Idleb.", Language.FR), "Ruwaiha");
        assertThat(m.place().name()).isEqualTo("Ruwayhah");
    }
}
