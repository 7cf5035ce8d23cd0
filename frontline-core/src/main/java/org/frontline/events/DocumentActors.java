package org.frontline.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;

/**
 * The actors an article is about, by how often it names them: the government side it reports on, and the
 * armed opponent it names most, used when a sentence leaves a role implicit ("vingt villages purifiés des
 * milices" has the army as taker without naming it).
 */
final class DocumentActors {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, ActorRef> byName = new LinkedHashMap<>();

    DocumentActors(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            counts.merge(m.actor().name(), 1, Integer::sum);
            byName.putIfAbsent(m.actor().name(), m.actor());
        }
    }

    /** A state's forces, at home (inter 1) or abroad (8), by ACLED's name: "Military Forces of Russia (2000-)". */
    static boolean stateForces(ActorRef a) {
        return a != null && interState(a)
                && (a.name().startsWith("Military Forces of ") || a.name().startsWith("Police Forces of "));
    }

    /** Coded as a state's forces, at home (ACLED inter 1) or abroad (8), whatever its name. */
    static boolean interState(ActorRef a) {
        return a.inter() == 1 || a.inter() == 8;
    }

    static boolean governmentSide(ActorRef a) {
        return a != null && (a.inter() == 1 || "government".equals(a.side()) || "pro-government".equals(a.side()));
    }

    /** The side an actor fights on, state forces and their allies counting as one ("government"). */
    static String camp(ActorRef a) {
        return governmentSide(a) ? "government" : String.valueOf(a.side());
    }

    static boolean armedNonState(ActorRef a) {
        return a != null && !governmentSide(a) && a.inter() >= 2 && a.inter() <= 4;
    }

    /** The government-side actor named most (state forces preferred); null when none is named. */
    ActorRef government() {
        return most(a -> a.inter() == 1 && governmentSide(a), a -> governmentSide(a));
    }

    /** The armed non-state actor named most; null when none. */
    ActorRef opponent() {
        return most(DocumentActors::armedNonState, DocumentActors::armedNonState);
    }

    /** The other side of {@code a} in this article. */
    ActorRef against(ActorRef a) {
        return governmentSide(a) ? opponent() : government();
    }

    private ActorRef most(java.util.function.Predicate<ActorRef> first, java.util.function.Predicate<ActorRef> then) {
        ActorRef best = pick(first);
        return best != null ? best : pick(then);
    }

    private ActorRef pick(java.util.function.Predicate<ActorRef> p) {
        ActorRef best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            ActorRef a = byName.get(e.getKey());
            if (p.test(a) && e.getValue() > bestCount) {
                best = a;
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
