package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Geoparsing phenomena of ACLED's notes and French reports (issue 3): the monitors' theatre, words that are old or
 * foreign names of towns, a country named among its namesakes, spellings of a city in a report naming no country,
 * neighbourhoods named like a town elsewhere, generic first words of Arabic names.
 */
class GeoparseQualityTest {
    private static List<PlaceMention> parse(String body, Language lang) {
        return Geoparsing.parse(body, lang, null);
    }

    private static List<PlaceMention> confident(List<PlaceMention> ms) {
        return ms.stream().filter(m -> m.place() != null && m.confidence() >= 0.35).toList();
    }

    @Test
    void aProvinceNamedWithTheEnglishCompassWordIsTheOfficialOne() {
        PlaceMention north = find(parse("Clashes between the army and rebels left two dead in North Kivu.",
                Language.EN), "North Kivu");
        assertThat(north.place().name()).isEqualTo("Nord-Kivu");
        assertThat(north.place().country()).isEqualTo("CD");
        PlaceMention south = find(parse("Des affrontements ont fait deux morts dans le Sud-Kivu.", Language.FR),
                "Sud-Kivu");
        assertThat(south.place().country()).isEqualTo("CD");
        assertThat(parse("Northern forces shelled the town.", Language.EN)).noneMatch(m -> m.place() != null);
    }

