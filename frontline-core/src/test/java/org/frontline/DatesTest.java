package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsEveryDayAndMonthAsTheIsoParserDoes() {
        for (LocalDate d = LocalDate.of(1995, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
            assertThat(Dates.firstDay(d.toString())).isEqualTo(d);
            assertThat(Dates.firstDay(d.toString().substring(0, 7))).isEqualTo(d.withDayOfMonth(1));
        }
        assertThat(Dates.firstDay("2020")).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Dates.firstDay(null)).isNull();
    }

    @Test
    void refusesWhatTheIsoParserRefuses() {
        for (String bad : new String[] {"2018-02-30", "2019-02-29", "2018-13", "2018-00", "2018-01-00", "2018-1-005",
            "2018/01/05", "2018-01-5x", "٢٠١٨-01"}) {
            assertThatThrownBy(() -> Dates.firstDay(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        assertThatThrownBy(() -> Dates.firstDay("18-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
