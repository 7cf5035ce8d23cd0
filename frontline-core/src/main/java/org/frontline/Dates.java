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
            case 7 -> LocalDate.parse(partial + "-01");
            case 10 -> LocalDate.parse(partial);
            default -> throw new IllegalArgumentException("not YYYY, YYYY-MM or YYYY-MM-DD: '" + partial + "'");
        };
    }
}
