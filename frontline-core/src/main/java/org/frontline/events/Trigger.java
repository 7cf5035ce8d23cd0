package org.frontline.events;

/**
 * A phrase in a sentence that signals an event.
 *
 * @param kind  an ACLED sub-event type, or {@link #TERRITORY} / {@link #TERRITORY_LOSS}
 * @param start UTF-16 offset into the body, end exclusive
 */
record Trigger(String kind, int priority, int start, int end, String text) {
    static final String TERRITORY = "TERRITORY";
    static final String TERRITORY_LOSS = "TERRITORY_LOSS";

    boolean isTerritory() {
        return isTerritory(kind);
    }

    static boolean isTerritory(String kind) {
        return kind.equals(TERRITORY) || kind.equals(TERRITORY_LOSS);
    }
}
