package org.frontline.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontline.events.Location;

/**
 * Every control claim about one place, oldest first; claims from the same day are ordered most confident first,
 * so that a contested day shows both sides and the better-supported one leads.
 */
public record PlaceTimeline(Location place, List<ControlClaim> claims) {
    private static final Comparator<ControlClaim> ORDER = Comparator.comparing(ControlClaim::from)
            .thenComparing(Comparator.comparingDouble(ControlClaim::confidence).reversed())
            .thenComparing(ControlClaim::fusedEventId);

    public PlaceTimeline {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one claim (" + place.name() + ")");
        }
        claims = claims.stream().sorted(ORDER).toList();
    }

    /**
     * Who holds the place on {@code day}: the best-supported claim of the latest day on or before it; empty before
     * the first claim.
     */
    public Optional<ControlClaim> at(LocalDate day) {
        LocalDate latest = null;
        for (ControlClaim c : claims) {
            if (!c.from().isAfter(day)) {
                latest = c.from();
            }
        }
        LocalDate chosen = latest;
        return chosen == null ? Optional.empty()
                : claims.stream().filter(c -> c.from().equals(chosen)).findFirst();
    }

    /** The claims of the latest day on or before {@code day}: one, or several when that day is contested. */
    public List<ControlClaim> claimsAt(LocalDate day) {
        return at(day).map(best -> claims.stream().filter(c -> c.from().equals(best.from())).toList())
                .orElse(List.of());
    }
}
