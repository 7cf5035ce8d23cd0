package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontline.Dates;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.claims.Attribution;
import org.frontline.claims.Claims;
import org.frontline.geoparse.Borders;
import org.frontline.geoparse.PlaceMention;

/**
 * Turns drafts into events: same type, actors and place merge (ACLED's unit of coding); a draft whose actor
 * and place were both inferred folds into the event of its type it continues; operations get their coalition
 * actor; missing actors get ACLED's generic ones; attribution falls back to the article's primary source, then
 * its publisher; events are ordered most salient first: reports lead with their main event, so by the first
 * sentence that reports it, then by how many sentences support it, then by position.
 */
final class DraftMerger {
    private final CodingInput in;
    private final ActorCatalog catalog;
    private final SubEventChoice subEvents;
    private final ContactLines contactLines;
    private final UnknownPerpetrators unknownPerpetrators;
    private final Nationals nationals;
    private final DraftRelations relations;
    /** The contact line the whole report observes fire on, read once: the same for every event of the report. */
    private Optional<ContactLines.Line> reportLine;
    /** The countries the report's places (or else actors) vote for, counted once for all its events. */
    private Map<String, Double> countryVotes;
    /** {@link #evidence}'s last draft, its evidence count then, and the evidence built. */
    private Draft evidenceOf;
    private int evidenceCount;
    private Evidence evidence;

    DraftMerger(CodingInput in, ActorCatalog catalog, SubEventChoice subEvents, ContactLines contactLines,
                UnknownPerpetrators unknownPerpetrators, Nationals nationals) {
        this.in = in;
        this.catalog = catalog;
        this.subEvents = subEvents;
        this.contactLines = contactLines;
        this.unknownPerpetrators = unknownPerpetrators;
        this.nationals = nationals;
        this.relations = new DraftRelations(in);
    }

    List<Event> freeze(List<Draft> drafts) {
        List<Draft> merged = new ArrayList<>();
        // each merged draft's key, made again only when the draft changes: a long report's drafts were each
        // compared with every merged one, and every comparison built the merged draft's key string anew
        List<String> keys = new ArrayList<>();
        for (Draft d : withoutHeadline(drafts)) {
            int attackAt = 0;
            while (attackAt < merged.size() && !relations.forceOnProtest(merged.get(attackAt), d)
                    && !relations.killedProtesters(merged.get(attackAt), d)) {
                attackAt++;
            }
            if (attackAt < merged.size()) {
                Draft attack = merged.get(attackAt);
                // the attack was told first: the protest takes its place and its violence
                merged.set(attackAt, d);
                if (relations.force(d) == null) {
                    d.actor2 = attack.actor1;
                }
                if (d.place == null) {
                    d.place = attack.place;
                }
                relations.meetWithForce(d, attack);
                keys.set(attackAt, relations.key(d));
                continue;
            }
            String key = relations.key(d); // d stays as it is while the merged drafts are compared with it
            int sameAt = 0;
            while (sameAt < merged.size() && !same(d, key, merged.get(sameAt), keys.get(sameAt))) {
                sameAt++;
            }
            Draft same = sameAt < merged.size() ? merged.get(sameAt) : null;
            if (same != null) {
                if (relations.forceOnProtest(d, same)) {
                    relations.meetWithForce(same, d);
                } else {
                    if (relations.sameTransfer(d, same)) {
                        relations.fillOtherSide(same, d);
                    }
                    if (relations.inside(d, same) && relations.bySameAttackers(d, same)) {
                        same.place = d.place; // the raid's village, named after its state
                    }
                    same.absorb(d);
                }
                keys.set(sameAt, relations.key(same));
            } else {
                merged.add(d);
                keys.add(key);
            }
        }
        List<Draft> strong = new ArrayList<>();
        for (Draft d : merged) {
            boolean weak = d.inferredActor && (d.inheritedPlace || d.place == null) && d.operation == null;
            Draft host = weak ? relations.host(d, merged) : null;
            if (host != null) {
                host.absorb(d);
            } else {
                strong.add(d);
            }
        }
        strong.sort(Comparator.comparingInt((Draft d) -> java.util.Collections.min(d.sentences))
                .thenComparingInt(d -> -d.sentences.size()).thenComparingInt(d -> d.firstOffset));
        if (!strong.isEmpty()) {
            retype(strong.get(0), strong.size() == 1);
        }
        List<Event> events = new ArrayList<>();
        for (Draft d : strong) {
            events.add(event(d));
        }
        return events;
    }

    /** Whether {@code d} (whose key is {@code key}) merges into {@code m} (whose key is {@code mKey}). */
    private boolean same(Draft d, String key, Draft m, String mKey) {
        return mKey.equals(key) || relations.continues(d, m) || relations.sameTransfer(d, m)
                || relations.forceOnProtest(d, m) || relations.battleOfTransfer(d, m) || relations.retold(d, m)
                || relations.bySameAttackers(d, m) || relations.tollOfTheFighting(d, m);
    }

