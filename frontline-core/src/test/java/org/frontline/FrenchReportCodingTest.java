package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.article.Article;
import org.frontline.events.Event;
import org.frontline.events.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short French reports written for these tests, one or more per ACLED event type, each coded end to end: the
 * main event's type, sub-event type, actors, fatalities, date and notes line; plus reports with no conflict event
 * and an article with several events.
 */
class FrenchReportCodingTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Bundled.pipeline();
    }

    private static List<Event> code(String text) {
        return pipeline.extract(new Article(null, null, null, "2021-03-23", "fr", null, text)).events();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Le 3 mars 2021, des affrontements ont opposé l'armée syrienne aux combattants de Hayat Tahrir al-Sham près de Saraqeb, dans la province d'Idleb. Cinq soldats ont été tués.|Armed clash|Military Forces of Syria (2000-)|HTS: Hayat Tahrir al Sham|5|2021-03-03",
        "Le 4 mars 2021, les forces gouvernementales syriennes ont repris le contrôle du village de Kafr Nabl après de violents combats contre les rebelles.|Government regains territory|Military Forces of Syria (2000-)|Opposition Rebels (Syria)|0|2021-03-04",
        "Le 5 mars 2021, des combattants de l'État islamique se sont emparés du village de Maadan, dans la province de Raqqa, après trois jours de combats contre l'armée syrienne.|Non-state actor overtakes territory|Islamic State (Syria)|Military Forces of Syria (2000-)|0|2021-03-05",
        "Le 6 mars 2021, des avions de guerre russes ont mené des frappes aériennes sur la ville d'Ariha, dans la province d'Idleb, tuant quatre civils, selon l'OSDH.|Air/drone strike|Military Forces of Russia (2000-)|Civilians (Syria)|4|2021-03-06",
        "Le 7 mars 2021, l'artillerie turque a bombardé le village de Tal Tamr, dans la province de Hassaké, sans faire de victimes.|Shelling/artillery/missile attack|Military Forces of Turkey (2016-)|-|0|2021-03-07",
        "Le 8 mars 2021, un engin explosif improvisé a explosé au passage d'une patrouille de l'armée malienne près de Gao, tuant deux soldats.|Remote explosive/landmine/IED|Unidentified Armed Group (Mali)|Military Forces of Mali (2013-)|2|2021-03-08",
        "Le 9 mars 2021, un kamikaze s'est fait exploser sur un marché de Maiduguri, au Nigeria, tuant douze personnes.|Suicide bomb|Unidentified Armed Group (Nigeria)|Civilians (Nigeria)|12|2021-03-09",
        "Le 20 mars 2021, une grenade a été lancée contre un bar à Bujumbura, blessant cinq personnes.|Grenade|Unidentified Armed Group (Burundi)|Civilians (Burundi)|0|2021-03-20",
        "Le 8 mars 2021, les forces israéliennes ont tiré des balles en caoutchouc sur des pêcheurs palestiniens au large du nord de Gaza. Un Palestinien a été blessé.|Attack|Military Forces of Israel (2009-)|Civilians (Palestine)|0|2021-03-08",
        "Le 10 mars 2021, des colons israéliens ont arraché des oliviers dans le village de Sawiya, en Cisjordanie.|Looting/property destruction|Settlers (Israel)|Civilians (Palestine)|0|2021-03-10",
        "Le 6 mars 2021, des miliciens CODECO ont attaqué le village de Djugu, en Ituri, tuant sept civils.|Attack|CODECO: Cooperative for Development of Congo|Civilians (Democratic Republic of Congo)|7|2021-03-06",
        "Le 12 mars 2021, des frappes russes ont visé Kafranbel et Hass, dans le sud de la province d'Idleb.|Air/drone strike|Military Forces of Russia (2000-)|-|0|2021-03-12",
        "Le 16 mars 2021, une explosion a secoué le centre de Damas.|Remote explosive/landmine/IED|Unidentified Armed Group (Syria)|-|0|2021-03-16",
        "Le 4 mars 2021, des raids russes ont tué six civils à Ariha, selon les Casques blancs.|Air/drone strike|Military Forces of Russia (2000-)|Civilians (Syria)|6|2021-03-04",
        "Le 5 mars 2021, la police a arrêté une vingtaine de manifestants à Tunis.|Protest with intervention|Protesters (Tunisia)|Police Forces of Tunisia (2019-)|0|2021-03-05",
        "Le 15 mars 2021, de violents combats ont opposé l'armée soudanaise aux Forces de soutien rapide à Khartoum.|Armed clash|Military Forces of Sudan (2019-)|RSF: Rapid Support Forces|0|2021-03-15",
        "Le 7 mars 2021, les rebelles ont affirmé avoir abattu un hélicoptère du régime près de Nairab.|Disrupted weapons use|Opposition Rebels (Syria)|Military Forces of Syria (2000-)|0|2021-03-07",
        "Le 6 mars 2021, les forces de sécurité ont abattu deux personnes à Rangoun.|Attack|Military Forces of Myanmar (2016-)|Civilians (Myanmar)|2|2021-03-06",
        "Le 5 mars 2021, des insurgés ont attaqué un convoi de l'armée près de Kandahar, tuant quatre soldats.|Armed clash|Unidentified Armed Group (Afghanistan)|Military Forces of Afghanistan (2014-)|4|2021-03-05",
        "Le 8 mars 2021, des heurts ont éclaté entre des manifestants et la police à Dakar, faisant un mort.|Violent demonstration|Rioters (Senegal)|Police Forces of Senegal (2012-)|1|2021-03-08",
        "Le 4 mars 2021, l'armée camerounaise a affronté des séparatistes ambazoniens à Bamenda, dans la région du Nord-Ouest.|Armed clash|Military Forces of Cameroon (1982-)|Ambazonian Separatists (Cameroon)|0|2021-03-04",
        "Le 11 mars 2021, des affrontements ont opposé les rebelles du M23 à l'armée congolaise près de Rutshuru, selon un porte-parole militaire.|Armed clash|M23: March 23 Movement|Military Forces of the Democratic Republic of Congo (2019-)|0|2021-03-11",
        "Le 5 mars 2021, des rebelles des ADF ont massacré douze villageois près de Beni, dans le Nord-Kivu.|Attack|ADF: Allied Democratic Forces|Civilians (Democratic Republic of Congo)|12|2021-03-05",
        "Le 7 mars 2021, des combattants de l'État islamique au Sahel ont incendié le marché de Tin-Akoff, au Burkina Faso.|Looting/property destruction|Islamic State (Greater Sahara)|Civilians (Burkina Faso)|0|2021-03-07",
        "Le 9 mars 2021, des jihadistes ont attaqué un poste militaire à Djibo, dans le nord du Burkina Faso.|Armed clash|Unidentified Armed Group (Burkina Faso)|Military Forces of Burkina Faso (2015-)|0|2021-03-09",
        "Le 8 mars 2021, les avions de la coalition menée par l'Arabie saoudite ont bombardé des positions houthies à Sirwah.|Air/drone strike|Operation Restoring Hope|Military Forces of Yemen (2016-) Supreme Political Council|0|2021-03-08",
        "Le 8 mars 2021, des raids de la coalition ont visé des positions houthies à Sirwah.|Air/drone strike|Operation Restoring Hope|Military Forces of Yemen (2016-) Supreme Political Council|0|2021-03-08",
        "Le 10 mars 2021, des jihadistes ont attaqué un poste de l'armée près de Tombouctou, tuant quatre soldats.|Armed clash|Unidentified Armed Group (Mali)|Military Forces of Mali (2013-)|4|2021-03-10",
        "Le 10 mars 2021, des rebelles ont attaqué un poste de l'armée centrafricaine près de Bangui, tuant quatre soldats.|Armed clash|Unidentified Armed Group (Central African Republic)|Military Forces of the Central African Republic (2016-)|4|2021-03-10",
        "Le 10 mars 2021, une bombe artisanale a tué trois soldats près de Kandahar.|Remote explosive/landmine/IED|Unidentified Armed Group (Afghanistan)|Military Forces of Afghanistan (2014-)|3|2021-03-10",
        "Le 10 mars 2021, un engin explosif a visé une patrouille de l'armée malienne près de Gao, tuant deux soldats.|Remote explosive/landmine/IED|Unidentified Armed Group (Mali)|Military Forces of Mali (2013-)|2|2021-03-10",
        "Le 10 mars 2021, une attaque jihadiste a fait quatre morts près de Gao, selon une source sécuritaire.|Attack|Unidentified Armed Group (Mali)|Civilians (Mali)|4|2021-03-10",
        "Le 10 mars 2021, des shebab ont tué quatre civils à Mogadiscio, selon la police somalienne.|Attack|Al Shabaab|Civilians (Somalia)|4|2021-03-10",
        "Le 10 mars 2021, des hommes armés présumés appartenir à Boko Haram ont tué quinze agriculteurs près de Maiduguri.|Attack|Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad|Civilians (Nigeria)|15|2021-03-10",
        "Le 10 mars 2021, des hommes armés non identifiés ont tué trois villageois à Djibo, au Burkina Faso.|Attack|Unidentified Armed Group (Burkina Faso)|Civilians (Burkina Faso)|3|2021-03-10",
        "Le 11 mars 2021, des hommes armés ont enlevé un prêtre près de Beni, dans l'est de la République démocratique du Congo.|Abduction/forced disappearance|Unidentified Armed Group (Democratic Republic of Congo)|Civilians (Democratic Republic of Congo)|0|2021-03-11",
        "Le 12 mars 2021, des centaines d'habitants ont manifesté pacifiquement à Beyrouth contre la hausse des prix.|Peaceful protest|Protesters (Lebanon)|-|0|2021-03-12",
        "Le 6 mars 2021, des chauffeurs de taxi ont bloqué la route nationale à Uvira pour protester contre la hausse du prix du carburant.|Peaceful protest|Protesters (Democratic Republic of Congo)|-|0|2021-03-06",
        "Le 13 mars 2021, la police a dispersé à coups de gaz lacrymogène des manifestants rassemblés devant le parlement à Bamako.|Protest with intervention|Protesters (Mali)|Police Forces of Mali (2013-)|0|2021-03-13",
        "Le 14 mars 2021, des émeutiers ont incendié des pneus et lancé des pierres sur les forces de l'ordre à Tripoli, au Liban.|Violent demonstration|Rioters (Lebanon)|Police Forces of Lebanon (2020-)|0|2021-03-14",
        "Le 15 mars 2021, une foule en colère a lynché un homme accusé de vol à Goma.|Mob violence|Rioters (Democratic Republic of Congo)|Civilians (Democratic Republic of Congo)|0|2021-03-15",
        "Le 16 mars 2021, les forces de sécurité ont arrêté un dirigeant de l'opposition à Bamako.|Arrests|Military Forces of Mali (2013-)|Civilians (Mali)|0|2021-03-16",
        "Le 17 mars 2021, l'armée syrienne et les rebelles ont conclu un accord de cessez-le-feu à Deraa.|Agreement|Military Forces of Syria (2000-)|Opposition Rebels (Syria)|0|2021-03-17",
        "Le 18 mars 2021, des combattants ont pillé et incendié des boutiques du marché de Bunia.|Looting/property destruction|Unidentified Armed Group (Democratic Republic of Congo)|Civilians (Democratic Republic of Congo)|0|2021-03-18",
        "Le 19 mars 2021, l'armée libyenne a intercepté un drone au-dessus de Syrte.|Disrupted weapons use|Military Forces of Libya (2016-) Government of National Accord|-|0|2021-03-19",
        "Le 22 mars 2021, un convoi militaire turc d'une trentaine de véhicules est entré dans la province d'Idleb par le poste-frontière de Kafr Lusin.|Change to group/activity|Military Forces of Turkey (2016-)|-|0|2021-03-22",
        "Le 25 mars 2021, quelque 300 familles de Kafr Nouran, dans la province d'Alep, ont fui vers la frontière turque, selon l'ONU.|Other|Civilians (Syria)|-|0|2021-03-25",
        "Le 26 mars 2021, des combattants de l'État islamique ont attaqué un poste de contrôle de l'armée irakienne près de Kirkouk, tuant deux soldats.|Armed clash|Islamic State (Iraq)|Military Forces of Iraq (2018-)|2|2021-03-26",
        "Le 10 mars 2021, trois policiers ont été tués dans une attaque à Ouallam, dans la région de Tillabéri, au Niger.|Armed clash|Unidentified Armed Group (Niger)|Police Forces of Niger (2011-)|3|2021-03-10",
        "Le 11 mars 2021, Israël a mené des frappes sur Khan Younès, dans le sud de la bande de Gaza.|Air/drone strike|Military Forces of Israel (2009-)|-|0|2021-03-11",
        "Le 12 mars 2021, des jihadistes ont incendié l'école du village de Tamou, au sud-ouest de Niamey.|Looting/property destruction|Unidentified Armed Group (Niger)|Civilians (Niger)|0|2021-03-12",
        "Le 13 mars 2021, la Turquie a pilonné des positions des FDS près de Tal Rifaat, dans le nord de la province d'Alep.|Shelling/artillery/missile attack|Military Forces of Turkey (2016-)|QSD: Syrian Democratic Forces|0|2021-03-13",
        "Le 14 mars 2021, à Khartoum, les combats entre l'armée et les Forces de soutien rapide ont repris samedi malgré la trêve.|Armed clash|Military Forces of Sudan (2019-)|RSF: Rapid Support Forces|0|2021-03-14",
        "Le 15 mars 2021, les forces gouvernementales syriennes ont repris samedi le contrôle de la ville de Palmyre.|Government regains territory|Military Forces of Syria (2000-)|-|0|2021-03-15",
        "Le 16 mars 2021, des colons israéliens ont incendié des maisons et des voitures dans le village de Turmus Ayya, en Cisjordanie occupée.|Looting/property destruction|Settlers (Israel)|Civilians (Palestine)|0|2021-03-16",
        "Le 17 mars 2021, des combattants du groupe État islamique ont attaqué une position de l'armée nigériane près de Malam Fatori, dans l'État de Borno. Sept soldats ont été tués.|Armed clash|Islamic State (West Africa)|Military Forces of Nigeria (2015-)|7|2021-03-17",
        "Le 17 mars 2021, des jihadistes de l'État islamique ont tué dix civils près de Ménaka, au Mali.|Attack|Islamic State (Greater Sahara)|Civilians (Mali)|10|2021-03-17",
        "Le 17 mars 2021, des combattants de l'EI ont attaqué le village de Tamou, dans la région de Tillabéri, au Niger.|Attack|Islamic State (Greater Sahara)|Civilians (Niger)|0|2021-03-17",
        "Le 20 mars 2021, la Turquie a mené des frappes aériennes contre des positions kurdes dans le nord de la Syrie. Selon l'OSDH, au moins 31 personnes ont été tuées, dont 18 combattants kurdes et 12 soldats syriens.|Air/drone strike|Military Forces of Turkey (2016-)|-|31|2021-03-20",
        "Le 8 avril 2019, les forces du maréchal Khalifa Haftar ont mené un raid aérien contre l'aéroport de Mitiga, à Tripoli.|Air/drone strike|Military Forces of Libya (2014-) Haftar Faction|-|0|2019-04-08",
        "Le 23 mars 2019, des hommes armés ont attaqué le village peul d'Ogossagou, dans le centre du Mali, tuant au moins 134 personnes, dans une attaque attribuée à des chasseurs dozos.|Attack|Dozo Communal Militia (Mali)|Civilians (Mali)|134|2019-03-23",
        "Le 10 mai 2020, une voiture piégée a explosé à Tal Abyad, tuant cinq personnes, selon le ministère turc de la Défense, qui a imputé l'attentat aux YPG.|Remote explosive/landmine/IED|YPG: People's Protection Units|Civilians (Syria)|5|2020-05-10",
        "Le 29 janvier 2020, les forces du régime syrien sont entrées dans la ville de Maaret al-Noomane, dans le sud de la province d'Idleb, après des semaines de bombardements.|Government regains territory|Military Forces of Syria (2000-)|-|0|2020-01-29",
        "Le 2 novembre 2021, les rebelles tigréens du TPLF ont affirmé avoir pris le contrôle de la ville de Dessie, dans la région Amhara.|Non-state actor overtakes territory|TPLF: Tigray People's Liberation Front|-|0|2021-11-02",
        "Le 14 janvier 2021, des rebelles de la CPC ont attaqué Bangui, repoussés par les casques bleus de la Minusca et l'armée centrafricaine.|Armed clash|CPC: Coalition of Patriots for Change|MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic|0|2021-01-14",
        "Le 23 mars 2023, plus d'un million de personnes ont manifesté en France contre la réforme des retraites. À Paris, des heurts ont opposé des manifestants aux forces de l'ordre.|Violent demonstration|Rioters (France)|Police Forces of France (2017-)|0|2023-03-23",
        "Le 29 avril 2020, à Bogota, quelque 500 migrants vénézuéliens ont manifesté pour pouvoir rentrer au Venezuela.|Peaceful protest|Protesters (Venezuela)|-|0|2020-04-29",
        "Le 21 mars 2021, des frappes de drones américains ont tué trois membres d'Al-Shabaab près de Jilib, en Somalie.|Air/drone strike|Military Forces of the United States (2017-)|Al Shabaab|3|2021-03-21",
        "Le 4 novembre 2020, des combats ont éclaté au Tigré entre l'armée fédérale et le Front de libération du peuple du Tigré (TPLF).|Armed clash|Military Forces of Ethiopia (2018-)|TPLF: Tigray People's Liberation Front|0|2020-11-04",
        "Le 21 janvier 2021, deux kamikazes se sont fait exploser sur un marché de la place Tayaran, dans le centre de Bagdad, tuant au moins 32 personnes. L'attentat a été revendiqué par le groupe État islamique (EI).|Suicide bomb|Islamic State (Iraq)|Civilians (Iraq)|32|2021-01-21",
        "Le 14 février 2021, les rebelles houthis ont attaqué les positions des loyalistes près de Marib, au Yémen.|Armed clash|Military Forces of Yemen (2016-) Supreme Political Council|-|0|2021-02-14",
        "Le 1er mars 2023, des centaines de Palestiniens ont manifesté à Naplouse contre les attaques de colons. Les soldats israéliens ont tiré des gaz lacrymogènes pour disperser la foule.|Protest with intervention|Protesters (Palestine)|Military Forces of Israel (2009-)|0|2023-03-01",
        "Le 11 janvier 2023, l'armée ukrainienne a affirmé avoir repoussé une attaque russe près de Bakhmout, tandis que Moscou revendique la prise du village de Soledar.|Armed clash|Military Forces of Ukraine (2019-)|Military Forces of Russia (2000-)|0|2023-01-11",
    })
    void codesTheMainEventAsAcledWould(String text, String subType, String actor1, String actor2, int fatalities,
                                       String date) {
        List<Event> events = code(text);
        assertThat(events).as(text).isNotEmpty();
        Event e = events.get(0);
        assertThat(e.subEventType()).isEqualTo(subType);
        assertThat(e.eventType()).isEqualTo(EventType.typeOf(subType));
        assertThat(e.actor1()).isEqualTo(actor1);
        assertThat(e.actor2()).isEqualTo(actor2);
        assertThat(e.fatalities()).isEqualTo(fatalities);
        assertThat(e.eventDate()).isEqualTo(date);
        assertThat(e.timePrecision()).isEqualTo(1);
        assertThat(e.notes()).startsWith("On " + date + ", ").contains(actor1);
    }

    @Test
    void coversEveryEventType() {
        List<String> types = List.of(EventType.BATTLES, EventType.REMOTE, EventType.VAC, EventType.PROTESTS,
                EventType.RIOTS, EventType.STRATEGIC);
        String[] reports = {
            "Le 3 mars 2021, des affrontements ont opposé l'armée syrienne aux combattants de Hayat Tahrir al-Sham près de Saraqeb.",
            "Le 7 mars 2021, l'artillerie turque a bombardé le village de Tal Tamr, dans la province de Hassaké.",
            "Le 10 mars 2021, des hommes armés non identifiés ont tué trois villageois à Djibo, au Burkina Faso.",
            "Le 12 mars 2021, des centaines d'habitants ont manifesté pacifiquement à Beyrouth contre la hausse des prix.",
            "Le 14 mars 2021, des émeutiers ont incendié des pneus et lancé des pierres sur les forces de l'ordre à Tripoli, au Liban.",
            "Le 16 mars 2021, les forces de sécurité ont arrêté un dirigeant de l'opposition à Bamako.",
        };
        for (int i = 0; i < reports.length; i++) {
            assertThat(code(reports[i]).get(0).eventType()).as(reports[i]).isEqualTo(types.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il a beaucoup plu lundi à Damas et les températures ont chuté.",
        "Les cours du pétrole ont reculé mardi à la Bourse de Paris.",
        "Le club de football de Bamako a remporté le championnat samedi.",
    })
    void codesNoEventForWeatherMarketsOrSport(String text) {
        assertThat(code(text)).isEmpty();
    }

    @Test
    void theFightingATakingEndedIsThatTakingConfirmedByBothSources() {
        List<Event> events = code("Selon l'agence officielle Sana, l'armée syrienne a libéré mercredi la localité de "
                + "Sinjar, dans le sud-est de la province d'Idleb, des « terroristes » du Front al-Nosra. L'Observatoire "
                + "syrien des droits de l'homme (OSDH) a confirmé la prise de Sinjar par les forces du régime après de "
                + "violents combats.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Government regains territory");
            assertThat(e.attribution()).extracting(a -> a.source()).containsExactly("SANA", "SOHR");
        });
    }

    @Test
    void aQuotedParticipleAfterTheAuxiliaryIsANewTakingNotAnEarlierEvent() {
        List<Event> events = code("Le 29 janvier 2020, les forces du régime syrien, appuyées par l'aviation russe, sont "
                + "entrées dans la ville de Maaret al-Noomane, dans le sud de la province d'Idleb, après des semaines de "
                + "bombardements. Selon l'agence officielle Sana, l'armée a « libéré » plusieurs villages alentour, dont "
                + "Maar Shamshe.");
        assertThat(events).extracting(Event::subEventType).containsOnly("Government regains territory");
        assertThat(events).extracting(e -> e.location().name()).contains("Ma`arr Shamshah");
    }

    @Test
    void anAttackToldAgainInAWitnessQuoteIsOneEvent() {
        List<Event> events = code("Le 13 février 2023, au moins 15 civils ont été tués dans une attaque jihadiste contre "
                + "le village de Yirgou, dans le nord du Burkina Faso, a-t-on appris de sources sécuritaires. « Des "
                + "individus armés ont fait irruption dans le village et ont ouvert le feu sur les habitants », a "
                + "raconté un habitant.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Attack");
            assertThat(e.actor1()).isEqualTo("Unidentified Armed Group (Burkina Faso)");
            assertThat(e.actor2()).isEqualTo("Civilians (Burkina Faso)");
            assertThat(e.fatalities()).isEqualTo(15);
        });
    }

    @Test
    void codesEachEventOfAnArticleMostSalientFirstWithItsSource() {
        List<Event> events = code("Le 22 mars 2021, selon l'OSDH, des affrontements entre les Forces démocratiques "
                + "syriennes et l'État islamique ont fait six morts près de Hajine. Le même jour, l'aviation russe a "
                + "bombardé Jisr al-Choughour.");
        assertThat(events).hasSize(2);
        Event clash = events.get(0);
        assertThat(clash.subEventType()).isEqualTo("Armed clash");
        assertThat(List.of(clash.actor1(), clash.actor2()))
                .containsExactly("QSD: Syrian Democratic Forces", "Islamic State (Syria)");
        assertThat(clash.fatalities()).isEqualTo(6);
        assertThat(clash.attribution()).extracting(a -> a.source()).containsExactly("SOHR");
        Event strike = events.get(1);
        assertThat(strike.subEventType()).isEqualTo("Air/drone strike");
        assertThat(strike.actor1()).isEqualTo("Military Forces of Russia (2000-)");
        assertThat(strike.eventDate()).isEqualTo("2021-03-22");
        assertThat(strike.location().name()).isEqualTo("Jisr al-Shughur");
    }

    @Test
    void whatTheAttackersDidNextAndTheAttackToldAgainAreThatAttack() {
        List<Event> fr = code("Une dizaine de civils ont été tués dans la nuit de samedi à dimanche lors de l'attaque "
                + "du village de Dinangourou, près de Koro, dans le centre du Mali, ont indiqué lundi des sources "
                + "locales. Les assaillants, arrivés à moto, ont incendié des greniers et emporté du bétail. L'attaque "
                + "n'a pas été revendiquée mais la zone est le théâtre d'opérations de la Katiba Macina, affiliée à "
                + "Al-Qaïda.");
        assertThat(fr).hasSize(1);
        assertThat(fr.get(0).subEventType()).isEqualTo("Attack");
        assertThat(fr.get(0).actor1()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(fr.get(0).fatalities()).isEqualTo(10);
        assertThat(fr.get(0).attribution()).extracting(a -> a.source()).containsExactly("sources locales");
        List<Event> en = pipeline.extract(new Article(null, null, null, "2022-03-08", "en", null, "About ten "
                + "civilians were killed overnight in an attack on the village of Dinangourou, near Koro, in central "
                + "Mali, local sources said. The attackers, who arrived on motorbikes, set fire to granaries and took "
                + "livestock. The attack was not claimed.")).events();
        assertThat(en).hasSize(1);
        assertThat(en.get(0).subEventType()).isEqualTo("Attack");
    }

    @Test
    void victimsInGazaAreGazansAndTheRocketsRetaliatedForAreNoIsraeliFire() {
        List<Event> events = code("Au moins 28 Palestiniens, dont dix enfants, ont été tués depuis lundi soir dans des "
                + "frappes israéliennes sur la bande de Gaza, selon le ministère de la Santé du Hamas. L'armée "
                + "israélienne affirme avoir visé des cibles du Hamas et du Jihad islamique, en riposte à des tirs de "
                + "roquettes vers Jérusalem et Ashkelon. Trois Israéliens ont été tués par ces roquettes à Ashkelon.");
        Event strike = events.get(0);
        assertThat(strike.subEventType()).isEqualTo("Air/drone strike");
        assertThat(strike.actor2()).isEqualTo("Civilians (Palestine)");
        assertThat(strike.fatalities()).isEqualTo(28);
        assertThat(events).noneMatch(e -> "Military Forces of Israel (2009-)".equals(e.actor1())
                && e.location() != null && "Jerusalem".equals(e.location().name()));
    }

    @Test
    void aCapitalThatStrikesBackIsItsStateAndNoPlace() {
        List<Event> fr = code("Trente-trois soldats turcs ont été tués jeudi soir dans des frappes aériennes attribuées "
                + "au régime syrien dans la province d'Idleb, a annoncé le gouverneur de la province turque de Hatay. "
                + "Ankara a riposté en bombardant des positions du régime.");
        assertThat(fr.get(0).fatalities()).isEqualTo(33);
        assertThat(fr.get(0).attribution()).extracting(a -> a.source())
                .containsExactly("gouverneur de la province turque de Hatay");
        Event riposte = fr.get(1);
        assertThat(riposte.actor1()).isEqualTo("Military Forces of Turkey (2016-)");
        assertThat(riposte.actor2()).isEqualTo("Military Forces of Syria (2000-)");
        assertThat(riposte.location().country()).isEqualTo("SY");
        List<Event> en = pipeline.extract(new Article(null, null, null, "2020-02-28", "en", null, "Thirty-three "
                + "Turkish soldiers were killed in air strikes blamed on the Syrian regime in Idlib province. Ankara "
                + "retaliated by shelling regime positions.")).events();
        assertThat(en.get(0).fatalities()).isEqualTo(33);
        assertThat(en).allMatch(e -> e.location() != null && e.location().country().equals("SY"));
    }

    @Test
    void aWithdrawalTowardsATownAndTheTollOfTheFightingAreTheTaking() {
        List<Event> events = code("Les forces du régime syrien, appuyées par l'aviation russe, ont repris lundi une "
                + "dizaine de localités dans le sud-est de la province d'Idleb, dont Abou Dali, selon l'OSDH. Les "
                + "rebelles de Hayat Tahrir al-Cham se sont retirés vers Sinjar. Au moins 15 combattants ont été tués "
                + "dans les affrontements.");
        assertThat(events).noneMatch(e -> e.location() != null && "Sinjar".equals(e.location().name()));
        assertThat(events).noneMatch(e -> "Armed clash".equals(e.subEventType()));
        assertThat(events.get(0).subEventType()).isEqualTo("Government regains territory");
        assertThat(events.stream().mapToInt(Event::fatalities).sum()).isEqualTo(15);
    }

    @Test
    void aTakingAndTheLosersWithdrawalToldApartAreOneTransferBetweenBothSides() {
        List<Event> events = code("Les forces turques et leurs supplétifs syriens ont pris le contrôle total de la ville "
                + "d'Afrine, a annoncé dimanche le président Recep Tayyip Erdogan. Les combattants kurdes des Unités "
                + "de protection du peuple (YPG) se sont retirés sans combattre, selon un responsable kurde.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).actor1()).isEqualTo("Military Forces of Turkey (2016-)");
        assertThat(events.get(0).actor2()).isEqualTo("YPG: People's Protection Units");
    }

    @Test
    void aHeadlineTellsTheBodysEventAgain() {
        List<Event> fr = pipeline.extract(new Article(null, null, null, "2022-03-10", "fr", null, "Ukraine: une "
                + "maternité bombardée à Marioupol\n\nUne frappe russe a touché mercredi une maternité de Marioupol, "
                + "dans le sud-est de l'Ukraine, faisant au moins trois morts dont une enfant, selon les autorités "
                + "locales.")).events();
        assertThat(fr).hasSize(1);
        assertThat(fr.get(0).subEventType()).isEqualTo("Air/drone strike");
        assertThat(fr.get(0).actor1()).isEqualTo("Military Forces of Russia (2000-)");
        List<Event> libya = pipeline.extract(new Article(null, null, null, "2019-04-10", "fr", null, "Libye: les "
                + "forces de Haftar bombardent l'aéroport de Tripoli\n\nL'aéroport de Tripoli a été la cible lundi d'un "
                + "raid aérien mené par les forces du maréchal Khalifa Haftar, a constaté un journaliste de l'AFP."))
                .events();
        assertThat(libya).hasSize(1);
        assertThat(libya.get(0).subEventType()).isEqualTo("Air/drone strike");
        List<Event> en = pipeline.extract(new Article(null, null, null, "2022-03-10", "en", null, "Russian strike "
                + "hits maternity hospital in Mariupol\n\nA Russian air strike hit a maternity hospital in Mariupol on "
                + "Wednesday, killing at least three people, local authorities said.")).events();
        assertThat(en).hasSize(1);
        assertThat(en.get(0).fatalities()).isEqualTo(3);
    }

    @Test
    void aCatalogedOperationIsAnActorAndACampaignsTollIsNoEvent() {
        List<Event> afrin = pipeline.extract(new Article(null, null, null, "2018-01-25", "fr", null, "Offensive turque "
                + "contre Afrine: les Kurdes affirment avoir repoussé l'assaut\n\nLes Unités de protection du peuple "
                + "(YPG) affirment avoir repoussé mercredi une nouvelle tentative d'avancée des forces turques et de "
                + "leurs alliés de l'Armée syrienne libre (ASL) près de Rajo, au nord-ouest d'Afrine. De son côté, "
                + "l'agence turque Anadolu, citant l'état-major, affirme que 287 « terroristes » ont été « neutralisés » "
                + "depuis le début de l'opération « Rameau d'olivier ».")).events();
        assertThat(afrin).hasSize(1);
        assertThat(List.of(afrin.get(0).actor1(), afrin.get(0).actor2()))
                .containsExactlyInAnyOrder("YPG: People's Protection Units", "Military Forces of Turkey (2016-)");
        List<Event> raqqa = code("Les Forces démocratiques syriennes (FDS), alliance arabo-kurde soutenue par "
                + "Washington, ont annoncé mardi la « libération totale » de Raqqa, ancienne « capitale » de l'État "
                + "islamique en Syrie. Selon l'OSDH, plus de 3.250 personnes, dont 1.130 civils, ont été tuées depuis "
                + "le début de l'offensive en juin.");
        assertThat(raqqa).hasSize(1);
        assertThat(raqqa.get(0).subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(raqqa.get(0).actor1()).isEqualTo("QSD: Syrian Democratic Forces");
        assertThat(raqqa.get(0).location().name()).isEqualTo("Ar Raqqah");
    }

    @Test
    void aHeadlineWithAPlaceAndABodyWithoutOneStayOneEvent() {
        List<Event> events = pipeline.extract(new Article(null, null, null, "2019-05-10", "fr", null, "Syrie: "
                + "frappes aériennes sur Idleb\n\nDes frappes aériennes ont tué cinq civils mercredi, selon l'OSDH. "
                + "Les assaillants ont aussi incendié des maisons."))
                .events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).subEventType()).isEqualTo("Air/drone strike");
    }
}
