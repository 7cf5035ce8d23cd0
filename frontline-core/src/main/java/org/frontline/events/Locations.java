package org.frontline.events;

import java.util.List;
import org.frontline.geoparse.PlaceMention;

/** Where an event happened: the place named right after its trigger, else right before, else the event it continues. */
final class Locations {
    private static final double MIN_CONFIDENCE = 0.35;

    private Locations() {
    }

    static PlaceMention pick(Trigger t, List<PlaceMention> inSentence) {
        PlaceMention before = null;
        PlaceMention after = null;
        PlaceMention specific = null;
        for (PlaceMention m : inSentence) {
            if (m.place() == null || m.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            if (m.end() <= t.start()) {
                before = m;
            } else if (after == null && m.start() >= t.start()) {
                after = m;
            }
            if (specific == null && !m.place().isCountry()) {
                specific = m;
            }
        }
        PlaceMention chosen = after != null ? after : before;
        if (chosen != null && chosen.place().isCountry() && specific != null) {
            return specific;
        }
        return chosen;
    }

    /** The most precise place among earlier events, the latest of equal precision; null when none has a place. */
    static PlaceMention inherit(List<Draft> earlier) {
        Draft best = null;
        for (Draft d : earlier) {
            if (d.place != null && d.place.place() != null && (best == null || d.precision() <= best.precision())) {
                best = d;
            }
        }
        return best == null ? null : best.place;
    }
}