    @Test
    void theOsceMonitorsVillageIsTheOneOnTheDonbasContactLine() {
        PlaceMention m = find(parse("On 8 May 2020, the OSCE SMM observed a total of 2 explosions involving unknown "
                + "weapons near Pervomaisk.", Language.EN), "Pervomaisk");
        assertThat(m.place().admin1()).isEqualTo("Luhansk");
        assertThat(m.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aTownAbroadAfterALowercaseTheIsACommonNoun() {
        List<PlaceMention> metro = parse("On 8 May 2020, in Ciudad de Mexico, workers of the Metro protested "
                + "complaining about the lack of measures.", Language.EN);
        assertThat(confident(metro)).singleElement().satisfies(m -> assertThat(m.place().country()).isEqualTo("MX"));
        assertThat(confident(parse("The dissolution of the Federal Police was formalized.", Language.EN))).isEmpty();
        List<PlaceMention> fraccionamiento = parse("On 2 May 2020, in Heroica Guaymas, Sonora, a man was abducted "
                + "in Fraccionamiento Vista Hermosa by armed men.", Language.EN);
        assertThat(confident(fraccionamiento)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.place().country()).isEqualTo("MX"));
    }

    @Test
    void aWordForAUnitOnlyOneCountryHasVotesForThatCountry() {
        List<PlaceMention> ph = parse("On 6 May 2020, a drug suspect was killed during a police raid in Barangay "
                + "Tagapo, Santa Rosa, Laguna.", Language.EN);
        assertThat(confident(ph)).isNotEmpty().allSatisfy(m -> assertThat(m.place().country()).isEqualTo("PH"));
        assertThat(confident(parse("Gunmen killed three villagers in Kagara.", Language.EN))).isEmpty();
        List<PlaceMention> ng = parse("Des hommes armés ont tué trois villageois à Kagara, dans la LGA de Rafi.",
                Language.FR);
        assertThat(confident(ng)).singleElement().satisfies(m -> assertThat(m.place().country()).isEqualTo("NG"));
    }

    @Test
    void aPlaceOutsideTheMonitorsCountryIsDoubtedAndTheirTheatreStandsIn() {
        List<PlaceMention> ms = parse("On 7 May 2020, the OSCE SMM observed a total of 12 shots involving small arms "
                + "near Shevchenko.", Language.EN);
        assertThat(confident(ms)).singleElement().satisfies(m -> {
            assertThat(m.place().country()).isEqualTo("UA");
            assertThat(m.geoPrecision()).isEqualTo(3);
        });
        assertThat(ms).filteredOn(m -> m.place() != null && "KZ".equals(m.place().country()))
                .allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.35));
    }

    @Test
    void laMissionDeLOscePlaceLeVillageSurLaLigneDeContact() {
        PlaceMention m = find(parse("La Mission spéciale d'observation de l'OSCE a constaté deux explosions près de "
                + "Pervomaisk.", Language.FR), "Pervomaisk");
        assertThat(m.place().admin1()).isEqualTo("Luhansk");
    }

    @Test
    void anUnknownVillageOfTheMonitorsLeavesTheirTheatreAtRegionPrecision() {
        List<PlaceMention> ms = parse("On 9 May 2020, the OSCE SMM observed a total of 5 projectiles/explosions "
                + "involving unknown weapons in both directions of the frontline near Novoluhanske.", Language.EN);
        assertThat(confident(ms)).singleElement().satisfies(m -> {
            assertThat(m.place().adminLevel()).isEqualTo(1);
            assertThat(m.place().admin1()).isEqualTo("Donetsk");
            assertThat(m.geoPrecision()).isEqualTo(3);
            assertThat(m.confidence()).isLessThan(0.5);
        });
    }

    @Test
    void aNamesakeFarFromTheContactLineIsNotTheMonitorsVillage() {
        List<PlaceMention> ms = parse("On 9 May 2020, the OSCE SMM observed a total of 6 explosions involving "
                + "unknown weapons near Lozove.", Language.EN);
        assertThat(confident(ms)).allSatisfy(m -> assertThat(m.place().admin1()).isIn("Donetsk", "Luhansk"));
    }

    @Test
    void monthAbbreviationsAndMolotovCocktailsAreNotTowns() {
        List<PlaceMention> ms = parse("On 29 Apr 2020, unknown rioters hurled Molotov cocktails at a bank in "
                + "Diwaniya city.", Language.EN);
        assertThat(ms).extracting(PlaceMention::text).doesNotContain("Apr", "Molotov");
        assertThat(find(ms, "Diwaniya").place().country()).isEqualTo("IQ");
    }

    @Test
    void lesCocktailsMolotovNeSontPasUneVille() {
        List<PlaceMention> ms = parse("Le 29 avril 2020, des émeutiers ont lancé des cocktails Molotov sur une "
                + "banque à Nabatiyeh, au Liban.", Language.FR);
        assertThat(ms).extracting(PlaceMention::text).doesNotContain("Molotov");
        assertThat(find(ms, "Nabatiyeh").place().country()).isEqualTo("LB");
    }

    @Test
    void aCountryNamedOnceOutweighsTheTownsNamedAfterIt() {
        List<PlaceMention> ms = parse("On 27 April 2020, dozens of protesters gathered at the public square in "
                + "Nabatiyeh in Lebanon.", Language.EN);
        assertThat(find(ms, "Lebanon").place().isCountry()).isTrue();
        assertThat(find(ms, "Nabatiyeh").place().country()).isEqualTo("LB");
    }

    @Test
    void aCitysOwnSpellingIsFoundInAReportThatNamesNoCountry() {
        PlaceMention m = find(parse("On 7 May 2020, hundreds of protesters gathered in Nassriya city in rejection "
                + "of the vote of confidence.", Language.EN), "Nassriya");
        assertThat(m.place().country()).isEqualTo("IQ");
        assertThat(m.place().admin1()).isEqualTo("Thi-Qar");
    }

    @Test
    void aNeighbourhoodNamedLikeOneOfTheCapitalIsNotPlacedThere() {
        List<PlaceMention> ms = parse("On 5 May 2020, in Ciudad de Villa de Alvarez, Colima, a man was shot dead in "
                + "a drive-by incident in Colonia del Valle.", Language.EN);
        assertThat(confident(ms)).allSatisfy(m -> assertThat(m.place().admin1()).isEqualTo("Colima"));
    }

    @Test
    void unQuartierHomonymeDUnQuartierDeLaCapitaleNEstPasLeLieu() {
        List<PlaceMention> ms = parse("Le 5 mai 2020, à Ciudad de Villa de Alvarez, dans l'État de Colima, un homme "
                + "a été abattu dans la Colonia del Valle.", Language.FR);
        assertThat(find(ms, "Colima").place().adminLevel()).isEqualTo(1);
        assertThat(confident(ms)).allSatisfy(m -> assertThat(m.place().admin1()).isEqualTo("Colima"));
    }

    @Test
    void aCityNamedLikeItsGovernorateIsTheCity() {
        PlaceMention m = find(parse("On 8 May 2020, unidentified gunmen assassinated a QSD member near the traffic HQ "
                + "in Ar-Raqqa city.", Language.EN), "Ar-Raqqa");
        assertThat(m.place().featureClass()).isEqualTo("P");
        assertThat(m.place().admin1()).isEqualTo("Ar-Raqqa");
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void laVilleDeRaqqaEstLaVilleEtNonLeGouvernorat() {
        PlaceMention m = find(parse("Des hommes armés ont assassiné un membre des FDS dans la ville d'Ar-Raqqa.",
                Language.FR), "Ar-Raqqa");
        assertThat(m.place().featureClass()).isEqualTo("P");
    }

    @Test
    void aWordNeverAPlaceAloneMayEndAnArabicName() {
        List<PlaceMention> ms = parse("On 28 April 2020, a Turkish drone attacked a military post in Ain al Arab "
                + "city in Aleppo countryside.", Language.EN);
        assertThat(find(ms, "Ain al Arab").place().admin2()).isEqualTo("Ain Al Arab");
        PlaceMention fr = find(parse("Un drone turc a frappé un poste des Assayech à Ain al-Arab, dans la province "
                + "d'Alep.", Language.FR), "Ain al-Arab");
        assertThat(fr.place().admin1()).isEqualTo("Aleppo");
    }

    @Test
    void aHamletAbroadIsNotNearWhatAReportNamingNoCountryPlaces() {
        List<PlaceMention> en = parse("On 9 May 2020, an unidentified IED explosion near Sulayman Bak left 3 rapid "
                + "reaction forces personnel injured.", Language.EN);
        List<PlaceMention> fr = parse("Un engin explosif a blessé trois membres des forces de réaction rapide près "
                + "de Sulayman Bak.", Language.FR);
        assertThat(en).noneMatch(m -> m.place() != null && "DE".equals(m.place().country()));
        assertThat(fr).noneMatch(m -> m.place() != null && "DE".equals(m.place().country()));
    }

    @Test
    void theGenericFirstWordOfAnUnknownArabicNameIsNotAVillageElsewhere() {
        List<PlaceMention> ms = parse("On 5 May 2020, tens of shop owners protested against the decision to close "
                + "all shops in Kafr Qaseem.", Language.EN);
        assertThat(confident(ms)).noneMatch(m -> "SY".equals(m.place().country()));
    }

    @Test
    void leMotGeneriqueDUnNomArabeInconnuNEstPasUnVillageAilleurs() {
        List<PlaceMention> ms = parse("Des manifestants ont bloqué la route entre Faour et Kafr Zabad, au Liban.",
                Language.FR);
        assertThat(confident(ms)).noneMatch(m -> "SY".equals(m.place().country()));
    }

    @Test
    void aWarIsNoTownAndALooseSpellingOutsideTheNamedProvinceIsNoCity() {
        List<PlaceMention> war = parse("On 5 May 2020, a civilian was injured by a landmine, laid during the Iran-Iraq "
                + "War, in Mehran county.", Language.EN);
        assertThat(confident(war)).extracting(PlaceMention::text).containsExactly("Mehran");
        List<PlaceMention> jurf = parse("On 3 May 2020, the PMF repelled an IS attack in the Jurf Nasr in Babylon "
                + "province, during the operation a PMF fighter was injured.", Language.EN);
        assertThat(confident(jurf)).allSatisfy(m -> assertThat(m.place().admin1()).isEqualTo("Babylon"));
        List<PlaceMention> fr = parse("Le 3 mai 2020, les PMF ont repoussé une attaque de l'EI à Jurf Nasr, dans la "
                + "province de Babylone.", Language.FR);
        assertThat(confident(fr)).noneMatch(m -> "Thi-Qar".equals(m.place().admin1()));
    }
}
