package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(EventDates.explicit("L’armée syrienne et ses alliés ont libéré la route.", "2018-01")).isNull();
    }

    @Test
    void englishMonthFirst() {
        assertThat(EventDates.of("On May 9, 2020 the army shelled the town.", null))
                .isEqualTo(new EventDates.Dated("2020-05-09", 1));
    }

    @Test
    void aWeekdayOrYesterdayCountsBackFromTheDayOfPublication() {
        String thursday = "2021-06-10";
        assertThat(EventDates.of("Des frappes russes ont tué sept civils mardi à Ariha.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-08", 1));
        assertThat(EventDates.of("Dans la nuit de lundi à mardi, des jihadistes ont attaqué un poste.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-08", 1));
        assertThat(EventDates.of("Des affrontements ont eu lieu vendredi dernier près de Rutshuru.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-04", 1));
        assertThat(EventDates.of("Gunmen killed two farmers on Thursday.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-10", 1));
        assertThat(EventDates.of("Gunmen killed two farmers last Thursday.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-03", 1));
        assertThat(EventDates.of("Un attentat a fait trois morts hier à Kaboul.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-09", 1));
        assertThat(EventDates.of("Le 2 juin, l'armée a repris la ville, a-t-on appris mardi.", thursday))
                .isEqualTo(new EventDates.Dated("2021-06-02", 1));
        assertThat(EventDates.of("Un attentat a fait trois morts mardi.", "2021-06"))
                .isEqualTo(new EventDates.Dated("2021-06", 3));
    }
}
