package org.frontline.app.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.geoparse.Geo;

/**
 * The DESIGN §6 ACLED scores, accumulated row by row: the first coded event against the row. A row with no event
 * (or an event with no location) counts as wrong on every metric it cannot satisfy; actor F1 is micro-averaged.
 */
final class AcledTally {
    static final double FAR_KM = 161;
    static final double NEAR_KM = 10;

    private final Ratio loc161 = new Ratio();
    private final Ratio loc10 = new Ratio();
    private final Ratio admin1 = new Ratio();
    private final Ratio eventType = new Ratio();
    private final Ratio subEventType = new Ratio();
    private final Ratio fatalities = new Ratio();
    private final Ratio loc161MiddleEast = new Ratio();
    private final Ratio loc10MiddleEast = new Ratio();
    private final Ratio loc161Syria = new Ratio();
    private final Ratio loc10Syria = new Ratio();
    private int actorTruePositives;
    private int actorFalsePositives;
    private int actorFalseNegatives;

    /** @param first the extraction's first event, null when it coded none */
    void add(AcledRow row, Event first) {
        Location loc = first == null ? null : first.location();
        double km = loc == null ? Double.POSITIVE_INFINITY
                : Geo.km(row.latitude(), row.longitude(), loc.lat(), loc.lon());
        loc161.add(km <= FAR_KM);
        loc10.add(km <= NEAR_KM);
        if (row.region().equalsIgnoreCase("Middle East")) {
            loc161MiddleEast.add(km <= FAR_KM);
            loc10MiddleEast.add(km <= NEAR_KM);
        }
        if (row.country().equalsIgnoreCase("Syria")) {
            loc161Syria.add(km <= FAR_KM);
            loc10Syria.add(km <= NEAR_KM);
        }
        admin1.add(loc != null && loc.admin1() != null && loc.admin1().strip().equalsIgnoreCase(row.admin1()));
        eventType.add(first != null && first.eventType().equalsIgnoreCase(row.eventType()));
        subEventType.add(first != null && first.subEventType().equalsIgnoreCase(row.subEventType()));
        fatalities.add(first != null && first.fatalities() == row.fatalities());
        addActors(ActorNames.set(row.actor1(), row.actor2()),
                first == null ? Set.of() : ActorNames.set(first.actor1(), first.actor2()));
    }

    private void addActors(Set<String> gold, Set<String> predicted) {
        for (String p : predicted) {
            if (gold.contains(p)) {
                actorTruePositives++;
            } else {
                actorFalsePositives++;
            }
        }
        actorFalseNegatives += (int) gold.stream().filter(g -> !predicted.contains(g)).count();
    }

    /** Micro F1 over all rows' actor sets; 0 when there were no actors at all. */
    double actorF1() {
        int denominator = 2 * actorTruePositives + actorFalsePositives + actorFalseNegatives;
        return denominator == 0 ? 0 : 2.0 * actorTruePositives / denominator;
    }

    /** The scores in report order, ending with the row count {@code n}. */
    Map<String, Number> scores() {
        Map<String, Number> s = new LinkedHashMap<>();
        s.put("location_acc161", loc161.value());
        s.put("location_acc10", loc10.value());
        s.put("admin1_acc", admin1.value());
        s.put("event_type_acc", eventType.value());
        s.put("sub_event_type_acc", subEventType.value());
        s.put("actor_f1", actorF1());
        s.put("fatalities_acc", fatalities.value());
        s.put("location_acc161_middle_east", loc161MiddleEast.value());
        s.put("location_acc10_middle_east", loc10MiddleEast.value());
        s.put("n_middle_east", loc161MiddleEast.n());
        s.put("location_acc161_syria", loc161Syria.value());
        s.put("location_acc10_syria", loc10Syria.value());
        s.put("n_syria", loc161Syria.n());
        s.put("n", loc161.n());
        return s;
    }
}
