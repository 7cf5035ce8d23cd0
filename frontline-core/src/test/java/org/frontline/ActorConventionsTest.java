package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.article.Article;
import org.frontline.events.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ACLED's actor conventions, each phenomenon on a short English report of our own, coded end to end. */
class ActorConventionsTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Bundled.pipeline();
    }

    private static Event first(String text) {
        Extraction x = pipeline.extract(new Article(null, null, null, "2020-05-08", "en", null, text));
        assertThat(x.events()).as(text).isNotEmpty();
        return x.events().get(0);
    }

    @Test
    void stateForcesOfRivalStatesFaceEachOther() {
        Event e = first("On 6 May 2020, military forces of Artsakh fired with unspecified weapons on the positions of "
                + "the military forces of Azerbaijan near Fizuli.");
        assertThat(e.actor1()).isEqualTo("Military Forces of Artsakh (2007-)");
        assertThat(e.actor2()).startsWith("Military Forces of Azerbaijan");
        assertThat(e.interaction()).isEqualTo(11);
    }

    @Test
    void stateForcesOfRivalRegimesOfOneCountryFaceEachOther() {
        Event e = first("On 6 May 2020, Houthi forces attacked pro-Hadi forces in Nihm, Sanaa.");
        assertThat(e.actor1()).isEqualTo("Military Forces of Yemen (2016-) Supreme Political Council");
        assertThat(e.actor2()).isEqualTo("Military Forces of Yemen (2012-)");
    }

    @Test
    void anAntiPrefixNamesTheEnemyNotTheActor() {
        Event e = first("On 2 May 2020, anti-Houthi National Resistance forces fired machine guns at positions "
                + "in Hays, Al Hudaydah.");
        assertThat(e.actor1()).isEqualTo("National Resistance Forces");
    }

    @Test
    void unattributedFireOnTheDonbasContactLineIsBetweenUkraineAndTheNaf() {
        Event e = first("On 7 May 2020, the OSCE SMM observed a total of 15 projectiles/explosions involving unknown "
                + "weapons in both directions of the frontline near Donetsk Airport.");
        assertThat(java.util.List.of(e.actor1(), e.actor2())).containsExactlyInAnyOrder(
                "Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya");
    }

    @Test
    void anUnknownKillerInCriminalViolenceIsAnUnidentifiedGang() {
        Event e = first("On 3 May 2020, in Celaya, Guanajuato, armed men shot dead two men in a street. According to "
                + "authorities, the attack is linked to a drug cartel. 2 fatalities.");
        assertThat(e.actor1()).isEqualTo("Unidentified Gang (Mexico)");
        assertThat(e.actor2()).isEqualTo("Civilians (Mexico)");
    }

    @Test
    void genericActorsTakeTheCountryMostOfTheReportsPlacesAreIn() {
        Event e = first("On 1 May 2020, in Tijuana, Baja California, a woman was found dead in Colonia Jardines de la "
                + "Mesa. 1 fatality.");
        assertThat(e.actor2()).isEqualTo("Civilians (Mexico)");
    }

    @Test
    void aClosingTollSentenceCountsForTheEventBeforeIt() {
        Event e = first("On 7 May 2020, in Guadalajara, Jalisco, several armed men attacked two men in a street. Both "
                + "victims died. 2 fatalities.");
        assertThat(e.fatalities()).isEqualTo(2);
        Event coded = first("On 8 May 2020, GNA forces shelled LNA positions in Wadi al Washka (Sirt), killing an "
                + "unspecified number of LNA soldiers. Unknown number of fatalities coded as 10.");
        assertThat(coded.fatalities()).isEqualTo(10);
    }

    @Test
    void aProtestAboutADisasterIsStillAProtest() {
        Event e = first("On 27 April 2020, farmers protested outside the deputy commissioner's office in Swabi, "
                + "demanding financial assistance after their crops were destroyed by a hail storm.");
        assertThat(e.subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.actor1()).isEqualTo("Protesters (Pakistan)");
    }

    @Test
    void theSecondStateOfACoordinatedNameHasItsForcesToo() {
        Event e = first("On 6 May 2020, military forces of India and Pakistan exchanged fire across the LoC in Naushera "
                + "sector area (Rajouri district, J&K).");
        assertThat(java.util.List.of(e.actor1(), e.actor2())).containsExactlyInAnyOrder(
                "Military Forces of India (2014-)", "Military Forces of Pakistan (2018-)");
    }

    @Test
    void aGroupActingUnderAnUmbrellaIsCodedAsTheUmbrella() {
        Event e = first("On 2 May 2020, JWS, which operates under OPS, targeted a group of QSD fighters with artillery "
                + "shells near Khirbat Al-Baqr south of Tell Abiad in the northern countryside of Ar-Raqqa.");
        assertThat(e.actor1()).isEqualTo("Operation Peace Spring");
        assertThat(e.assocActor1()).contains("JWS: Syrian National Army");
        assertThat(e.actor2()).isEqualTo("QSD: Syrian Democratic Forces");
    }

    @Test
    void aThwartedGroundAttackIsAClashAFoiledBombingIsDisruptedWeaponsUse() {
        assertThat(first("On 5 May 2020, pro-Hadi forces reportedly thwarted an attack of pro-Houthi forces in Nihm "
                + "front (Nihm, Sanaa) with no report of fatalities nor injuries.").subEventType())
                .isEqualTo("Armed clash");
        assertThat(first("On 5 May 2020, police foiled a suicide attack on a mosque in Kabul.").subEventType())
                .isEqualTo("Disrupted weapons use");
    }

    @Test
    void aRoadBlockedToDemandSomethingIsAProtest() {
        Event e = first("On 6 May 2020, in the highway Turmero-Maracay, Aragua state, a group of residents blocked the "
                + "highway to demand the distribution of gasoline.");
        assertThat(e.subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.actor1()).isEqualTo("Protesters (Venezuela)");
    }

    @Test
    void theSideThatRepelsAnAttackByAnotherStaysTheSubject() {
        Event e = first("On 21 January 2018, rebel factions repelled an attack by Assad's forces on the village of "
                + "Tall Sultan, east of Idlib, killing 12 regime soldiers.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(e.actor1()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(e.actor2()).isEqualTo("Military Forces of Syria (2000-)");
        Event passive = first("On 21 January 2018, a checkpoint near Tall Sultan was attacked by HTS fighters.");
        assertThat(passive.actor1()).isEqualTo("HTS: Hayat Tahrir al Sham");
    }

    @Test
    void armedMenInMexicoAreAnArmedGroupButAnUnnamedKillerIsAGang() {
        Event armed = first("On 8 May 2020, in Martinez de la Torre, Veracruz, two armed men attacked a taxi driver "
                + "outside a workshop. The victim died. 1 fatality.");
        assertThat(armed.actor1()).isEqualTo("Unidentified Armed Group (Mexico)");
        Event body = first("On 27 April 2020, in Marin, Nuevo Leon, the body of a man who bore signs of torture was "
                + "found. 1 fatality.");
        assertThat(body.actor1()).isEqualTo("Unidentified Gang (Mexico)");
    }

    @Test
    void anUnknownKillerInBrazilIsCodedAsAGangOrPoliceMilitiaButArmedMenAsAnArmedGroup() {
        Event e = first("On 2 May 2020, in Mossoro, Rio Grande do Norte, a man driving a motorcycle was killed in a "
                + "drive-by shooting by armed men. There are no reports on the identity of the perpetrators. 1 fatality.");
        assertThat(e.subEventType()).isEqualTo("Attack");
        assertThat(e.actor1()).isEqualTo("Unidentified Gang and/or Police Militia");
        assertThat(e.actor2()).isEqualTo("Civilians (Brazil)");
        assertThat(e.fatalities()).isEqualTo(1);
        Event armed = first("On 2 May 2020, in Mossoro, Rio Grande do Norte, a man was shot to death in his home by "
                + "two armed men. There are no reports on the identity of the perpetrators nor crime motivation.");
        assertThat(armed.actor1()).isEqualTo("Unidentified Armed Group (Brazil)");
    }
}
