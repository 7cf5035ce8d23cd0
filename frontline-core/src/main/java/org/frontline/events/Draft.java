package org.frontline.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.actors.ActorRef;
import org.frontline.claims.Attribution;
import org.frontline.geoparse.PlaceMention;

/** An event while the coder is still gathering its evidence; frozen into an {@link Event} at the end. */
final class Draft {
    String subEventType;
    ActorRef actor1;
    ActorRef actor2;
    boolean inferredActor;
    final Set<String> assoc1 = new LinkedHashSet<>();
    final Set<String> assoc2 = new LinkedHashSet<>();
    PlaceMention place;
    boolean inheritedPlace;
    final List<String> otherPlaces = new ArrayList<>();
    EventDates.Dated date;
    int fatalities;
    final Map<String, Object> facts = new LinkedHashMap<>();
    final Set<Attribution> attribution = new LinkedHashSet<>();
    final Set<String> framing = new LinkedHashSet<>();
    final List<Span> evidence = new ArrayList<>();
    final Set<Integer> sentences = new LinkedHashSet<>();
    int firstOffset;
    String operation;

    Draft(String subEventType, int firstOffset) {
        this.subEventType = subEventType;
        this.firstOffset = firstOffset;
    }

    /** Evidence and sentences are added together, one span per sentence, so they stay aligned. */
    void addEvidence(int sentence, Span span) {
        if (sentences.add(sentence)) {
            evidence.add(span);
        }
    }

    int precision() {
        return place == null ? 4 : place.geoPrecision();
    }

    /** Takes everything {@code other} gathered; this draft keeps its own type, actors and place. */
    void absorb(Draft other) {
        Iterator<Integer> sentence = other.sentences.iterator();
        for (Span span : other.evidence) {
            addEvidence(sentence.next(), span);
        }
        other.facts.forEach(facts::putIfAbsent);
        attribution.addAll(other.attribution);
        framing.addAll(other.framing);
        fatalities = Math.max(fatalities, other.fatalities);
        if (date == null || other.date != null && other.date.precision() < date.precision()) {
            date = other.date;
        }
        firstOffset = Math.min(firstOffset, other.firstOffset);
    }

    boolean sharesActor(Draft other) {
        return same(actor1, other.actor1) || same(actor1, other.actor2) || same(actor2, other.actor1)
                || same(actor2, other.actor2);
    }

    private static boolean same(ActorRef a, ActorRef b) {
        return a != null && b != null && a.name().equals(b.name());
    }
}
