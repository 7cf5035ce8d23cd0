package org.frontline.events;

import org.frontline.actors.ActorRef;

/** ACLED's generic actors for a country, as the actor catalog names them. */
@FunctionalInterface
public interface GenericActors {
    /** What kind of generic actor. */
    enum Kind { MILITARY, POLICE, PROTESTERS, RIOTERS, CIVILIANS, UNIDENTIFIED_ARMED_GROUP }

    /** @param iso2 the country, ISO alpha-2; never null */
    ActorRef of(Kind kind, String iso2);
}