    /**
     * "Ukraine: une maternité bombardée à Marioupol\n\nUne frappe russe a touché mercredi une maternité de
     * Marioupol…": a headline (the first sentence, with no final stop, on a line of its own) tells the article's event
     * again in fewer and vaguer words; the first event of the body of the same type, day and place, whose doer fits,
     * and whose sides include the headline's (in either role), takes it in and keeps its own, more precise, type
     * and actors.
     */
    private List<Draft> withoutHeadline(List<Draft> drafts) {
        if (drafts.size() < 2 || !headline(drafts.get(0))) {
            return drafts;
        }
        Draft h = drafts.get(0);
        for (Draft b : drafts.subList(1, drafts.size())) {
            if (!b.sentences.contains(0) && EventType.typeOf(b.subEventType).equals(EventType.typeOf(h.subEventType))
                    && !relations.otherDays(h, b) && h.operation == null && b.operation == null
                    && (relations.placeId(h) == null || relations.placeId(h).equals(relations.placeId(b))
                        || relations.inside(b, h))
                    && (relations.fits(h.actor1, b.actor1) || relations.fits(h.actor1, b.actor2))
                    && (h.actor2 == null || relations.fits(h.actor2, b.actor1) || relations.fits(h.actor2, b.actor2))) {
                b.absorb(h);
                List<Draft> rest = new ArrayList<>(drafts);
                rest.remove(0);
                return rest;
            }
        }
        return drafts;
    }

    private boolean headline(Draft d) {
        if (d.sentences.size() != 1 || !d.sentences.contains(0) || d.evidence.isEmpty()) {
            return false;
        }
        String body = in.text().body();
        Span span = d.evidence.get(0);
        String line = body.substring(span.start(), span.end()).strip();
        int after = span.end();
        while (after < body.length() && (body.charAt(after) == ' ' || body.charAt(after) == '\t')) {
            after++;
        }
        return !line.isEmpty() && ".!?»\"…".indexOf(line.charAt(line.length() - 1)) < 0
                && after < body.length() && body.charAt(after) == '\n';
    }

    /** The main event's type, as {@link SubEventChoice} decides; the rules' type stays in the facts when overruled. */
    private void retype(Draft main, boolean alone) {
        if (main.operation != null) {
            return;
        }
        String chosen = subEvents.choose(in.text().language(), in.text().body(), in.text().folded(),
                evidence(main), alone, main.subEventType);
        if (!chosen.equals(main.subEventType)) {
            main.facts.put("rule_sub_event_type", main.subEventType);
            main.subEventType = chosen;
        }
    }

    private Event event(Draft d) {
        ActorRef a1 = d.operation != null ? coalition(d) : d.actor1;
        ActorRef a2 = d.actor2;
        String country = country(d);
        String type0 = EventType.typeOf(d.subEventType);
        boolean fire = type0.equals(EventType.BATTLES) || type0.equals(EventType.REMOTE);
        LocalDate day = Dates.firstDay(in.article().published());
        ContactLines.Line frontOfReport = fire && a1 != null && a2 == null
                ? reportLine(day).orElse(null) : null;
        ContactLines.Line line = fire && a1 == null && a2 == null
                ? contactLines.in(evidence(d).text(), evidence(d).folded(), catalog, day).orElse(null) : null;
        if (frontOfReport != null && frontOfReport.sides().contains(a1)) {
            a2 = frontOfReport.opposite(a1); // "the NAF fired at the governmental positions": the other side
        } else if (line != null) {
            // fire observed near a place one side holds came from the other: alone as a shelling's actor,
            // first in a clash; with the holder unknown, both sides
            ActorRef facing = line.facing();
            a1 = facing != null ? facing : line.sideA();
            a2 = facing == null ? line.sideB() : type0.equals(EventType.REMOTE) ? null : line.holder();
            country = country == null ? line.country() : country;
        }
        if (country != null) {
            GenericRoles.Completed roles = new GenericRoles(catalog, day, unknownPerpetrators, nationals)
                    .complete(d.subEventType, a1, a2, country, evidence(d), in.text().body(), in.text().folded());
            a1 = roles.actor1();
            a2 = roles.actor2();
            roles.assoc1().forEach(d.assoc1::add);
            roles.assoc2().forEach(d.assoc2::add);
        }
        if (a1 == null && a2 != null) {
            a1 = a2;
            a2 = null;
        }
        int inter1 = a1 == null ? 0 : a1.inter();
        int inter2 = a2 == null ? 0 : a2.inter();
        int interaction = inter2 == 0 ? inter1 * 10 : 10 * Math.min(inter1, inter2) + Math.max(inter1, inter2);
        List<Attribution> attribution = attributionOf(d, in.claims());
        if (attribution.isEmpty() && in.claims().primary() != null) {
            attribution = List.of(in.claims().primary());
        } else if (attribution.isEmpty() && in.article().source() != null) {
            attribution = List.of(new Attribution(in.article().source(), "unknown", List.of()));
        }
        for (int s : d.sentences) {
            d.framing.addAll(in.claims().framing().getOrDefault(s, List.of()));
        }
        Map<String, Object> facts = new java.util.LinkedHashMap<>(d.facts);
        if (!d.otherPlaces.isEmpty()) {
            facts.put("other_locations", List.copyOf(d.otherPlaces));
        }
        Location location = location(d.place);
        String actor1Name = name(a1);
        List<String> assoc1 = d.assoc1.stream().filter(n -> !n.equals(actor1Name)).toList();
        String type = EventType.typeOf(d.subEventType);
        String date = d.date.date();
        // the notes are written from the fields before the event is built: building it twice (without notes, then
        // with them) copied its facts into a second TreeMap and checked it again, for every event
        String notes = Notes.of(new Notes.Summary(date, d.date.precision(), actor1Name, assoc1, d.subEventType,
                name(a2), location, attribution, d.fatalities));
        return new Event(type, d.subEventType, date, d.date.precision(), actor1Name, assoc1, inter1,
                name(a2), List.copyOf(d.assoc2), inter2, interaction, location, d.fatalities, facts, attribution,
                List.copyOf(d.framing), d.evidence, confidence(d), notes);
    }

