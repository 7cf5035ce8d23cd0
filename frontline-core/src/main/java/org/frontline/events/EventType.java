package org.frontline.events;

import java.util.List;
import java.util.Map;

/** ACLED's 6 event types and 25 sub-event types, spelled as in ACLED exports. */
public final class EventType {
    public static final String BATTLES = "Battles";
    public static final String REMOTE = "Explosions/Remote violence";
    public static final String VAC = "Violence against civilians";
    public static final String PROTESTS = "Protests";
    public static final String RIOTS = "Riots";
    public static final String STRATEGIC = "Strategic developments";

    public static final Map<String, List<String>> SUB_TYPES = Map.of(
            BATTLES, List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
            REMOTE, List.of("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                    "Remote explosive/landmine/IED", "Grenade"),
            VAC, List.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
            PROTESTS, List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            RIOTS, List.of("Violent demonstration", "Mob violence"),
            STRATEGIC, List.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                    "Headquarters or base established", "Looting/property destruction",
                    "Non-violent transfer of territory", "Other"));

    /** Each sub-event type's event type (each belongs to one): asked for every trigger, event and model feature. */
    private static final Map<String, String> TYPE_OF = typeOfSubTypes();

    private EventType() {
    }

    private static Map<String, String> typeOfSubTypes() {
        Map<String, String> out = new java.util.HashMap<>();
        SUB_TYPES.forEach((type, subTypes) -> subTypes.forEach(sub -> {
            if (out.put(sub, type) != null) {
                throw new IllegalStateException("sub-event type in two event types: '" + sub + "'");
            }
        }));
        return Map.copyOf(out);
    }

    /** The event type a sub-event type belongs to. @throws IllegalArgumentException if it is not ACLED's */
    public static String typeOf(String subEventType) {
        String type = TYPE_OF.get(subEventType); // null throws, as List.contains(null) did
        if (type != null) {
            return type;
        }
        throw new IllegalArgumentException("not an ACLED sub-event type: '" + subEventType + "'");
    }

    static void check(String eventType, String subEventType) {
        if (!typeOf(subEventType).equals(eventType)) {
            throw new IllegalArgumentException("'" + subEventType + "' is not a sub-event type of '" + eventType + "'");
        }
    }
}
