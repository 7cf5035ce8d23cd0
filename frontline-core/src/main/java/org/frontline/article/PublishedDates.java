package org.frontline.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as {@link Article#published()} wants them: "YYYY", "YYYY-MM" or "YYYY-MM-DD", checked on the calendar. */
final class PublishedDates {
    /** A date, optionally followed by an ISO time part ("2018-01-25T10:00:00Z"), which is dropped. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ]\\S*)?");

    private PublishedDates() {
    }

    /** The date part of {@code raw}, truncated to the day; empty when it is not a real calendar date. */
    static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(raw.strip());
        if (!m.matches() || (m.group(2) == null && raw.strip().length() > 4)) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(m.group(1));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                LocalDate.of(year, month, 1);
                return Optional.of(m.group(1) + "-" + m.group(2));
            }
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A feed entry's instant as the UTC calendar day; null stays null. */
    static String ofDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