    /** From this confidence an event's own place gives its generic actors their country, whatever else is named. */
    private static final double SURE_PLACE = 0.8;

    /**
     * The country whose generic actors the event gets: the one the article's resolved places vote for, each by
     * its confidence (a stray homonym abroad, "Colonia" read as Cologne, is outvoted by the town named with
     * certainty), the event place's unless another country gets more (a place of {@link #SURE_PLACE} or more keeps
     * its own); with no place, the one most of the article's own actors belong to.
     */
    private String country(Draft d) {
        String own = d.place != null && d.place.place() != null ? d.place.place().country() : null;
        if (own != null && !d.place.place().isCountry() && d.place.confidence() >= SURE_PLACE) {
            return own; // "tués dans des frappes israéliennes sur la bande de Gaza … tirs de roquettes vers Ashkelon"
        }
        Map<String, Double> votes = countryVotes();
        double ownVotes = own == null ? 0 : votes.getOrDefault(own, 0.0);
        return votes.entrySet().stream().filter(e -> e.getValue() > ownVotes).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(own);
    }

    private Map<String, Double> countryVotes() {
        if (countryVotes == null) {
            Map<String, Double> votes = new java.util.HashMap<>();
            in.places().stream().filter(p -> p.place() != null && p.place().country() != null
                            && !(p.place().isCountry() && Borders.across(in.text().body(), in.text().folded(), p.start())))
                    .forEach(p -> votes.merge(p.place().country(), p.confidence(), Double::sum));
            if (votes.isEmpty()) {
                in.actors().stream().filter(m -> m.actor().country() != null && m.actor().inter() != 8)
                        .forEach(m -> votes.merge(m.actor().country(), 1.0, Double::sum));
            }
            countryVotes = votes;
        }
        return countryVotes;
    }

    private Optional<ContactLines.Line> reportLine(LocalDate day) {
        if (reportLine == null) {
            reportLine = contactLines.in(in.text().body(), in.text().folded(), catalog, day);
        }
        return reportLine;
    }

    private static Location location(PlaceMention m) {
        if (m == null || m.place() == null) {
            return null;
        }
        return Location.of(m.place(), m.geoPrecision());
    }

    private static ActorRef coalition(Draft d) {
        return new ActorRef("operation:" + d.operation.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"),
                "Operation «" + d.operation + "» coalition", "opposition", 2,
                d.actor2 == null ? null : d.actor2.country());
    }

    /** The attributions of the draft's sentences, each once, in sentence order. */
    private static List<Attribution> attributionOf(Draft d, Claims claims) {
        List<Attribution> out = new ArrayList<>();
        for (int s : d.sentences) {
            for (Attribution a : claims.bySentence().getOrDefault(s, List.of())) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The draft's evidence spans, each followed by a space, and their fold (slices of the report's); built once for
     * the main event's retyping and its contact line and roles (the last draft asked and its evidence count are
     * kept: evidence only grows).
     */
    private Evidence evidence(Draft d) {
        if (d != evidenceOf || d.evidence.size() != evidenceCount) {
            evidence = Evidence.of(in.text().body(), in.text().folded(), d.evidence);
            evidenceOf = d;
            evidenceCount = d.evidence.size();
        }
        return evidence;
    }

    private static double confidence(Draft d) {
        double c = 0.45 + 0.1 * Math.min(d.sentences.size(), 3);
        c += d.place != null ? 0.1 : 0;
        c += d.inferredActor ? 0 : 0.1;
        return Math.min(0.95, Math.round(c * 100) / 100.0);
    }

    private static String name(ActorRef a) {
        return a == null ? null : a.name();
    }
}
