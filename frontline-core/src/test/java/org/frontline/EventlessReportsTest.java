package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.article.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports that used to get no event at all: a road blocked to demand aid after a flood (the disaster filter ate the
 * protest), "bombed" without "by", fire opened "at" or "outside" someone, tyres burning on a blocked road.
 */
class EventlessReportsTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Frontline.pipeline(Frontline.Config.defaults());
    }

    /** The suite runs in one 1 GB JVM: a finished class lets its pipeline go. */
    @AfterAll
    static void release() {
        pipeline = null;
    }

    private static String firstSubType(String text, String lang) {
        Extraction x = pipeline.extract(new Article(null, null, null, "2021-03-02", lang, null, text));
        return x.events().isEmpty() ? "NONE" : x.events().get(0).subEventType();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 8 March 2021, victims of the recent floods blocked the main road in Uvira to demand a fair share of the aid.|Peaceful protest",
        "On 8 March 2021, the army bombed insurgent bases in the forests near Mocimboa da Praia.|Air/drone strike",
        "On 8 March 2021, two unidentified men opened fire outside the house of a local councillor in Multan.|Attack",
        "On 8 March 2021, residents closed the road to Ain Oussara by burning rubber tires, denouncing water cuts.|Violent demonstration",
        "A flood killed twelve people in the north of the country on Monday.|NONE",
    })
    void codesEnglishReports(String text, String expected) {
        assertThat(firstSubType(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le 8 mars 2021, des sinistrés des inondations ont bloqué la route nationale à Uvira pour réclamer l'aide promise.|Peaceful protest",
        "Le 8 mars 2021, des hommes armés ont ouvert le feu devant la maison d'un élu local à Gao.|Attack",
        "Le 8 mars 2021, des habitants ont coupé la route d'Aïn Oussara en brûlant des pneus pour dénoncer les coupures d'eau.|Violent demonstration",
        "Des inondations ont fait douze morts dans le nord du pays lundi.|NONE",
    })
    void codesFrenchReports(String text, String expected) {
        assertThat(firstSubType(text, "fr")).isEqualTo(expected);
    }
}
