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
 */
final class UnknownPerpetrators {
    private final Map<String, String> byCountryAndType = new HashMap<>();

    UnknownPerpetrators() {
        for (String line : ResourceLines.of(UnknownPerpetrators.class, "unknown-perpetrators.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new FrontlineException("unknown-perpetrators.tsv: expected country, sub-event type, actor in '"
                        + line + "'");
            }
            EventType.typeOf(cols[1]);
            byCountryAndType.put(cols[0] + "|" + cols[1], cols[2]);
        }
    }

    /** The country's convention for this sub-event type, null when it has none. */
    ActorRef of(String country, String subEventType, ActorCatalog catalog, LocalDate date) {
        String actor = byCountryAndType.get(country + "|" + subEventType);
        if (actor == null) {
            return null;
        }
        for (GenericKind k : GenericKind.values()) {
            if (k.key().equals(actor)) {
                return catalog.generic(k, country, date, country);
            }
        }
        return catalog.resolve(actor, date, country);
    }
}
