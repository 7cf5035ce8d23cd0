package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.events.Event;
import org.junit.jupiter.api.Test;

/**
 * ACLED's conventions for criminal violence (drive-by shootings, drug seizures, a named police branch), for
 * brawls between crowds and for unattributed fire on the Donbas contact line, each on short English (and French)
 * reports of our own, coded end to end.
 */
class CriminalAndFrontLineConventionsTest {
    private static Event first(String text) {
        return Bundled.firstEvent(text, "en", "2020-05-08");
    }

    @Test
    void armedMenInADriveByShootingInMexicoAreAGang() {
        Event e = first("On 6 May 2020, in Salamanca, Guanajuato, armed men riding a motorcycle carried out a drive-by "
                + "shooting against a street vendor. The victim died. 1 fatality.");
        assertThat(e.subEventType()).isEqualTo("Attack");
        assertThat(e.actor1()).isEqualTo("Unidentified Gang (Mexico)");
        assertThat(e.actor2()).isEqualTo("Civilians (Mexico)");
    }

    @Test
    void stateForcesSeizingDrugsDestroyPropertyOfAnUnnamedGang() {
        Event e = first("On 3 May 2020, in Dourados, Mato Grosso do Sul, federal police forces seized about 2 tons of "
                + "marijuana hidden in a truck during a highway inspection. Two men were arrested.");
        assertThat(e.subEventType()).isEqualTo("Looting/property destruction");
        assertThat(e.actor1()).isEqualTo("Police Forces of Brazil (2019-) Federal Police");
        assertThat(e.actor2()).isEqualTo("Unidentified Gang (Brazil)");
        Event lab = first("On 3 May 2020, in Londrina, Parana, civil police forces dismantled a cocaine lab in a "
                + "rural property. A man was arrested.");
        assertThat(lab.subEventType()).isEqualTo("Looting/property destruction");
        assertThat(lab.actor2()).isEqualTo("Unidentified Gang (Brazil)");
    }

