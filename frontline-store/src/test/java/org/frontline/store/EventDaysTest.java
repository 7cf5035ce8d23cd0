package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaysTest {
    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void aDayDateAtDayPrecisionIsThatDay() {
        assertThat(EventDays.of("2020-05-09", 1)).isEqualTo(new EventDays(day("2020-05-09"), day("2020-05-09")));
    }

    @Test
    void weekPrecisionWidensToThreeDaysEitherSide() {
        assertThat(EventDays.of("2020-05-09", 2)).isEqualTo(new EventDays(day("2020-05-06"), day("2020-05-12")));
    }

    @Test
    void monthPrecisionOrAMonthDateCoversTheWholeMonth() {
        EventDays february = new EventDays(day("2020-02-01"), day("2020-02-29"));
        assertThat(EventDays.of("2020-02-17", 3)).isEqualTo(february);
        assertThat(EventDays.of("2020-02", 3)).isEqualTo(february);
    }

    @Test
    void aYearDateCoversTheYearAndNoDateHasNoRange() {
        assertThat(EventDays.of("2016", 3)).isEqualTo(new EventDays(day("2016-01-01"), day("2016-12-31")));
        assertThat(EventDays.of(null, 3)).isNull();
    }
}
