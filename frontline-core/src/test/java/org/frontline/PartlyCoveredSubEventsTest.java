package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports written for these tests in English and French, coded end to end: sub-event types the first lexicon
 * covered only in part (poison gas, kamikazes, molestation, mobs, baton charges, stone-throwing, control established,
 * no resistance met, drugs seized, fires set by demonstrators), and reports that used to get no event at all (a road
 * blocked to demand aid after a flood, which the disaster filter ate; "bombed" without "by"; fire opened "at" or
 * "outside" someone; tyres burning on a blocked road).
 */
class PartlyCoveredSubEventsTest {
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
        "Rebels fired shells filled with poisonous gas at a district of Homs; 30 people had breathing problems.|Chemical weapon",
        "Two kamikazes blew up near a market in Maiduguri, killing three people.|Suicide bomb",
        "A soldier molested a girl at a checkpoint near Bunia, residents said.|Sexual violence",
        "Mobs of looters rushed through shops in the city centre while police watched.|Mob violence",
        "Police baton charged a human chain of students in Rangpur and arrested ten of them.|Protest with intervention",
        "Protesters were throwing bottles at police vehicles outside the summit venue in Hamburg.|Violent demonstration",
        "Army units established control over the whole Lajat area in Deraa province from the rebels.|Government regains territory",
        "The fighters entered the town before dawn and had not encountered any resistance.|Non-violent transfer of territory",
        "Federal police forces seized three tons of marijuana hidden in a truck during a highway inspection.|Looting/property destruction",
        "Prisoners demonstrated in the yard, setting fire to mattresses to demand their release.|Violent demonstration",
    })
    void codesEnglishReports(String text, String expected) {
        assertThat(firstSubType(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Des rebelles ont tiré des obus remplis de gaz toxiques sur un quartier de Homs ; 30 personnes ont été asphyxiées.|Chemical weapon",
        "Un soldat a été accusé d'attouchements sur une fillette à un barrage près de Bunia.|Sexual violence",
        "La police a matraqué des étudiants qui manifestaient devant l'université de Dakar.|Protest with intervention",
        "Des heurts entre la police et les manifestants ont éclaté devant le parlement à Beyrouth.|Violent demonstration",
        "L'armée syrienne a établi son contrôle sur toute la région du Lajat, dans la province de Deraa.|Government regains territory",
        "Les combattants sont entrés dans Afrin à l'aube sans rencontrer de résistance.|Non-violent transfer of territory",
        "La police fédérale a saisi trois tonnes de cannabis cachées dans un camion lors d'un contrôle routier.|Looting/property destruction",
    })
    void codesFrenchReports(String text, String expected) {
        assertThat(firstSubType(text, "fr")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 8 March 2021, victims of the recent floods blocked the main road in Uvira to demand a fair share of the aid.|Peaceful protest",
        "On 8 March 2021, the army bombed insurgent bases in the forests near Mocimboa da Praia.|Air/drone strike",
        "On 8 March 2021, two unidentified men opened fire outside the house of a local councillor in Multan.|Attack",
        "On 8 March 2021, residents closed the road to Ain Oussara by burning rubber tires, denouncing water cuts.|Violent demonstration",
        "A flood killed twelve people in the north of the country on Monday.|NONE",
    })
    void codesEnglishReportsThatGotNoEvent(String text, String expected) {
        assertThat(firstSubType(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le 8 mars 2021, des sinistrés des inondations ont bloqué la route nationale à Uvira pour réclamer l'aide promise.|Peaceful protest",
        "Le 8 mars 2021, des hommes armés ont ouvert le feu devant la maison d'un élu local à Gao.|Attack",
        "Le 8 mars 2021, des habitants ont coupé la route d'Aïn Oussara en brûlant des pneus pour dénoncer les coupures d'eau.|Violent demonstration",
        "Des inondations ont fait douze morts dans le nord du pays lundi.|NONE",
    })
    void codesFrenchReportsThatGotNoEvent(String text, String expected) {
        assertThat(firstSubType(text, "fr")).isEqualTo(expected);
    }
}
