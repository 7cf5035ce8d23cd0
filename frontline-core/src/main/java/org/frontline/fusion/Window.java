package org.frontline.fusion;

import java.time.LocalDate;
import java.time.YearMonth;
import org.frontline.Dates;
import org.frontline.events.Event;

/**
 * The days an event may have happened on, from its date and ACLED time_precision: the day itself, the week around
 * it, or its whole month (the whole year for a bare year). A day-precise report covers its day only: ACLED codes
 * the same shelling of the same village on two days as two events, and over ACLED's own notes a one-day slack
 * merged 180 pairs of its distinct rows.
 */
record Window(LocalDate from, LocalDate to) {
    Window {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("window " + from + " is after " + to);
        }
    }

    /** Null for an undated event. */
    static Window of(Event e) {
        String d = e.eventDate();
        if (d == null) {
            return null;
        }
        LocalDate first = Dates.firstDay(d);
        if (d.length() == 4) {
            return new Window(first, first.plusYears(1).minusDays(1));
        }
        if (d.length() == 7 || e.timePrecision() == 3) {
            YearMonth m = YearMonth.from(first);
            return new Window(m.atDay(1), m.atEndOfMonth());
        }
        return e.timePrecision() == 2 ? new Window(first.minusDays(3), first.plusDays(3))
                : new Window(first, first);
    }

    boolean overlaps(Window o) {
        return !from.isAfter(o.to) && !o.from.isAfter(to);
    }
}
