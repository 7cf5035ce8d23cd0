package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A town met through another of its names (cities500 keeps "Ramadan" for Turabah and "Mina" for Minot) is a word
 * or a person's name before it is the town, when the report names no country; a spelling of the town's own name
 * ("el Hermel" for Hermel) is still the town. Kosovo is a country, not its town Kosovo Polje. A unit named like a
 * city abroad ("Tripoli", Libya's district) is no unit the report names when the report is about another country.
 */
class OtherNamesTest {
    private static List<PlaceMention> confident(String body, Language lang) {
        return Geoparsing.parse(body, lang, null).stream()
                .filter(m -> m.place() != null && m.confidence() >= 0.35).toList();
    }

    @Test
    void theMonthOfRamadanIsNotTheSaudiTownOnceCalledSo() {
        assertThat(confident("On 5 May 2020, tens of shop owners protested against the government decision to close "
                + "all shops during the month of Ramadan.", Language.EN)).isEmpty();
        assertThat(confident("Des commerçants ont manifesté contre la fermeture des magasins pendant le mois de "
                + "Ramadan.", Language.FR)).isEmpty();
    }

    @Test
    void anOldNameOfATownAbroadDoesNotOutvoteTheReportsOwnTown() {
        List<PlaceMention> ms = confident("On 9 May 2020, dozens of Hay Oban Ramadan residents closed road 40 by "
                + "burning rubber tires in Ain Oussara (Ain Oussara), denouncing their lack of access to drinkable "
                + "water.", Language.EN);
        assertThat(ms).isNotEmpty().allSatisfy(m -> assertThat(m.place().country()).isEqualTo("DZ"));
    }

    @Test
    void aSpellingOfATownsOwnNameStillFindsIt() {
        PlaceMention en = find(Geoparsing.parse("On 1 May 2020, on the occasion of labour day, a march was held in "
                + "el Hermel from the Martyrs square to the Saray square.", Language.EN, null), "Hermel");
        assertThat(en.place().country()).isEqualTo("LB");
        assertThat(en.confidence()).isGreaterThan(0.5);
        PlaceMention fr = find(Geoparsing.parse("Une marche a eu lieu à el Hermel, de la place des Martyrs à celle "
                + "du Sérail.", Language.FR, null), "Hermel");
        assertThat(fr.place().country()).isEqualTo("LB");
        assertThat(fr.confidence()).isGreaterThan(0.5);
    }

    @Test
    void kosovoIsACountryNotItsTownKosovoPolje() {
        List<PlaceMention> en = Geoparsing.parse("On 7 May 2020, local residents protested in Selac, Kosovo, "
                + "demanding an asphalted road.", Language.EN, null);
        assertThat(find(en, "Kosovo").place().isCountry()).isTrue();
        assertThat(find(en, "Kosovo").place().country()).isEqualTo("XK");
        List<PlaceMention> fr = Geoparsing.parse("Des habitants ont manifesté à Selac, au Kosovo, pour réclamer une "
                + "route goudronnée.", Language.FR, null);
        assertThat(find(fr, "Kosovo").place().country()).isEqualTo("XK");
    }

    @Test
    void aCityQualifiedByItsCountryIsNotTheCapitalOfAnother() {
        PlaceMention en = find(Geoparsing.parse("On 8 May 2020, rioters set fire to a bank in Tripoli, Lebanon.",
                Language.EN, null), "Tripoli");
        assertThat(en.place().country()).isEqualTo("LB");
        PlaceMention fr = find(Geoparsing.parse("Le 8 mai 2020, des émeutiers ont incendié une banque à Tripoli, au "
                + "Liban.", Language.FR, null), "Tripoli");
        assertThat(fr.place().country()).isEqualTo("LB");
        PlaceMention ly = find(Geoparsing.parse("Le 8 mai 2020, des obus sont tombés sur Tripoli, en Libye.",
                Language.FR, null), "Tripoli");
        assertThat(ly.place().country()).isEqualTo("LY");
    }

    @Test
    void unitsAreFoundByTheNamesReportsGiveThem() {
        PlaceMention saladin = find(Geoparsing.parse("On 28 Apr 2020, PMF forces destroyed five IS hideouts across the "
                + "Hamrin mountains in Saladin province.", Language.EN, null), "Saladin");
        assertThat(saladin.place().admin1()).isEqualTo("Sala al-Din");
        assertThat(saladin.place().adminLevel()).isEqualTo(1);
        PlaceMention mahrah = find(Geoparsing.parse("On 28 April 2020, police forces in Al Mahrah governorate "
                + "arrested a senior officer.", Language.EN, null), "Al Mahrah");
        assertThat(mahrah.place().admin1()).isEqualTo("Al Mahrah");
        PlaceMention cisjordanie = find(Geoparsing.parse("Des colons ont arraché des oliviers dans le village de "
                + "Sawiya, en Cisjordanie.", Language.FR, null), "Cisjordanie");
        assertThat(cisjordanie.place().admin1()).isEqualTo("West Bank");
        PlaceMention louhansk = find(Geoparsing.parse("Des tirs ont été signalés dans la région de Louhansk.",
                Language.FR, null), "Louhansk");
        assertThat(louhansk.place().admin1()).isEqualTo("Luhansk");
        PlaceMention socotra = find(Geoparsing.parse("Des forces pro-Hadi ont été déployées sur l'île de Socotra.",
                Language.FR, null), "Socotra");
        assertThat(socotra.place().admin1()).isEqualTo("Suqutra");
    }

    @Test
    void aNeighbourhoodNamedLikeAProvinceAbroadStaysInItsCity() {
        List<PlaceMention> ms = Geoparsing.parse("Le 12 mai 2020, des obus sont tombés sur le quartier de Salaheddine, à "
                + "Alep, faisant trois blessés.", Language.FR, null);
        assertThat(find(ms, "Alep").place().country()).isEqualTo("SY");
        assertThat(find(ms, "Alep").confidence()).isGreaterThan(0.5);
        assertThat(ms).noneMatch(m -> m.place() != null && "IQ".equals(m.place().country()) && m.confidence() > 0.35);
    }
}
