package org.frontline.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated tie from one catalog entry to another (a merger or a coalition membership).
 *
 * @param from  first day the tie holds; null means since always
 * @param until first day it no longer holds (exclusive); null means still holds
 */
public record Link(String id, LocalDate from, LocalDate until) {
    public Link {
        Objects.requireNonNull(id, "link id");
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("link to " + id + " ends " + until + " before it starts " + from);
        }
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }
}
