package org.frontline.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.frontline.FrontlineException;
import org.frontline.ResourceLines;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * Country conventions for a perpetrator the report does not name ({@code unknown-perpetrators.tsv}): ACLED codes
 * killings by unknown men in Mexico as gang violence and in Brazil as "Unidentified Gang and/or Police Militia".
 * A convention's scope says whether it also holds when the report calls the attackers "armed men": in Mexico and
 * Brazil ACLED then codes an Unidentified Armed Group (the conventions are for bodies found, perpetrators unnamed,
 * and drive-by shootings, which the caller does not count as armed men).
 */
final class UnknownPerpetrators {
    private record Convention(String actor, boolean evenForArmedMen) {
    }

    private final Map<String, Convention> byCountryAndType = new HashMap<>();

    UnknownPerpetrators() {
        for (String line : ResourceLines.of(UnknownPerpetrators.class, "unknown-perpetrators.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 4 || !cols[3].equals("unnamed") && !cols[3].equals("armed-men-too")) {
                throw new FrontlineException("unknown-perpetrators.tsv: expected country, sub-event type, actor, "
                        + "scope (unnamed | armed-men-too) in '" + line + "'");
            }
            EventType.typeOf(cols[1]);
            byCountryAndType.put(cols[0] + "|" + cols[1], new Convention(cols[2], cols[3].equals("armed-men-too")));
        }
    }

    /**
     * The country's convention for this sub-event type, null when it has none or when its scope excludes a report
     * that speaks of unidentified armed men ({@code armedMen}).
     */
    ActorRef of(String country, String subEventType, ActorCatalog catalog, LocalDate date, boolean armedMen) {
        Convention convention = byCountryAndType.get(country + "|" + subEventType);
        if (convention == null || armedMen && !convention.evenForArmedMen()) {
            return null;
        }
        String actor = convention.actor();
        for (GenericKind k : GenericKind.values()) {
            if (k.key().equals(actor)) {
                return catalog.generic(k, country, date, country);
            }
        }
        return catalog.resolve(actor, date, country);
    }
}
