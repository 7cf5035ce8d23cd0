package org.frontline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import org.frontline.Dates;

/**
 * The days an event may have happened on, as epoch days, inclusive: what date-range queries compare. A partial date
 * covers its month or year; ACLED's time_precision widens a day date to its week (±3 days, precision 2) or its month
 * (precision 3), because the coder only knew that much.
 */
record EventDays(long first, long last) {
    /** No event range is longer than this; queries use it to bound an index scan on the first day. */
    static final long MAX_SPAN = 366;

    EventDays {
        if (last < first || last - first > MAX_SPAN) {
            throw new IllegalArgumentException("bad day range " + first + ".." + last);
        }
    }

    /** Null when the event has no date. */
    static EventDays of(String eventDate, int timePrecision) {
        if (eventDate == null) {
            return null;
        }
        LocalDate first = Dates.firstDay(eventDate);
        return switch (eventDate.length()) {
            case 4 -> new EventDays(first.toEpochDay(), first.plusYears(1).minusDays(1).toEpochDay());
            case 7 -> month(first);
            default -> switch (timePrecision) {
                case 2 -> new EventDays(first.minusDays(3).toEpochDay(), first.plusDays(3).toEpochDay());
                case 3 -> month(first);
                default -> new EventDays(first.toEpochDay(), first.toEpochDay());
            };
        };
    }

    private static EventDays month(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return new EventDays(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay());
    }
}