    @Test
    void thePoliceOfAReportThatNamedTheMilitaryPoliceAreTheMilitaryPolice() {
        Event e = first("On 4 May 2020, in Sao Goncalo, Rio de Janeiro, the Military Police carried out an operation in "
                + "the Salgueiro community. A shoot-out broke out and two police officers were injured.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(e.actor1()).isEqualTo("Military Forces of Brazil (2019-) Military Police");
    }

    @Test
    void aPoliceBranchDoesNotAbsorbTheForcesOfAnotherState() {
        Event e = first("On 6 May 2020, military forces of Artsakh fired with unspecified weapons on the positions of "
                + "the military forces of Azerbaijan near Fizuli.");
        assertThat(e.actor2()).startsWith("Military Forces of Azerbaijan");
    }

    @Test
    void unattributedExplosionsNearAPlaceOneSideHoldsAreTheOtherSidesShelling() {
        Event held = first("On 6 May 2020, the OSCE SMM observed a total of 4 explosions involving unknown weapons near "
                + "Svitlodarsk.");
        assertThat(held.subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(held.actor1()).isEqualTo("NAF: United Armed Forces of Novorossiya");
        assertThat(held.actor2()).isNull();
        Event naf = first("On 6 May 2020, the OSCE SMM observed a total of 3 explosions involving unknown weapons near "
                + "Horlivka.");
        assertThat(naf.actor1()).isEqualTo("Military Forces of Ukraine (2019-)");
        assertThat(naf.actor2()).isNull();
    }

    @Test
    void aNamedFiringSideOrAnUnknownPlaceKeepsBothSidesOfTheLine() {
        Event named = first("On 6 May 2020, the NAF rebel forces fired grenade launchers at the governmental positions "
                + "near Svitlodarsk. The OSCE SMM observed a total of 5 explosions involving unknown weapons near "
                + "Svitlodarsk.");
        assertThat(named.actor1()).isEqualTo("NAF: United Armed Forces of Novorossiya");
        assertThat(named.actor2()).isEqualTo("Military Forces of Ukraine (2019-)");
        Event unknown = first("On 6 May 2020, the OSCE SMM observed a total of 2 explosions involving unknown weapons "
                + "near Bila Krynytsia.");
        assertThat(java.util.List.of(unknown.actor1(), unknown.actor2())).containsExactlyInAnyOrder(
                "Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya");
    }

    @Test
    void twoCrowdsThatClashAreRiotersWithNoCivilianVictims() {
        Event brawl = first("On 5 May 2020, two groups of villagers clashed and pelted stones at each other in Kalyanpur "
                + "village (Samastipur, Bihar) over a land dispute. 6 injured.");
        assertThat(brawl.subEventType()).isEqualTo("Mob violence");
        assertThat(brawl.actor1()).isEqualTo("Rioters (India)");
        assertThat(brawl.actor2()).isIn(null, "Rioters (India)");
        Event lynching = first("On 5 May 2020, a mob lynched a man suspected of theft in Kalyanpur village "
                + "(Samastipur, Bihar).");
        assertThat(lynching.actor2()).isEqualTo("Civilians (India)");
    }

    @Test
    void shellingThatOnlyHitsCivilianHousesHasNoCivilianVictims() {
        Event houses = first("On 8 May 2020, pro-Houthi forces reportedly fired artillery at civilian houses and farms "
                + "in Hays city (Al Hudaydah). No fatalities nor injuries reported.");
        assertThat(houses.subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(houses.actor2()).isNull();
        Event people = first("On 8 May 2020, pro-Houthi forces reportedly fired artillery at Hays city (Al Hudaydah), "
                + "killing two civilians.");
        assertThat(people.actor2()).isEqualTo("Civilians (Yemen)");
    }

    @Test
    void armedIndividualsAreAnArmedGroupAndAGovernmentDispersesNoProtest() {
        Event e = first("On 3 May 2020, in Morelia, Michoacan, two armed individuals shot dead a man inside a shop in "
                + "Colonia Centro. 1 fatality.");
        assertThat(e.actor1()).isEqualTo("Unidentified Armed Group (Mexico)");
        Event protest = first("On 29 April 2020, a group of women gathered outside the prison in Gebze, Kocaeli, to "
                + "protest a law the Turkish government passed. Police intervened and detained five of them.");
        assertThat(protest.actor1()).isEqualTo("Protesters (Turkey)");
        assertThat(protest.actor2()).startsWith("Police Forces of Turkey");
    }

    @Test
    void twoVillageGroupsWhoClashAreAMobAndAPoliceStationThatPlacesThemIsNoActor() {
        Event e = first("On 8 May 2020, two village groups clashed over a land dispute in Kewata village under "
                + "Dalsing Sarai police station (Samastipur, Bihar). 12 people were injured.");
        assertThat(e.subEventType()).isEqualTo("Mob violence");
        assertThat(e.actor1()).isEqualTo("Rioters (India)");
        assertThat(e.actor2()).isIn(null, "Rioters (India)");
    }

    @Test
    void membersActingUnderAnUmbrellaAreItsAssociatesAndJointPatrolPartnersNoRivals() {
        Event ops = first("On 4 May 2020, Turkish forces and JWS factions, operating under OPS, shelled the village of "
                + "Dardara in the countryside of Ras Al Ain in Al-Hasakeh. Neither injuries nor fatalities were reported.");
        assertThat(ops.actor1()).isEqualTo("Operation Peace Spring");
        assertThat(ops.actor2()).isNull();
        assertThat(ops.assocActor1()).contains("Military Forces of Turkey (2016-)");
        Event patrol = first("On 5 May 2020, a joint patrol by Turkish and Russian forces took place on the M4 highway "
                + "near Ariha in Idleb countryside.");
        assertThat(patrol.actor2()).isNull();
        assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(patrol.actor1()),
                patrol.assocActor1().stream())).contains("Military Forces of Turkey (2016-)",
                "Military Forces of Russia (2000-)");
    }

    @Test
    void frenchReportsFollowTheSameConventions() {
        Event seizure = Bundled.firstEvent("Le 3 mai 2020, la police fédérale brésilienne a saisi deux tonnes de "
                + "marijuana cachées dans un camion à Dourados, dans le Mato Grosso do Sul.", "fr", "2020-05-08");
        assertThat(seizure.subEventType()).isEqualTo("Looting/property destruction");
        assertThat(seizure.actor1()).isEqualTo("Police Forces of Brazil (2019-) Federal Police");
        assertThat(seizure.actor2()).isEqualTo("Unidentified Gang (Brazil)");
        Event osce = Bundled.firstEvent("Le 6 mai 2020, la mission spéciale d'observation de l'OSCE (SMM) a relevé 4 "
                + "explosions impliquant des armes inconnues près de Horlivka.", "fr", "2020-05-08");
        assertThat(osce.actor1()).isEqualTo("Military Forces of Ukraine (2019-)");
        assertThat(osce.actor2()).isNull();
    }
}
