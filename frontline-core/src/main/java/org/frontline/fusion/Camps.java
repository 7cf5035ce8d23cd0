package org.frontline.fusion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorEntry;

/**
 * The side an actor fights on, so that reports naming the same fighters differently still meet: "the Syrian army"
 * and "pro-Assad troops" are one camp, and so are HTS, "jihadists" and "rebel factions" in Idlib (the opposition's
 * jihadist and non-jihadist factions fought the January 2018 offensive together). Unidentified actors have no camp:
 * they match any.
 */
public final class Camps {
    /** The camp of state forces and of the militias and foreign forces that fight with them. */
    public static final String GOVERNMENT = "government";
    static final String OPPOSITION = "opposition";

    private final Map<String, String> sideByName = new HashMap<>();

    public Camps(ActorCatalog catalog) {
        for (ActorEntry e : catalog.entries()) {
            sideByName.putIfAbsent(e.name(), e.side());
        }
    }

    /**
     * The camp of an event's actor; null when unknown (no actor, an unidentified group, or a side the catalog
     * leaves "unknown").
     *
     * @param inter the event's ACLED inter code for that actor, used when the catalog does not know the name
     * @param assoc associated actors, which vote for an unnamed coalition's camp ("Operation X coalition")
     */
    public String of(String name, int inter, List<String> assoc) {
        if (name == null || name.isBlank() || name.startsWith("Unidentified")) {
            return null;
        }
        String side = sideByName.get(name);
        if (side != null) {
            return camp(side);
        }
        for (String a : assoc) {
            String s = sideByName.get(a);
            if (s != null) {
                return camp(s);
            }
        }
        return inter == 1 ? GOVERNMENT : name;
    }

    private static String camp(String side) {
        return switch (side) {
            case "government", "pro-government" -> GOVERNMENT;
            case "opposition", "opposition-jihadist" -> OPPOSITION;
            case "unknown" -> null;
            default -> side;
        };
    }
}
