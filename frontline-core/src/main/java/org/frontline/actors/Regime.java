package org.frontline.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of a country's state forces as ACLED labels it: "Military Forces of Yemen (2016-) Supreme Political
 * Council" has years "2016-" and suffix "Supreme Political Council".
 *
 * @param from  first day of the period; null means since always
 * @param until first day after it (exclusive); null means ongoing
 */
public record Regime(String years, String suffix, LocalDate from, LocalDate until) {
    public Regime {
        Objects.requireNonNull(years, "regime years");
        if (!years.matches("\\d{4}-(\\d{4})?")) {
            throw new IllegalArgumentException("regime years must look like 2000- or 2019-2020, got " + years);
        }
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /** " (2016-) Supreme Political Council": what follows the country in a state forces' name. */
    String label() {
        return " (" + years + ")" + (suffix == null ? "" : " " + suffix);
    }
}
