package org.frontline.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A country as ACLED's generic actors name it.
 *
 * @param name        "United States" (as in "Protesters (United States)")
 * @param article     true when state forces take "the": "Military Forces of the United States (2017-)"
 * @param adjectives  French and English adjectives and demonyms, all genders and numbers ("syrienne", "Syrian")
 * @param regimes     periods of its state forces; the first listed is the default when none covers a date
 */
public record Country(String iso2, String name, boolean article, List<String> adjectives, List<Regime> regimes) {
    public Country {
        Objects.requireNonNull(iso2, "country iso2");
        if (iso2.length() != 2 || !iso2.equals(iso2.toUpperCase())) {
            throw new IllegalArgumentException("country code must be two capitals, got " + iso2);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("country " + iso2 + " has no name");
        }
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
    }

    /** The regime in force on {@code date}, the default one when none covers it, null when none is known. */
    public Regime regimeOn(LocalDate date) {
        for (Regime r : regimes) {
            if (r.holdsOn(date)) {
                return r;
            }
        }
        return regimes.isEmpty() ? null : regimes.get(0);
    }

    /** ACLED's name of one of its generic actors on a date: "Police Forces of Iraq (2018-)", "Civilians (Iraq)". */
    public String genericName(GenericKind kind, LocalDate date) {
        if (!kind.stateForces()) {
            return kind.format(name);
        }
        Regime regime = regimeOn(date);
        return kind.format((article ? "the " : "") + name) + (regime == null ? "" : regime.label());
    }
}
