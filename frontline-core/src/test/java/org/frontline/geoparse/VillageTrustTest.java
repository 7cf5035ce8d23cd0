package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The bundled villages abroad (issue 3): found where the document allows them, kept out where their names are
 * only words or namesakes elsewhere.
 */
class VillageTrustTest {
    private static List<PlaceMention> parse(String body, Language lang, String actorsCountry) {
        return Geoparsing.parse(body, lang, actorsCountry);
    }

    /** A report in French when it opens as ACLED's French notes do ("Le 3 mai 2020, …"), else in English. */
    private static List<PlaceMention> parseReport(String text) {
        return parse(text, text.startsWith("Le ") ? Language.FR : Language.EN, null);
    }

    @Test
    void aVillageQualifiedByItsProvinceIsTheOneInThatProvince() {
        PlaceMention m = find(parse("On 9 May 2020, the Ukrainian Forces fired grenade launchers at the positions "
                + "of the Donbass People's Militia in the area of Dmytrivka, Donetsk.", Language.EN, null),
                "Dmytrivka");
        assertThat(m.place().country()).isEqualTo("UA");
        assertThat(m.place().admin1()).isEqualTo("Donetsk");
        assertThat(m.confidence()).isGreaterThan(0.35);
    }

    @Test
    void aFrenchReportPlacesTheVillageInTheOblastItNames() {
        PlaceMention m = find(parse("Les séparatistes ont tiré au mortier sur les positions ukrainiennes près de "
                + "Dmytrivka, dans l'oblast de Donetsk.", Language.FR, null), "Dmytrivka");
        assertThat(m.place().admin1()).isEqualTo("Donetsk");
    }

    @Test
    void aNamesakeInAnotherProvinceIsNotTakenForTheQualifiedVillage() {
        List<PlaceMention> ms = parse("On 7 May 2020, the Ukrainian Forces fired small arms at the positions of the "
                + "Donbass People's Militia in the area of Oleksandrivka, Donetsk.", Language.EN, null);
        PlaceMention m = find(ms, "Oleksandrivka");
        assertThat(m.place() == null || "Donetsk".equals(m.place().admin1()))
                .as("Oleksandrivka resolved to %s", m.place()).isTrue();
    }

    @Test
    void villagesNamedLikeWordsAreNotPlacesInAReportAboutAnotherCountry() {
        List<PlaceMention> ms = parse("On 1 May 2020, in Brasilia, Distrito Federal, health workers gathered in "
                + "front of the Supreme Court of Justice to protest.", Language.EN, null);
        assertThat(ms).noneMatch(m -> m.place() != null && "US".equals(m.place().country()) && m.confidence() > 0.3);
        assertThat(find(ms, "Brasilia").place().country()).isEqualTo("BR");
    }

    @Test
    void aVillageOutsideTheProvinceTheReportNamesIsADoubtfulNamesake() {
        List<PlaceMention> ms = parse("On 9 May 2020, in Leon de los Aldama, Guanajuato, armed men attacked a man "
                + "and a woman in Colonia San Francisco.", Language.EN, null);
        assertThat(find(ms, "Leon de los Aldama").place().admin1()).isEqualTo("Guanajuato");
        assertThat(ms).noneMatch(m -> m.place() != null && m.confidence() >= 0.35
                && !"Guanajuato".equals(m.place().admin1()));
    }

