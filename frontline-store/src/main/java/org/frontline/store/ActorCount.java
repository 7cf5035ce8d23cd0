package org.frontline.store;

/** An actor name as ACLED writes it and how many matching events it takes part in. */
public record ActorCount(String name, long events) {
}
