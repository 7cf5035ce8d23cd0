package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.article.Article;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the first event of short reports from several countries is placed, as ACLED would place it. */
class EventLocationTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Bundled.pipeline();
    }

    private static Location firstLocation(String text, String lang) {
        Extraction x = pipeline.extract(new Article(null, null, null, "2020-05-02", lang, null, text));
        assertThat(x.events()).as(text).isNotEmpty();
        Event e = x.events().get(0);
        assertThat(e.location()).as(text).isNotNull();
        return e.location();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "On 1 May 2020, gunmen shot dead two men in Ciudad Juarez, Chihuahua.|Ciudad Juárez|MX|Chihuahua|1|en",
        "On 1 May 2020, police killed a suspect in Tijuana, Baja California.|Tijuana|MX|Baja California|1|en",
        "On 1 May 2020, in the North Zone of Rio de Janeiro. A shoot-out between police and gang members killed two.|Rio de Janeiro|BR|Rio de Janeiro|2|en",
        "On 1 May 2020, Taliban militants attacked a police checkpoint in Afghanistan's Helmand province.|Helmand|AF|Helmand|3|en",
        "On 1 May 2020, Turkey and Russia conducted a joint patrol near Darbasiyah in al-Hasakeh.|Al-Darbasiyah|SY|Al-Hasakeh|2|en",
        "Le 1er mai 2020, des hommes armés ont tué deux civils à Ciudad Juarez, dans l'État de Chihuahua.|Ciudad Juárez|MX|Chihuahua|1|fr",
        "Le 1er mai 2020, l'aviation russe a frappé Maaret al-Noomane, au sud d'Idleb.|Ma`arrat an Nu`man|SY|Idleb|1|fr",
        "On 5 May 2020, IS militants attacked Iraqi forces in Makhmur district.|Mexmur|IQ|Erbil|1|en",
        "Le 6 mai 2020, des combattants de l'EI ont attaqué une patrouille de l'armée irakienne près de Tikrit.|Tikrīt|IQ|Sala al-Din|2|fr",
        "On 1 May 2020, dozens of people protested in Beirut against the economic crisis.|Beirut|LB|Beirut|1|en",
        "On 1 May 2020, al Shabaab militants attacked a police station in Mogadishu.|Mogadishu|SO|Banadir|1|en",
        "On 8 May 2020, residents of Talas, Kayseri held a demonstration against the burial of a man upon the body's arrival from Istanbul.|Talas|TR|Kayseri|1|en",
        "On 28 April 2020, in Valencia, Carabobo state, 183 Venezuelan refugees who arrived from Tachira state protested.|Valencia|VE|Carabobo|1|en",
        "Le 28 avril 2020, à Valencia, dans l'État de Carabobo, des réfugiés vénézuéliens arrivés du Táchira ont manifesté.|Valencia|VE|Carabobo|1|fr",
        "On 28 April 2020, a group of citizens from Redeyef (Gafsa) protested to demand a medical center.|Ar Rudayyif|TN|Gafsa|1|en",
        "On 30 April 2020, in Andahuaylas, Apurimac, more than 70 citizens stuck in the city staged a demonstration to demand to return to their homes in Lima.|Andahuaylas|PE|Apurimac|1|en",
        "Le 30 avril 2020, à Andahuaylas, dans l'Apurimac, plus de 70 habitants bloqués par le confinement ont manifesté pour exiger de rentrer chez eux à Lima.|Andahuaylas|PE|Apurimac|1|fr",
        "Around 28 April 2020 (as reported), in Guarenas, Miranda state, 569 Venezuelan refugees protested after spending a preventive quarantine in Tachira state.|Guarenas|VE|Miranda|1|en",
        "Le 28 avril 2020, à Guarenas, dans l'État de Miranda, 569 réfugiés vénézuéliens ont manifesté après une quarantaine dans l'État de Táchira.|Guarenas|VE|Miranda|1|fr",
        "On 29 April 2020, in Valencia, Sangre Grande, police was shot by a man who was wanted by the police.|Sangre Grande|TT|Sangre Grande|1|en",
        "Le 5 mai 2020, dans la province d'Idleb, les forces du régime ont bombardé Kafr Nabl.|Kafr Nabl|SY|Idleb|1|fr",
        "On 4 May 2020, in Chuao, Aragua state, a group of armed individuals tried to disembark. Security forces detained at least 13 people. The day before, another group of armed individuals was found in Macuto, Vargas state.|Aragua|VE|Aragua|3|en",
        "Le 4 mai 2020, à Chuao, dans l'État d'Aragua, un groupe d'hommes armés a tenté de débarquer. Les forces de sécurité ont arrêté au moins 13 personnes. La veille, un autre groupe avait été découvert à Macuto, dans l'État de Vargas.|Aragua|VE|Aragua|3|fr",
        "Selon l'OSDH, des frappes russes ont tué sept civils mardi à Ariha.|Ariha|SY|Idleb|1|fr",
        "According to the SOHR, Russian airstrikes killed seven civilians in Ariha on Tuesday.|Ariha|SY|Idleb|1|en",
        "La Turquie a mené dimanche des frappes aériennes contre des positions kurdes dans le nord de la Syrie, une semaine après un attentat meurtrier à Istanbul.|Syria|SY|-|3|fr",
        "On 20 November 2022, Turkey carried out air strikes on Kurdish positions in northern Syria, a week after a deadly bombing in Istanbul.|Syria|SY|-|3|en",
        "On 5 May 2020, dozens of residents gathered outside the La Palace hotel in Zahle City, and voiced their rejection in using the hotel to quarantine 25 people who came recently from Syria.|Zahlé|LB|Bekaa|1|en",
        "Le 5 mai 2020, des dizaines d'habitants ont manifesté devant l'hôtel La Palace à Zahlé contre la mise en quarantaine de 25 personnes venues récemment de Syrie.|Zahlé|LB|Bekaa|1|fr",
        "On 2 May 2020, National Police Forces clashed with Ahrar al Sharqiyah, supported by the 106th Division whose fighters are also from Deir-ez-Zor, in the town of Jarablus.|Jarabulus|SY|Aleppo|1|en",
        "Le 2 mai 2020, la police nationale s'est affrontée à Ahrar al-Charqiya, dont les combattants sont originaires de Deir ez-Zor, dans la ville de Jarablus.|Jarabulus|SY|Aleppo|1|fr",
        "On 5 May 2020, tens of shop owners protested in Kafr Qaseem, Israel, against the decision to close all shops after 19:30.|Kafr Qāsim|IL|HaMerkaz|1|en",
        "Le 5 mai 2020, des dizaines de commerçants ont manifesté à Kafr Qaseem, en Israël, contre la fermeture des magasins après 19h30.|Kafr Qāsim|IL|HaMerkaz|1|fr",
        "L'armée ukrainienne a affirmé mercredi avoir repoussé une attaque russe près de Bakhmout, dans l'est du pays, tandis que Moscou revendique la prise du village de Soledar.|Bakhmut|UA|Donetsk|2|fr",
        "The Ukrainian army said on Wednesday it had repelled a Russian attack near Bakhmut, in the east of the country, while Moscow claimed the capture of the village of Soledar.|Bakhmut|UA|Donetsk|2|en",
        "Le 4 novembre 2020, des combats ont éclaté au Tigré entre l'armée fédérale et le Front de libération du peuple du Tigré (TPLF).|Tigray|ET|Tigray|3|fr",
        "Police in Nairobi fired tear gas at hundreds of protesters demanding the repeal of a finance bill, witnesses said.|Nairobi|KE|Nairobi|1|en",
        "Le 21 janvier 2021, deux kamikazes se sont fait exploser sur un marché dans le centre de Bagdad, tuant au moins 32 personnes.|Baghdad|IQ|Baghdad|1|fr",
        "Kyiv has suffered heavy Russian shelling on Monday, killing three civilians.|Kyiv|UA|Kiev City|1|en",
        "Kiev a subi lundi des frappes russes qui ont tué trois civils.|Kyiv|UA|Kiev City|1|fr",
        "On 28 April 2020, protesters demonstrating against the high US dollar exchange rate blocked the Sidon-Tyr highway opposite the Phoenicia University.|Sidon|LB|South|2|en",
        "Le 28 avril 2020, des manifestants ont bloqué l'autoroute Saïda-Tyr pour protester contre la hausse du dollar.|Sidon|LB|South|2|fr",
        "On 6 May 2020, several hundred transport workers staged a protest by blocking Khulna-Dhaka highway at Phultala Bus Terminal in Phultala town.|Phultala|BD|Khulna|1|en",
        "Le 6 mai 2020, des centaines de chauffeurs ont manifesté en bloquant l'autoroute Khulna-Dacca à la gare routière de Phultala, dans la ville de Phultala.|Phultala|BD|Khulna|1|fr",
    })
    void placesTheEventWhereAcledWould(String text, String name, String country, String admin1, int precision,
                                      String lang) {
        Location l = firstLocation(text, lang);
        assertThat(l.country()).as(text).isEqualTo(country);
        assertThat(l.admin1()).as(text).isEqualTo(admin1);
        assertThat(l.name()).as(text).isEqualTo(name);
        assertThat(l.geoPrecision()).as(text).isEqualTo(precision);
    }
}