    @Test
    void aCapitalisedSpanishArticleStartsTheProvinceName() {
        PlaceMention m = find(parse("On 30 April 2020, in Santa Rosa (La Pampa), residents performed a "
                + "pot-banging protest.", Language.EN, null), "La Pampa");
        assertThat(m.place().country()).isEqualTo("AR");
        assertThat(m.place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aGroupCataloguedInAnotherCountryDoesNotMakeTheNamedProvinceDoubtful() {
        PlaceMention m = find(parse("On 9 May 2020, suspected ISGS militants killed six civilians in the village "
                + "of Gadabo (Anzourou, Tillaberi).", Language.EN, "ML"), "Tillaberi");
        assertThat(m.place().country()).isEqualTo("NE");
        assertThat(m.confidence()).isGreaterThan(0.35);
    }

    @Test
    void aVillageNamedLikeOneInAnotherGovernorateIsNotPlacedThere() {
        List<PlaceMention> ms = parse("On 30 April 2020, a landmine planted by an unidentified armed group in Albu "
                + "Badran in Deir-ez-Zor detonated wounding a QSD member.", Language.EN, null);
        assertThat(ms).noneMatch(m -> m.place() != null && m.confidence() >= 0.35
                && !"Deir-ez-Zor".equals(m.place().admin1()));
    }

    @Test
    void unVillageDUnAutreGouvernoratNEstPasLeLieuDeLEvenement() {
        List<PlaceMention> ms = parse("Une mine posée par un groupe armé non identifié a explosé à Albu Badran, "
                + "dans la province de Deir ez-Zor, blessant un membre des FDS.", Language.FR, null);
        assertThat(ms).noneMatch(m -> m.place() != null && m.confidence() >= 0.35
                && !"Deir-ez-Zor".equals(m.place().admin1()));
    }

    @Test
    void anAreaOfACityIsNotANamesakeFarAway() {
        List<PlaceMention> ms = parse("On 4 May 2020, two groups clashed in Wadi area of Vadodara city (Vadodara, "
                + "Gujarat), as one of the groups insisted that a visitor should be tested.", Language.EN, null);
        assertThat(find(ms, "Wadi").confidence()).isLessThan(0.35);
    }

    @Test
    void unQuartierDUneVilleNEstPasUnHomonymeLointain() {
        List<PlaceMention> ms = parse("Deux groupes se sont affrontés à Wadi, un quartier de Vadodara, au Gujarat.",
                Language.FR, null);
        assertThat(ms).noneMatch(m -> m.place() != null && m.confidence() >= 0.35
                && !"Gujarat".equals(m.place().admin1()) && !m.place().isCountry());
    }

    @Test
    void aStateNamedWithPortugueseParticlesQualifiesItsCapital() {
        List<PlaceMention> ms = parse("On 2nd May 2020, in Mossoro, Rio Grande do Norte, a man driving a motorcycle was "
                + "shot to death by armed men.", Language.EN, null);
        assertThat(find(ms, "Rio Grande do Norte").place().adminLevel()).isEqualTo(1);
        assertThat(find(ms, "Mossoro").place().name()).isEqualTo("Mossoró");
    }

    @Test
    void aFrenchReportNamesTheSameStateWholeToo() {
        List<PlaceMention> ms = parse("À Porto Alegre, dans le Rio Grande do Sul, des habitants ont manifesté contre le "
                + "président.", Language.FR, null);
        assertThat(find(ms, "Rio Grande do Sul").place().adminLevel()).isEqualTo(1);
        assertThat(find(ms, "Porto Alegre").place().country()).isEqualTo("BR");
    }

    @Test
    void aTownQualifiedByAProvinceIsNoSmallerPlaceOutsideIt() {
        List<PlaceMention> ms = parse("On 1 May 2020, an arson attack targeted a chemical plant in Tuzla industrial zone "
                + "in Tuzla, Istanbul.", Language.EN, null);
        assertThat(ms).noneMatch(m -> m.place() != null && !"TR".equals(m.place().country()));
    }

    @Test
    void aCapitalThatIsAUnitOfItsOwnDoesNotMakeTheTownsOfTheRestOfTheCountryNamesakes() {
        List<PlaceMention> ms = parse("On 30 April 2020, citizens protested from their balconies in Pirot, Serbia, "
                + "against the government. The protest was initiated by Don't Let Belgrade D(r)own.", Language.EN, null);
        PlaceMention pirot = find(ms, "Pirot");
        assertThat(pirot.place().country()).isEqualTo("RS");
        assertThat(pirot.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aFrenchReportNamingTheCapitalKeepsTheProvincialTownToo() {
        PlaceMention pirot = find(parse("Des habitants ont manifesté depuis leurs balcons à Pirot, en Serbie, à "
                + "l'appel du mouvement Ne laissons pas couler Belgrade.", Language.FR, null), "Pirot");
        assertThat(pirot.place().country()).isEqualTo("RS");
        assertThat(pirot.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aTownQualifiedByAStateItsNamesakesAreNotInIsNoneOfThem() {
        List<PlaceMention> ms = parse("On 2 May 2020, in Benito Juarez, Nuevo Leon, a man and a woman were shot in "
                + "Colonia Arboledas de los Naranjos.", Language.EN, null);
        PlaceMention town = find(ms, "Benito Juarez");
        assertThat(town.place() == null || "Nuevo Leon".equals(town.place().admin1())).isTrue();
        assertThat(find(ms, "Nuevo Leon").place().admin1()).isEqualTo("Nuevo Leon");
    }

    @Test
    void aStatesSeatQualifiedByItsStateIsStillTheSeat() {
        PlaceMention laPaz = find(parse("Le 30 avril 2020, à La Paz, Baja California Sur, environ 150 employés ont "
                + "manifesté pour réclamer leurs salaires.", Language.FR, null), "La Paz");
        assertThat(laPaz.place().country()).isEqualTo("MX");
        assertThat(laPaz.place().admin1()).isEqualTo("Baja California Sur");
    }

    @Test
    void aCommuneNamedInParenthesesWithItsStateIsNoStateSeatElsewhere() {
        for (String text : List.of("On 3 May 2020, unidentified gunmen abducted the wife of a former LGA head and "
                + "banker in Apa Agila (Ado LGA, Benue).", "Le 3 mai 2020, des hommes armés ont enlevé l'épouse "
                + "d'un ancien responsable local à Apa Agila (Ado, Benue).")) {
            List<PlaceMention> ms = parseReport(text);
            assertThat(ms).as(text).noneMatch(m -> m.place() != null && !"Benue".equals(m.place().admin1()));
            assertThat(find(ms, "Benue").place().admin1()).isEqualTo("Benue");
        }
    }

    @Test
    void aNamesakeFarFromTheDistrictItIsSaidToLieInIsDoubtful() {
        for (String text : List.of("On 2 May 2020, Tiv and Ichen Ethnic Militias clashed over the ownership of land "
                + "in Gwankwai, Gidan Adamu and Maraban Baissa in Donga LGA (Taraba).", "Le 2 mai 2020, des milices "
                + "tiv et ichen se sont affrontées à Maraban Baissa, dans la LGA de Donga (Taraba).")) {
            List<PlaceMention> ms = parseReport(text);
            assertThat(find(ms, "Baissa").confidence()).as(text).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
            assertThat(find(ms, "Donga").place().admin1()).isEqualTo("Taraba");
        }
    }
}
