package org.frontline.app.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.Extraction;
import org.frontline.events.Event;

/**
 * Recall of the required gold items over gold files (micro: found / required, summed over files), and the list of
 * what was missed, for people. Each required gold event takes a distinct extracted event, except that one marked
 * {@code may_merge_with} an event shares the extracted event that one took when it matches it, and takes an unused
 * one otherwise.
 */
final class GoldTally {
    private final Ratio places = new Ratio();
    private final Ratio actors = new Ratio();
    private final Ratio sources = new Ratio();
    private final Ratio events = new Ratio();
    private final List<String> missed = new ArrayList<>();
    private int files;

    void add(String name, GoldFile gold, Extraction extraction) {
        files++;
        for (GoldFile.GoldPlace p : gold.places()) {
            if (p.required()) {
                count(places, GoldMatch.placeFound(p, extraction.places()), name, "place " + p.surfaces());
            }
        }
        for (GoldFile.GoldActor a : gold.actors()) {
            if (a.required()) {
                count(actors, GoldMatch.actorFound(a, extraction.actors()), name, "actor '" + a.actor() + "'");
            }
        }
        for (GoldFile.GoldSource s : gold.sources()) {
            if (s.required()) {
                count(sources, GoldMatch.sourceFound(s, extraction.sources()), name, "source '" + s.source() + "'");
            }
        }
        addEvents(name, gold, extraction.events());
    }

    private void addEvents(String name, GoldFile gold, List<Event> predicted) {
        Set<String> plainActors = gold.actors().stream().map(a -> ActorNames.normalize(a.actor()))
                .collect(Collectors.toSet());
        Set<Event> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Event> taken = new HashMap<>();
        for (GoldFile.GoldEvent g : gold.events()) {
            if (!g.required()) {
                continue;
            }
            List<Event> candidates = predicted.stream().filter(e -> GoldMatch.eventMatches(g, e, plainActors)).toList();
            Event mergeTarget = g.mayMergeWith() == null ? null : taken.get(g.mayMergeWith());
            Event pick = candidates.stream().filter(e -> e == mergeTarget).findFirst()
                    .orElse(candidates.stream().filter(e -> !used.contains(e)).findFirst().orElse(null));
            if (pick != null) {
                used.add(pick);
                if (g.id() != null) {
                    taken.put(g.id(), pick);
                }
            }
            count(events, pick != null, name, "event '" + g.id() + "' (" + g.subEventType() + ")");
        }
    }

    private void count(Ratio ratio, boolean found, String file, String what) {
        ratio.add(found);
        if (!found) {
            missed.add(file + ": missed " + what);
        }
    }

    List<String> missed() {
        return List.copyOf(missed);
    }

    Map<String, Number> scores() {
        Map<String, Number> s = new LinkedHashMap<>();
        s.put("places_recall", places.value());
        s.put("actors_recall", actors.value());
        s.put("sources_recall", sources.value());
        s.put("events_recall", events.value());
        s.put("n_required", places.n() + actors.n() + sources.n() + events.n());
        s.put("n", files);
        return s;
    }
}
