package org.frontline;

import java.time.LocalDate;

/** Partial ISO dates ("2018", "2018-01", "2018-01-15") as articles and ACLED carry them. */
public final class Dates {
    private Dates() {
    }

    /** The first day the partial date covers; null for null. */
    public static LocalDate firstDay(String partial) {
        if (partial == null) {
            return null;
        }
        return switch (partial.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
            case 7, 10 -> isoDay(partial);
            default -> throw new IllegalArgumentException("not YYYY, YYYY-MM or YYYY-MM-DD: '" + partial + "'");
        };
    }

    /**
     * "YYYY-MM" (its first day) or "YYYY-MM-DD", read by hand when it is plainly a day every month has (fusion
     * compares dates of every pair of reports, and {@link LocalDate#parse} costs a formatter run each); anything
     * else goes to {@link LocalDate#parse}, which accepts and refuses exactly as before.
     */
    private static LocalDate isoDay(String s) {
        boolean month = s.length() == 7;
        if (digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)
                && (month || s.charAt(7) == '-' && digits(s, 8, 10))) {
            int m = (s.charAt(5) - '0') * 10 + s.charAt(6) - '0';
            int d = month ? 1 : (s.charAt(8) - '0') * 10 + s.charAt(9) - '0';
            if (m >= 1 && m <= 12 && d >= 1 && d <= 28) {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), m, d);
            }
        }
        return LocalDate.parse(month ? s + "-01" : s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
