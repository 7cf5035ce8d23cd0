package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
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
    void aCityAbroadNamedAsAPlaceStaysSureAWordInANameDoesNot() {
        List<PlaceMention> gaza = Geoparsing.parse("Au moins 28 Palestiniens ont été tués dans des frappes israéliennes "
                + "sur la bande de Gaza. L'armée affirme avoir riposté à des tirs de roquettes vers Jérusalem et "
                + "Ashkelon. Trois Israéliens ont été tués par ces roquettes à Ashkelon.", Language.FR, null);
        assertThat(find(gaza, "Gaza").confidence()).isGreaterThan(PlaceMention.DOUBTFUL);
        List<PlaceMention> mobile = Geoparsing.parse("Villagers from eight villages in East Aifat district, Maybrat "
                + "regency, West Papua province, left as security forces pursued those who killed a member of the "
                + "Indonesian Police Mobile Brigade Corps in Bintuni.", Language.EN, null);
        assertThat(mobile).noneMatch(m -> m.place() != null && "US".equals(m.place().country())
                && m.confidence() > PlaceMention.DOUBTFUL);
    }

    @Test
    void aMunicipalityNamedByItsShortFormIsInTheStateOfThatName() {
        PlaceMention en = find(Geoparsing.parse("On 4 May 2020, in Tenancingo, Mexico, more than 20 traders "
                + "demonstrated in front of the DIF asking to be allowed to work.", Language.EN, null), "Tenancingo");
        assertThat(en.place().name()).isEqualTo("Tenancingo de Degollado");
        PlaceMention fr = find(Geoparsing.parse("Des commerçants ont manifesté à Tenancingo, dans l'État de Mexico, "
                + "pour pouvoir travailler.", Language.FR, null), "Tenancingo");
        assertThat(fr.place().admin1()).isEqualTo("Mexico");
    }

    @Test
    void aVillageNamedWithoutItsSaintIsFoundInTheStateNamed() {
        PlaceMention en = find(Geoparsing.parse("On 1 May 2020, on La Carranza highway near Pujiltic, Chiapas, a group "
                + "of victims of forced displacement protested.", Language.EN, null), "Pujiltic");
        assertThat(en.place().name()).isEqualTo("San Francisco Pujiltic");
        PlaceMention fr = find(Geoparsing.parse("Des déplacés ont manifesté près de Pujiltic, dans l'État du Chiapas.",
                Language.FR, null), "Pujiltic");
        assertThat(fr.place().name()).isEqualTo("San Francisco Pujiltic");
    }

    @Test
    void aVillageOfADocumentNamingNoCountryIsNoCityAbroadByOneOfItsOtherNames() {
        List<PlaceMention> en = Geoparsing.parse("On 30 April 2020, an unidentified group detonated a bomb in Duwagaun "
                + "village of Triveni Rural Municipality-7 near Holeri area (Rolpa district).", Language.EN, null);
        assertThat(en).noneMatch(m -> m.place() != null && "Erbil".equals(m.place().name()));
        List<PlaceMention> fr = Geoparsing.parse("Une bombe a explosé à Duwagaun, près de Holeri (district de Rolpa).",
                Language.FR, null);
        assertThat(fr).noneMatch(m -> m.place() != null && "Erbil".equals(m.place().name()));
    }

    @Test
    void aTownPlacedInACountryIsNoNamesakeElsewhere() {
        List<PlaceMention> en = Geoparsing.parse("Islamist insurgents attacked the coastal town of Palma in northern "
                + "Mozambique on Wednesday, killing dozens of people.", Language.EN, null);
        assertThat(en).noneMatch(m -> m.place() != null && "ES".equals(m.place().country()));
        List<PlaceMention> fr = Geoparsing.parse("Des insurgés islamistes ont attaqué mercredi la ville côtière de "
                + "Palma, dans le nord du Mozambique.", Language.FR, null);
        assertThat(fr).noneMatch(m -> m.place() != null && "ES".equals(m.place().country()));
        PlaceMention tripoli = find(Geoparsing.parse("Protesters gathered outside the Seray in Tripoli (Lebanon) to "
                + "demand the release of detained activists.", Language.EN, null), "Tripoli");
        assertThat(tripoli.place().country()).isEqualTo("LB");
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

    @Test
    void delhiNamedTwiceIsDelhiNotDiliWhoseOldNameItIs() {
        PlaceMention en = find(Geoparsing.parse("On 28 April 2020, teachers associated with Delhi University Teachers "
                + "Association staged a protest by observing a hunger strike from home (due to coronavirus "
                + "restrictions), in Delhi, over the delay in the payment of their salaries.", Language.EN, null),
                "Delhi");
        assertThat(en.place().country()).isEqualTo("IN");
        PlaceMention fr = find(Geoparsing.parse("Le 28 avril 2020, des enseignants de l'université de Delhi ont "
                + "observé une grève de la faim à Delhi pour réclamer leurs salaires.", Language.FR, null), "Delhi");
        assertThat(fr.place().country()).isEqualTo("IN");
        PlaceMention mexico = find(Geoparsing.parse("On 8 May 2020, in Ciudad de Mexico, workers of the Metro "
                + "protested complaining about the lack of protective measures.", Language.EN, null),
                "Ciudad de Mexico");
        assertThat(mexico.place().country()).isEqualTo("MX");
    }

    @Test
    void aClanTribeOrFamilyNamedLikeAPlaceIsNoPlace() {
        List<PlaceMention> en = Geoparsing.parse("On 8 May 2020, militiamen from the Leelkayse clan and Saad "
                + "sub-clans briefly exchanged gun shots near Gaalkacyo town (Gaalkacyo, Mudug).", Language.EN, null);
        assertThat(en).noneMatch(m -> m.text().equals("Saad"));
        assertThat(find(en, "Gaalkacyo").place().country()).isEqualTo("SO");
        List<PlaceMention> fr = Geoparsing.parse("Le 8 mai 2020, des miliciens du clan Leelkayse et du sous-clan "
                + "Saad ont échangé des tirs près de Gaalkacyo.", Language.FR, null);
        assertThat(fr).noneMatch(m -> m.text().equals("Saad"));
    }

    @Test
    void aNameAfterATitleIsAPersonNotAPlace() {
        List<PlaceMention> fr = Geoparsing.parse("Le Premier ministre irakien Haider al-Abadi a proclamé lundi à "
                + "Mossoul la victoire sur le groupe État islamique.", Language.FR, null);
        assertThat(fr).noneMatch(m -> m.text().startsWith("Haider"));
        assertThat(find(fr, "Mossoul").place().country()).isEqualTo("IQ");
        List<PlaceMention> en = Geoparsing.parse("South African police fired rubber bullets at looters in Durban as "
                + "unrest over the jailing of former president Jacob Zuma spread.", Language.EN, null);
        assertThat(en).noneMatch(m -> m.text().startsWith("Jacob"));
        List<PlaceMention> governor = Geoparsing.parse("The governor of Kandahar said three civilians were killed.",
                Language.EN, null);
        assertThat(find(governor, "Kandahar").place().country()).isEqualTo("AF");
    }

    @Test
    void aCountryNamedAcrossABorderIsWhereThePlaceIsNot() {
        // the SDF are Syrian: their country counts once the border's other side no longer settles the report's
        List<PlaceMention> en = Geoparsing.parse("On 1 March 2021, a drone strike near the border with Turkey killed "
                + "two SDF fighters in Ain Issa.", Language.EN, "SY");
        assertThat(find(en, "Ain Issa").place().country()).isEqualTo("SY");
        List<PlaceMention> fr = Geoparsing.parse("Des hommes armés ont tué sept villageois à Seytenga, près de la "
                + "frontière nigérienne, dans la province du Séno.", Language.FR, null);
        assertThat(fr).allMatch(m -> m.place() == null || "BF".equals(m.place().country()));
        assertThat(fr).anyMatch(m -> m.place() != null);
    }
}
