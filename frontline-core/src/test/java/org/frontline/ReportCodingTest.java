package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.article.Article;
import org.frontline.events.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short reports written for these tests, each coded end to end: the first event's sub-event type, or none. */
class ReportCodingTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Bundled.pipeline();
    }

    private static String firstSubType(String text, String lang) {
        Extraction x = pipeline.extract(new Article(null, null, null, "2021-03-02", lang, null, text));
        return x.events().isEmpty() ? "NONE" : x.events().get(0).subEventType();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 1 March 2021, government artillery shelled the village of Kafr Nabl in southern Idlib.|Shelling/artillery/missile attack",
        "On 1 March 2021, two soldiers were killed by an IS sniper near Palmyra.|Armed clash",
        "On 1 March 2021, gunmen shot dead a shepherd near Tafas in Daraa.|Attack",
        "On 1 March 2021, the bodies of two men with gunshot wounds were found near Hama.|Attack",
        "On 1 March 2021, police seized 12 rifles and 300 rounds of ammunition in a raid in Homs.|Disrupted weapons use",
        "On 1 March 2021, Turkish forces set up a new observation post near Saraqib.|Headquarters or base established",
        "On 1 March 2021, SDF fighters withdrew from the village of Tal Tamr without a fight.|Non-violent transfer of territory",
        "On 1 March 2021, Syrian government forces recaptured the town of Kafr Nabl from HTS after heavy fighting.|Government regains territory",
        "A strong earthquake killed at least 30 people in the north of the country on Monday.|NONE",
        "The European Union imposed new sanctions on Syrian officials over the chemical attack.|NONE",
        "On 1 March 2021, hundreds of teachers protested in Sweida demanding higher salaries.|Peaceful protest",
        "On 1 March 2021, protesters gathered in Baghdad; police fired tear gas to disperse them.|Protest with intervention",
        "On 1 March 2021, protesters threw stones at police in Basra, who responded with tear gas.|Violent demonstration",
        "On 1 March 2021, a group of villagers beat a suspected thief to death with sticks in Aleppo.|Mob violence",
        "On 1 March 2021, fifty rebels surrendered to government forces in Daraa.|Agreement",
        "On 1 March 2021, security forces arrested three activists in Damascus.|Arrests",
        "On 1 March 2021, unidentified gunmen kidnapped a doctor in Sweida.|Abduction/forced disappearance",
        "On 1 March 2021, Russian warplanes struck the outskirts of Ariha, killing four civilians.|Air/drone strike",
        "Taliban fighters have attacked an army post in the northern province of Faryab, killing nine soldiers, officials said.|Armed clash",
        "Insurgents attacked a militia group loyal to the government in the Hiraan region, a local elder said.|Armed clash",
        "Masked rioters set fire to shops and cars in the centre of Lyon on Saturday night.|Violent demonstration",
        "Anti-government activists rioted for a second night in the capital, looting supermarkets and hurling petrol bombs at police.|Violent demonstration",
        "On 1 March 2021, jihadists burned the school in the village of Tamou, southwest of Niamey.|Looting/property destruction",
        "On 1 March 2021, Israel carried out strikes on Khan Younis, in the southern Gaza Strip.|Air/drone strike",
        "On 1 March 2021, a drone strike killed two SDF fighters in Ain Issa, in Raqqa province.|Air/drone strike",
        "On 1 March 2021, fighting resumed in Khartoum despite the ceasefire.|Armed clash",
        "On 27 April 2020, in Teofilo Otoni, Minas Gerais, three drug traffickers exchanged fire with military police forces before being arrested.|Armed clash",
        "On 5 May 2020, in Utinga, Bahia, armed men robbed a bank agency and opened fire against a military police unit.|Armed clash",
        "On 3 May 2020, Israeli forces chased Palestinian fishermen off the coast of northern Gaza and fired rubber coated bullets at them.|Attack",
        "On 8 May 2020, a prisoner died in the Houthi-controlled prison of Hauban. The man was allegedly subjected to torture inside the prison.|Attack",
        "On 5 May 2020, Islamic militants claimed an attack in Cajembe (Macomia, Cabo Delgado).|Attack",
        "On 1 May 2020, in Caltzontzin, Michoacan, students blocked the train's rails rejecting the results of the negotiations.|Peaceful protest",
        "On 3 May 2020, the PMF's operation near the Tigris river in Saladin province left 3 IS militants dead.|Armed clash",
        "On 27 April 2020, in Guadalajara, the dead body of a woman who was hands and feet tied and bearing signs of torture was thrown from a moving car.|Attack",
        "On 4 May 2020, in Itaugua, residents of Las Mercedes neighborhood hit a man suspected of committing robberies in the region.|Mob violence",
        "A bomb placed in a garbage container exploded in Turkey's Izmir province on Thursday, wounding several people on a shuttle bus.|Remote explosive/landmine/IED",
        "Nusra Front terrorists were pushed back from the surrounding areas of Syrian army positions in the northern part of Homs province.|Government regains territory",
        "On 7 October 2016, rebel fighters advanced in the area of Akhtarin village, in northern Aleppo.|Non-state actor overtakes territory",
        "On 8 May 2020, the Ukrainian Forces fired anti-aircraft guns at the positions of the Donbass People's Militia near Spartak, Donetsk.|Shelling/artillery/missile attack",
        "Militants have attacked Syrian government forces on the southern outskirts of Aleppo using anti-aircraft guns and mortars, the Russian military said.|Shelling/artillery/missile attack",
        "The air force said it launched airstrikes on terrorist groups it accused of carrying out a chlorine attack on the town the previous day.|Air/drone strike",
        "The Saudi-led forces intended to take control of Haylan Mountain in Ma'rib province, but the Yemeni forces pushed them back.|Armed clash",
        "The SDF fighters engaged in fierce clashes with ISIL in al-Tabaqa and took control over five more positions.|Armed clash",
        "Around 4 May 2020, a mortar shell exploded prematurely, injuring 3 Taliban militants in Ozbin valley of Surobi district, Kabul.|Disrupted weapons use",
        "On 4 May 2020, the Algerian army destroyed a weapon cache and diffused 55 IEDs in Teaalba village.|Disrupted weapons use",
        "On 8 May 2020, Palestinians hurled Molotov cocktails at a vehicle of the Israeli border police near the town of Abu Dis. No injuries were reported.|Mob violence",
        "On 9 May 2020, the government began enforcing a 2-day curfew in 24 big provinces to curb the spread of the coronavirus.|Change to group/activity",
        "At least six rangers in Virunga national park were killed on Sunday in a tank attack officials blamed on a militia group.|Shelling/artillery/missile attack",
        "On 10 March 2024, Israeli strikes killed at least 13 people in Rafah overnight, as negotiators met in Cairo to discuss a ceasefire.|Air/drone strike",
        "On 9 May 2020, Islamic State militants attacked a Puntland security forces post in Bossaso. PSF captured the vehicle used by the militants along with weapons and ammunition.|Armed clash",
        "Around 6 May 2020, 3 PKK militants were killed, injured or captured during security operations carried out by the Gendarmerie in Ovacik district of Tunceli.|Armed clash",
        "On 2 May 2020, Turkish intelligence carried out a ground operation in Gara, killing, injuring or capturing 2 PKK militants.|Armed clash",
        "On 7 May 2020, al Shabaab militants attacked a military base in Awdheegle village. The two sides engaged in heavy gunfire and the militants claimed to have killed 3 soldiers and withdrew from the area.|Armed clash",
        "On 1 March 2021, al Shabaab fighters captured the town of Mahaday after heavy fighting.|Non-state actor overtakes territory",
        "On 25 November 2019, thirteen French soldiers were killed in Mali when two helicopters collided during an operation against jihadists.|NONE",
        "On 15 June 2020, Iraq summoned the Turkish ambassador in protest against the strikes.|NONE",
        "On 2 May 2020, Israeli forces fired tear gas canisters at Palestinian farmers in their lands east of Khuzaa. No injuries were reported.|Attack",
        "On 29 April 2020, the troopers of Tripura State Rifles baton charged traders at Maharajganj Bazaar in Agartala for not wearing masks.|Attack",
        "On 29 April 2020, police fired tear gas at protesters who demanded jobs in Agartala.|Protest with intervention",
        "On 6 May 2020, unknown gunmen threw a stun grenade on a civilian's house in Basira city in Deir-ez-Zor countryside.|Grenade",
    })
    void codesEnglishReports(String text, String expected) {
        assertThat(firstSubType(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le 1er mars 2021, l'artillerie du régime a bombardé le village de Kafr Nabl, au sud d'Idleb.|Shelling/artillery/missile attack",
        "Le 1er mars 2021, des frappes aériennes russes ont visé Ariha, tuant quatre civils.|Air/drone strike",
        "Le 1er mars 2021, des centaines d'enseignants ont manifesté à Soueida pour réclamer des hausses de salaire.|Peaceful protest",
        "Le 1er mars 2021, des hommes armés ont enlevé un médecin à Soueida.|Abduction/forced disappearance",
        "Le 1er mars 2021, les forces de sécurité ont arrêté trois militants à Damas.|Arrests",
        "Un séisme a fait trente morts lundi dans le nord du pays.|NONE",
        "Le 1er mars 2021, l'armée a lancé une opération de ratissage près de Djibo.|NONE",
        "Le 25 novembre 2019, treize militaires français ont été tués au Mali dans la collision accidentelle de deux hélicoptères lors d'une opération contre des jihadistes.|NONE",
        "Le 1er mars 2021, les deux parties ont signé un cessez-le-feu à Djeddah.|Agreement",
        "Le 2 mai 2020, des trafiquants de drogue ont échangé des tirs avec la police civile à José de Freitas.|Armed clash",
        "Le 8 mai 2020, un détenu est mort sous la torture dans la prison de Hauban, tenue par les Houthis.|Attack",
        "Le 26 août 2021, deux kamikazes et des hommes armés ont attaqué la foule aux abords de l'aéroport de Kaboul, tuant au moins 60 personnes. Le groupe État islamique a revendiqué l'attentat.|Suicide bomb",
        "Le 3 mai 2021, une foule en colère a lynché un voleur présumé à Goma.|Mob violence",
        "Le 25 octobre 2021, des milliers de Soudanais sont descendus dans les rues de Khartoum pour dénoncer le coup d'État. Les forces de sécurité ont tiré à balles réelles, tuant au moins trois manifestants.|Excessive force against protesters",
        "Le 1er mars 2021, des jihadistes ont incendié l'école du village de Tamou, au sud-ouest de Niamey.|Looting/property destruction",
        "Le 1er mars 2021, Israël a mené des frappes sur Khan Younès, dans le sud de la bande de Gaza.|Air/drone strike",
        "Le 2 mai 2020, les forces israéliennes ont tiré des gaz lacrymogènes sur des agriculteurs palestiniens sur leurs terres à l'est de Khuzaa.|Attack",
        "Le 1er mai 2020, les forces israéliennes ont lancé des grenades lacrymogènes sur des habitants palestiniens à Tulkarem.|Attack",
        "Le 1er mai 2020, la police a lancé des grenades lacrymogènes sur des manifestants à Tulkarem.|Protest with intervention",
        "Le 27 novembre 2021, des centaines de manifestants ont bloqué un convoi à Kaya ; des soldats ont effectué des tirs de sommation pour disperser la foule.|Protest with intervention",
    })
    void codesFrenchReports(String text, String expected) {
        assertThat(firstSubType(text, "fr")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 1 March 2021, gunmen shot dead a shepherd near Tafas in Daraa.|1",
        "On 1 March 2021, Russian warplanes struck the outskirts of Ariha, killing four civilians.|4",
        "On 1 March 2021, hundreds of teachers protested in Sweida demanding higher salaries.|0",
    })
    void countsFatalities(String text, int expected) {
        Event e = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null, text)).events().get(0);
        assertThat(e.fatalities()).isEqualTo(expected);
        assertThat(e.eventDate()).isEqualTo("2021-03-01");
        assertThat(e.timePrecision()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 1 March 2021, police officers protested in front of the governorate in Sfax demanding better pay.|Protesters (Tunisia)|",
        "On 1 March 2021, protesters gathered in Baghdad; police fired tear gas to disperse them.|Protesters (Iraq)|Police Forces of Iraq",
        "On 1 March 2021, regime shells hit Ariha in southern Idlib, killing four civilians.|Military Forces of Syria (2000-)|Civilians (Syria)",
        "On 1 March 2021, gunmen shot dead a shepherd near Tafas in Daraa.|Unidentified Armed Group (Syria)|Civilians (Syria)",
        "On 1 March 2021, jihadists attacked an army post near Timbuktu, killing four soldiers.|Unidentified Armed Group (Mali)|Military Forces of Mali",
        "On 1 March 2021, rebels attacked an army post near Bangui, killing four soldiers.|Unidentified Armed Group (Central African Republic)|Military Forces of the Central African Republic",
        "On 1 March 2021, rebels shelled regime positions near Saraqib in Idlib.|Opposition Rebels (Syria)|Military Forces of Syria",
        "On 1 March 2021, three civilians were killed by shelling on Idlib city.|Civilians (Syria)|",
        "On 1 March 2021, gunmen suspected to be Boko Haram fighters killed 15 farmers in Zabarmari, near Maiduguri in Borno State.|Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad|Civilians (Nigeria)",
        "On 1 March 2021, a roadside bomb killed three soldiers near Kandahar.|Unidentified Armed Group (Afghanistan)|Military Forces of Afghanistan",
        "On 1 March 2021, a Russian missile strike on a shopping centre in Kremenchuk killed at least 18 people.|Military Forces of Russia (2000-)|Civilians (Ukraine)",
        "On 1 March 2021, heavy fighting between the army and the Rapid Support Forces erupted in Khartoum.|Military Forces of Sudan (2019-)|RSF: Rapid Support Forces",
        "On 1 March 2021, rebels said they shot down a regime helicopter near Nairab.|Opposition Rebels (Syria)|Military Forces of Syria",
        "On 1 March 2021, the Islamic State group claimed responsibility for a suicide bombing at a Shiite mosque in Kunduz that killed 46 people.|Islamic State (Afghanistan)|Civilians (Afghanistan)",
        "On 1 March 2021, an al-Shabaab attack killed four people in Mogadishu, police said.|Al Shabaab|Civilians (Somalia)",
        "On 1 March 2021, three police officers were killed in an attack in Ouallam, in the Tillaberi region of Niger.|Unidentified Armed Group (Niger)|Police Forces of Niger",
        "On 1 March 2021, nine Taliban militants were killed when Afghan forces repulsed their attacks in Chora district, Urozgan.|Military Forces of Afghanistan (2014-)|Taliban",
        "On 1 March 2021, eight Taliban militants were killed and six were wounded by Afghan military airstrikes in Maywand district, Kandahar.|Military Forces of Afghanistan (2014-)|Taliban",
        "On 1 March 2021, Israel carried out strikes on Khan Younis, in the southern Gaza Strip.|Military Forces of Israel (2009-)|",
        "On 1 March 2021, Russia fired cruise missiles at Odesa, killing three people.|Military Forces of Russia (2000-)|Civilians (Ukraine)",
        "On 1 March 2023, hundreds of Palestinians protested in Nablus against settler attacks. Israeli troops fired tear gas to disperse the crowd.|Protesters (Palestine)|Military Forces of Israel (2009-)",
        "On 20 April 2019, fighting flared in southern Tripoli between forces loyal to the UN-backed government and those of eastern commander Khalifa Haftar, as the LNA pressed its offensive on the capital.|Military Forces of Libya (2016-) Government of National Accord|Military Forces of Libya (2014-) Haftar Faction",
        "On 1 March 2021, the Ukrainian army said it had repelled a Russian attack near Bakhmut, while Moscow claimed the capture of Soledar.|Military Forces of Ukraine (2019-)|Military Forces of Russia (2000-)",
        "On 1 March 2021, Turkey and Russia conducted a joint patrol near Darbasiyah in al-Hasakeh.|Military Forces of Turkey (2016-)|",
        "On 1 March 2021, in Syria, rebels attacked an army checkpoint near Saraqib.|Opposition Rebels (Syria)|Military Forces of Syria",
        "On 23 March 2019, gunmen attacked the Fulani village of Ogossagou in central Mali, killing at least 134 people, in an attack blamed on Dozo hunters, local officials said.|Dozo Communal Militia (Mali)|Civilians (Mali)",
        "On 10 May 2020, a car bomb exploded near a checkpoint in Tal Abyad, killing five people, Turkey's defence ministry said, blaming the Kurdish YPG militia.|YPG: People's Protection Units|Civilians (Syria)",
        "On 1 March 2021, a drone strike near the border with Turkey killed two SDF fighters in Ain Issa.|Unidentified Armed Group (Syria)|QSD: Syrian Democratic Forces",
        "On 29 April 2020, in the Central Zone of Sao Paulo, residents of the Moinho community protested after a man was arrested. The Military Police intervened and used tear gas bombs.|Protesters (Brazil)|Military Forces of Brazil (2019-) Military Police",
        "On 29 April 2020, on a highway in the north of Bogota, around 500 Venezuelan migrants protested to demand that local authorities let them return to Venezuela.|Protesters (Venezuela)|",
        "On 8 May 2020, a clash ensued between Chinese demonstrators and Nepal Police in front of Singha Durbar in Kathmandu city.|Rioters (China)|Police Forces of Nepal",
        "On 30 January 2023, a suicide bomber blew himself up inside a mosque in a police compound in the northwestern Pakistani city of Peshawar, killing at least 59 people, officials said.|Unidentified Armed Group (Pakistan)|Police Forces of Pakistan",
        "On 9 May 2020, Al-Shabaab militants ambushed an African Union convoy near Leego in Bay region, sparking a gunfight that lasted several hours.|Al Shabaab|AMISOM: African Union Mission in Somalia",
        "On 26 August 2021, two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul airport, killing at least 60 people including 13 US troops. Islamic State claimed responsibility for the attack.|Islamic State (Afghanistan)|Military Forces of the United States",
        "On 1 March 2021, Ahrar al-Sharqiya clashed with the Sultan Murad Division in Afrin over a checkpoint, near regime-held "
            + "areas.|Ahrar al Sharqiyah|Sultan Murad Division",
    })
    void putsAcledsGenericActorsWhereItsConventionsDo(String text, String actor1, String actor2) {
        Event e = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null, text)).events().get(0);
        assertThat(e.actor1()).isEqualTo(actor1);
        if (actor2 == null) {
            assertThat(e.actor2()).isNull();
        } else {
            assertThat(e.actor2()).startsWith(actor2);
        }
    }

    @Test
    void aPlaceThatChangesHandsToldTwiceIsOneTransfer() {
        List<Event> en = pipeline.extract(new Article(null, null, null, "2019-08-21", "en", null,
                "Syrian government forces recaptured the town of Khan Sheikhoun in southern Idlib on Wednesday, the "
                        + "Syrian Observatory for Human Rights said. Rebels withdrew from the town overnight, the "
                        + "monitor added.")).events();
        assertThat(en).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Government regains territory");
            assertThat(e.actor2()).isEqualTo("Opposition Rebels (Syria)");
        });
    }

    @Test
    void forcesFiringOnProtestersAndKillingIsOneEventOfExcessiveForce() {
        for (String[] report : new String[][] {
            {"en", "On 5 March 2021, Myanmar security forces opened fire on protesters in Mandalay, killing at least two "
                + "people."},
            {"fr", "Le 5 mars 2021, les forces de sécurité birmanes ont tiré sur des manifestants à Mandalay, tuant deux "
                + "personnes."}}) {
            List<Event> events = pipeline.extract(new Article(null, null, null, "2021-03-06", report[0], null,
                    report[1])).events();
            assertThat(events).as(report[1]).singleElement().satisfies(e -> {
                assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
                assertThat(e.fatalities()).isEqualTo(2);
                assertThat(List.of(e.actor1(), e.actor2())).contains("Protesters (Myanmar)",
                        "Military Forces of Myanmar (2016-)");
            });
        }
    }

    @Test
    void whatAProtestIsAgainstTakesNoPartInIt() {
        Event fr = Bundled.firstEvent("Le 13 mars 2021, des milliers de personnes ont manifesté à Bamako contre la "
                + "présence militaire française au Mali.", "fr", "2021-03-14");
        assertThat(fr.subEventType()).isEqualTo("Peaceful protest");
        assertThat(fr.actor1()).isEqualTo("Protesters (Mali)");
        assertThat(fr.assocActor1()).isEmpty();
        Event en = Bundled.firstEvent("On 13 March 2021, hundreds protested in Bamako against the French army.",
                "en", "2021-03-14");
        assertThat(en.assocActor1()).isEmpty();
        assertThat(en.actor2()).isNull();
    }

    @Test
    void aSentenceThatOnlyCountsTheDeadIsTheTollOfTheEventBeforeIt() {
        List<Event> fr = pipeline.extract(new Article(null, null, null, "2016-08-12", "fr", null,
                "Les Forces démocratiques syriennes ont repris le contrôle de la ville de Manbij après de violents "
                        + "combats contre les jihadistes du groupe Etat islamique. Selon l'ONG, au moins 25 "
                        + "combattants ont été tués.")).events();
        assertThat(fr).hasSize(1);
        assertThat(fr.get(0).actor2()).isEqualTo("Islamic State (Syria)");
        assertThat(fr.get(0).fatalities()).isEqualTo(25);
        List<Event> en = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null,
                "On 1 March 2021, Turkish forces shelled Ain Issa. Four were killed.")).events();
        assertThat(en).hasSize(1);
        assertThat(en.get(0).fatalities()).isEqualTo(4);
    }

    @Test
    void groupsOfOneCampThatClashFightEachOther() {
        Event e = Bundled.firstEvent("Le 1er mars 2021, Ahrar al-Charqiya s'est affronté avec la division Hamza à "
                + "Afrine, près des zones tenues par le régime.", "fr", "2021-03-02");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(e.actor1()).isEqualTo("Ahrar al Sharqiyah");
        assertThat(e.actor2()).isEqualTo("Hamza Division - Aleppo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 1 March 2021, regime artillery shelled the southern countryside of Idlib, hitting the village of Kafr Nabl.|Kafr Nabl|1",
        "On 1 March 2021, clashes broke out near Tafas in Dar'a between regime forces and former rebels.|Tafas|2",
        "On 1 March 2021, Turkish forces shelled the countryside of Ain Issa in Ar-Raqqa.|`Ayn `Isa|2",
    })
    void placesTheEventAtTheMostSpecificPlaceAsAcledDoes(String text, String place, int precision) {
        Event e = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null, text)).events().get(0);
        assertThat(e.location().name()).isEqualTo(place);
        assertThat(e.location().geoPrecision()).isEqualTo(precision);
        assertThat(e.location().country()).isEqualTo("SY");
    }

    @Test
    void theSubjectOfATriggersOwnClauseActsAndAKillingByTheForceMeetingAProtestIsThatProtests() {
        java.util.List<Event> events = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null,
                "On 1 March 2021, protesters in Yangon defied a military crackdown, and security forces shot dead two "
                        + "people.")).events();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
            assertThat(e.actor1()).isEqualTo("Protesters (Myanmar)");
            assertThat(e.actor2()).startsWith("Military Forces of Myanmar");
            assertThat(e.fatalities()).isEqualTo(2);
        });
        Event list = pipeline.extract(new Article(null, null, null, "2021-03-02", "en", null, "On 1 March 2021, "
                + "National Police Forces, supported by JaS, and the Hamza Division clashed with Ahrar al-Sharqiya in "
                + "Afrin.")).events().get(0);
        assertThat(list.actor1()).isNotEqualTo("Hamza Division");
    }

    @Test
    void housesTheAttackersBurnedAsASpokesmanTellsItArePartOfTheirRaid() {
        List<Event> events = pipeline.extract(new Article(null, null, null, "2024-01-15", "en", null, "Gunmen killed "
                + "12 villagers in an overnight raid on a village in Nigeria's Plateau state, police said on Monday. "
                + "Police spokesman Alfred Alabo said the attackers also burned several houses in the Mangu area."))
                .events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).actor1()).isEqualTo("Unidentified Armed Group (Nigeria)");
        assertThat(events.get(0).fatalities()).isEqualTo(12);
        assertThat(events.get(0).location().name()).isEqualTo("Mangu");
    }

    @Test
    void soldiersWhoSeizePowerTakeNoTerritory() {
        List<Event> en = pipeline.extract(new Article(null, null, null, "2023-07-27", "en", null, "Niger's "
                + "presidential guard detained President Mohamed Bazoum on Wednesday, and soldiers announced on national "
                + "television that they had seized power in Niamey.")).events();
        assertThat(en).noneMatch(e -> e.subEventType().contains("territory"));
        List<Event> fr = pipeline.extract(new Article(null, null, null, "2023-07-27", "fr", null, "Des militaires se "
                + "sont emparés du pouvoir mercredi à Niamey après avoir arrêté le président Mohamed Bazoum."))
                .events();
        assertThat(fr).noneMatch(e -> e.subEventType().contains("territory"));
    }

    @Test
    void protestersShotInTheSentenceAfterAKillingByTheArmyAreItsExcessiveForce() {
        List<Event> events = pipeline.extract(new Article(null, null, null, "2021-03-28", "en", null, "Myanmar "
                + "security forces killed at least 114 people on Saturday, including children, in the bloodiest day "
                + "since the February coup, witnesses said. Protesters in Yangon, Mandalay and other cities were shot as "
                + "they demonstrated against military rule.")).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).subEventType()).isEqualTo("Excessive force against protesters");
        assertThat(events.get(0).actor2()).isEqualTo("Military Forces of Myanmar (2016-)");
        assertThat(events.get(0).fatalities()).isEqualTo(114);
    }
}
