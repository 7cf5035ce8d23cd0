package org.frontline.store;

import org.frontline.events.Location;

/** A place events are located at (geo_precision of the first event seen there) and how many matching events. */
public record PlaceCount(Location place, long events) {
}
