package org.frontline.actors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An actor as coded: ACLED-style name, the side it fights on, ACLED inter code (1 state forces … 8 external/other).
 *
 * @param id   catalog id ("sy.hts") or a generic id ("generic.military:SY"); never null
 * @param side "government", "pro-government", "opposition", "opposition-jihadist", "jihadist", "kurdish",
 *             "foreign", "civilian", "unknown" …
 * @param country ISO alpha-2 of the country the actor belongs to or fights in (the catalog file's country, the
 *             generic actor's country); null for actors of no one country (coalitions, operations)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorRef(String id, String name, String side, int inter, String country) {
    public ActorRef {
        if (inter < 0 || inter > 8) {
            throw new IllegalArgumentException("ACLED inter code must be 0..8, got " + inter + " for " + name);
        }
    }
}
