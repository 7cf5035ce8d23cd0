package org.frontline.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One actor of the catalog as written in the country files.
 *
 * @param id         "sy.hts": country prefix and a stable slug
 * @param name       ACLED's spelling ("HTS: Hayat Tahrir al Sham")
 * @param country    ISO alpha-2 of the file (where the actor fights)
 * @param state      ISO alpha-2 of the state whose forces these are (Russia's forces in Syria: RU); nullable. State
 *                   forces are inter 1 in their own country's articles and 8 (external) elsewhere
 * @param standsFor  the generic actor this entry is for its state ("military": "forces turques" means it);
 *                   nullable
 * @param renamedTo  id the group took as a new name on {@code renamedOn}; nullable
 * @param mergedInto the group it dissolved into: from then on its names mean that group; nullable
 * @param memberOf   coalitions it belongs to without losing its name (ACLED keeps coding the member)
 * @param founded    first day the name exists; nullable
 * @param before     what its names mean before {@code founded} ("Turkish-backed factions" before the SNA);
 *                   nullable
 * @param localAliases names that mean this actor only in articles about its own country ("Military Police" is
 *                   Brazil's in a Brazilian report, not in a Syrian one); matched like aliases
 * @param acledSeen  true when the name was checked against ACLED's own data; false means it follows ACLED's
 *                   conventions but is unverified
 */
public record ActorEntry(String id, String name, String side, int inter, String country, String state,
                         GenericKind standsFor, List<String> aliases, List<String> localAliases, String renamedTo,
                         LocalDate renamedOn, Link mergedInto, List<Link> memberOf, LocalDate founded, String before,
                         boolean acledSeen, String note) {
    public ActorEntry {
        Objects.requireNonNull(id, "actor id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor " + id + " has no name");
        }
        if (side == null || side.isBlank()) {
            throw new IllegalArgumentException("actor " + id + " has no side");
        }
        if (inter < 1 || inter > 8) {
            throw new IllegalArgumentException("actor " + id + " has inter " + inter + ", ACLED uses 1..8");
        }
        if (country == null || country.length() != 2) {
            throw new IllegalArgumentException("actor " + id + " needs a two-letter country, got " + country);
        }
        if ((renamedTo == null) != (renamedOn == null)) {
            throw new IllegalArgumentException("actor " + id + " needs both renamed_to and renamed_on");
        }
        if (standsFor != null && state == null) {
            throw new IllegalArgumentException("actor " + id + " stands for " + standsFor + " of no state");
        }
        if (before != null && founded == null) {
            throw new IllegalArgumentException("actor " + id + " has 'before' without 'founded'");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        localAliases = localAliases == null ? List.of() : List.copyOf(localAliases);
        memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
    }

    public ActorRef ref() {
        return new ActorRef(id, name, side, inter, country);
    }

    /** The entry its names point to on {@code date} by one step of rename, merger or pre-foundation, if any. */
    String nextOn(LocalDate date) {
        if (renamedTo != null && !date.isBefore(renamedOn)) {
            return renamedTo;
        }
        if (mergedInto != null && mergedInto.holdsOn(date)) {
            return mergedInto.id();
        }
        if (before != null && date.isBefore(founded)) {
            return before;
        }
        return null;
    }
}
