package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {
    @Test
    void acledNoteDateIsADay() {
        assertThat(EventDates.of("On 9 May 2020, clashes erupted in Nihm.", "2020-05-09"))
                .isEqualTo(new EventDates.Dated("2020-05-09", 1));
    }

    @Test
    void frenchDayWithoutYearTakesThePublicationYear() {
        assertThat(EventDates.of("Le 12 janvier, l'armée a repris la ville.", "2018-01"))
                .isEqualTo(new EventDates.Dated("2018-01-12", 1));
    }

    @Test
    void aRangeWithinAWeekIsWeekPrecisionAtItsMiddle() {
        assertThat(EventDates.of("Between 3 and 9 May 2020, fighting continued.", "2020-05"))
                .isEqualTo(new EventDates.Dated("2020-05-06", 2));
    }

    @Test
    void noDateInTheTextFallsBackToTheMonthOfPublication() {
        assertThat(EventDates.of("L’armée syrienne et ses alliés ont libéré la route.", "2018-01"))
                .isEqualTo(new EventDates.Dated("2018-01", 3));
        String text = "L’armée syrienne et ses alliés ont libéré la route.";
        assertThat(EventDates.explicit(text, org.frontline.AnchoredPattern.fold(text), "2018-01")).isNull();
    }

    @Test
    void englishMonthFirst() {
        assertThat(EventDates.of("On May 9, 2020 the army shelled the town.", null))
                .isEqualTo(new EventDates.Dated("2020-05-09", 1));
    }

    /** Published on Thursday 10 June 2021 unless the row says otherwise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Des frappes russes ont tué sept civils mardi à Ariha.|2021-06-10|2021-06-08|1",
        "Dans la nuit de lundi à mardi, des jihadistes ont attaqué un poste.|2021-06-10|2021-06-08|1",
        "Des affrontements ont eu lieu vendredi dernier près de Rutshuru.|2021-06-10|2021-06-04|1",
        "Gunmen killed two farmers on Thursday.|2021-06-10|2021-06-10|1",
        "Gunmen killed two farmers last Thursday.|2021-06-10|2021-06-03|1",
        "Un attentat a fait trois morts hier à Kaboul.|2021-06-10|2021-06-09|1",
        "Le 2 juin, l'armée a repris la ville, a-t-on appris mardi.|2021-06-10|2021-06-02|1",
        "Un attentat a fait trois morts mardi.|2021-06|2021-06|3",
    })
    void aWeekdayOrYesterdayCountsBackFromTheDayOfPublication(String text, String published, String date,
                                                              int precision) {
        assertThat(EventDates.of(text, published)).isEqualTo(new EventDates.Dated(date, precision));
    }
}
