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
}
