package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    /** The contact line the whole report observes fire on, read once: the same for every event of the report. */
    private Optional<ContactLines.Line> reportLine;
    /** The countries the report's places (or else actors) vote for, counted once for all its events. */
    private Map<String, Double> countryVotes;
    /** {@link #evidenceText}'s last draft, its evidence count then, and the text built. */
    private Draft evidenceOf;
    private int evidenceCount;
    private String evidenceText;

    DraftMerger(CodingInput in, ActorCatalog catalog, SubEventChoice subEvents, ContactLines contactLines,
                UnknownPerpetrators unknownPerpetrators, Nationals nationals) {
        this.in = in;
        this.catalog = catalog;
        this.subEvents = subEvents;
        this.contactLines = contactLines;
        this.unknownPerpetrators = unknownPerpetrators;
        this.nationals = nationals;
    }

    List<Event> freeze(List<Draft> drafts) {
        List<Draft> merged = new ArrayList<>();
        for (Draft d : withoutHeadline(drafts)) {
            Draft attack = merged.stream().filter(m -> forceOnProtest(m, d) || killedProtesters(m, d)).findFirst()
                    .orElse(null);
            if (attack != null) {
                // the attack was told first: the protest takes its place and its violence
                merged.set(merged.indexOf(attack), d);
                if (force(d) == null) {
                    d.actor2 = attack.actor1;
                }
                if (d.place == null) {
                    d.place = attack.place;
                }
                meetWithForce(d, attack);
                continue;
            }
            Draft same = merged.stream().filter(m -> key(m).equals(key(d)) || continues(d, m) || sameTransfer(d, m)
                            || forceOnProtest(d, m) || battleOfTransfer(d, m) || retold(d, m)
                            || bySameAttackers(d, m) || tollOfTheFighting(d, m))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                if (forceOnProtest(d, same)) {
                    meetWithForce(same, d);
                } else {
                    if (sameTransfer(d, same)) {
                        fillOtherSide(same, d);
                    }
                    if (inside(d, same) && bySameAttackers(d, same)) {
                        same.place = d.place; // the raid's village, named after its state
                    }
                    same.absorb(d);
                }
            } else {
                merged.add(d);
            }
        }
        List<Draft> strong = new ArrayList<>();
        for (Draft d : merged) {
            boolean weak = d.inferredActor && (d.inheritedPlace || d.place == null) && d.operation == null;
            Draft host = weak ? host(d, merged) : null;
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
                    && !otherDays(h, b) && h.operation == null && b.operation == null
                    && (placeId(h) == null || placeId(h).equals(placeId(b)) || inside(b, h))
                    && (fits(h.actor1, b.actor1) || fits(h.actor1, b.actor2)) && (h.actor2 == null
                    || fits(h.actor2, b.actor1) || fits(h.actor2, b.actor2))) {
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
                evidenceText(main), alone, main.subEventType);
        if (!chosen.equals(main.subEventType)) {
            main.facts.put("rule_sub_event_type", main.subEventType);
            main.subEventType = chosen;
        }
    }

    /**
     * "Clashes between the army and HTS near Saraqib. Five soldiers were killed.": a later draft of the same type,
     * day and place whose only actor is one of the earlier event's is that event's toll, not a second event.
     */
    private static boolean continues(Draft later, Draft earlier) {
        if (!later.subEventType.equals(earlier.subEventType) || later.actor2 != null || later.operation != null
                || earlier.operation != null || otherDays(later, earlier)) {
            return false;
        }
        boolean samePlace = placeId(later) == null || placeId(later).equals(placeId(earlier));
        boolean ownActor = later.actor1 == null || earlier.actor1 != null && later.actor1.name().equals(
                earlier.actor1.name()) || earlier.actor2 != null && later.actor1.name().equals(earlier.actor2.name());
        return samePlace && ownActor;
    }

    private static final java.util.Set<String> FORCE_ON_PROTEST = java.util.Set.of(
            "Excessive force against protesters", "Protest with intervention");

    /**
     * "Protesters defied a crackdown, and security forces shot dead two people": the killing the same sentence
     * tells after a protest met by force, by the force that met it, is that protest's violence, one event (ACLED's
     * excessive force against protesters when it kills), not an attack of its own. A peaceful march and a killing by
     * state forces in one sentence stay two events: on CASE that merge cost a snippet.
     */
    private static boolean forceOnProtest(Draft later, Draft earlier) {
        if (!later.subEventType.equals("Attack") || later.operation != null || earlier.operation != null
                || later.actor1 == null || otherDays(later, earlier)
                || placeId(later) != null && !placeId(later).equals(placeId(earlier))
                || java.util.Collections.disjoint(later.sentences, earlier.sentences)) {
            return false;
        }
        ActorRef force = force(earlier);
        return FORCE_ON_PROTEST.contains(earlier.subEventType) && force != null
                && later.actor1.name().equals(force.name());
    }

    /**
     * "Myanmar security forces killed at least 114 people on Saturday … Protesters in Yangon were shot as they
     * demonstrated": a killing by state forces told first, and the next sentence telling of protesters shot, with no
     * force of its own, the same day and place, is that force's excessive force against the protest, one event.
     */
    private static boolean killedProtesters(Draft attack, Draft protest) {
        return attack.subEventType.equals("Attack") && protest.subEventType.equals("Excessive force against protesters")
                && attack.actor1 != null && attack.actor1.inter() == 1 && force(protest) == null
                && attack.operation == null && protest.operation == null && !otherDays(attack, protest)
                && (placeId(protest) == null || placeId(attack) == null || placeId(protest).equals(placeId(attack)))
                && !java.util.Collections.disjoint(attack.sentences, java.util.Set.of(
                        java.util.Collections.min(protest.sentences) - 1, java.util.Collections.min(protest.sentences)));
    }

    /**
     * Who met a protest with force: its actor other than the protesters or rioters, named first ("security forces
     * opened fire on protesters") or second ("protesters … dispersed by police").
     */
    private static ActorRef force(Draft protest) {
        for (ActorRef a : java.util.Arrays.asList(protest.actor2, protest.actor1)) {
            if (a != null && a.inter() != 5 && a.inter() != 6) {
                return a;
            }
        }
        return null;
    }

    /** The protest takes the attack's force as its second actor and its dead, as ACLED codes force on protesters. */
    private static void meetWithForce(Draft protest, Draft attack) {
        if (attack.fatalities > 0) {
            protest.subEventType = "Excessive force against protesters";
        }
        protest.absorb(attack);
    }

    private static final java.util.Set<String> TRANSFERS = java.util.Set.of("Government regains territory",
            "Non-state actor overtakes territory", "Non-violent transfer of territory");

    /**
     * "Government forces recaptured Khan Sheikhoun… Rebels withdrew from the town overnight": the same place
     * changing hands between the same two sides on the same day (each telling may name one of them only) is one
     * transfer, told twice; the first telling's type stands, and takes the side only the second names.
     */
    private static boolean sameTransfer(Draft later, Draft earlier) {
        if (!TRANSFERS.contains(later.subEventType) || !TRANSFERS.contains(earlier.subEventType)
                || later.operation != null || earlier.operation != null || otherDays(later, earlier)
                || placeId(later) == null || !placeId(later).equals(placeId(earlier))) {
            return false;
        }
        java.util.Set<String> named = new java.util.HashSet<>(sides(later));
        named.addAll(sides(earlier));
        named.remove(null);
        return named.size() <= 2; // "Les forces turques ont pris Afrine … les YPG se sont retirées sans combattre"
    }

    /** The side a transfer told twice names only in its second telling: the one that lost the place. */
    private static void fillOtherSide(Draft first, Draft second) {
        if (first.actor1 == null || first.actor2 != null) {
            return;
        }
        for (ActorRef a : new ActorRef[] {second.actor1, second.actor2}) {
            if (a != null && !a.name().equals(first.actor1.name())) {
                first.actor2 = a;
                return;
            }
        }
    }

    /**
     * "Au moins 15 civils ont été tués dans une attaque contre Yirgou. « Des individus armés ont ouvert le feu sur
     * les habitants », a raconté un habitant.": the same act at the same place the same day, told again with the
     * roles the first telling left open, each side either the same or unnamed in one of them, is one event (ACLED's
     * unit is the day, the place and the pair of actors).
     */
    private static boolean retold(Draft later, Draft earlier) {
        if (!later.subEventType.equals(earlier.subEventType) || later.operation != null || earlier.operation != null
                || otherDays(later, earlier) || placeId(later) == null || !placeId(later).equals(placeId(earlier))) {
            return false;
        }
        return fits(later.actor1, earlier.actor1) && fits(later.actor2, earlier.actor2);
    }

    /** Violence whose doers a later sentence can point back to. */
    private static final java.util.Set<String> ATTACKS = java.util.Set.of("Attack", "Armed clash",
            "Abduction/forced disappearance");
    /** What the same attackers may go on to do in the same raid. */
    private static final java.util.Set<String> SPOILS = java.util.Set.of("Looting/property destruction",
            "Mob violence", "Violent demonstration", "Attack");
    /**
     * A sentence opening on the doers of what was just told ("Les assaillants, arrivés à moto, ont incendié…", "Police
     * spokesman X said the attackers also burned…"), or on that very attack ("L'attaque n'a pas été revendiquée",
     * "The attack was not claimed").
     */
    private static final java.util.regex.Pattern SAME_ATTACKERS = java.util.regex.Pattern.compile(
            "^(?:\\W*|.{0,60}?\\b(?:said|says|told \\S+|added|a (?:indiqué|déclaré|précisé|ajouté)|selon lequel|"
                    + "selon qui)(?:\\s+(?:that|que|qu['’]))?\\s+)(?:(?:les|ces|the|these)\\s+(?:assaillants|agresseurs|"
                    + "attaquants|hommes armés|individus armés|attackers|assailants|gunmen|raiders|armed men)|ils|they|"
                    + "(?:l['’]|cette\\s+|the\\s+|this\\s+)"
                    + "(?:attaque|attentat|assaut|embuscade|tuerie|attack|assault|ambush|raid|killing))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * "Une dizaine de civils ont été tués lors de l'attaque du village. Les assaillants ont incendié des greniers et
     * emporté du bétail. L'attaque n'a pas été revendiquée…": what the attackers did next, or the attack told again,
     * in a sentence that opens on them or on it, the same day and nowhere else, is part of the attack (ACLED codes
     * the raid once), not a riot or a second event; a group named there as merely active in the area is no doer.
     */
    private boolean bySameAttackers(Draft later, Draft earlier) {
        if (!ATTACKS.contains(earlier.subEventType) || !SPOILS.contains(later.subEventType)
                || later.operation != null || earlier.operation != null || otherDays(later, earlier)
                || later.evidence.isEmpty()
                || !(placeId(later) == null || later.inheritedPlace || placeId(later).equals(placeId(earlier))
                    || inside(later, earlier))) {
            return false;
        }
        Span first = later.evidence.get(0);
        return SAME_ATTACKERS.matcher(in.text().body().substring(first.start(), first.end())).find();
    }

    /** The fighting told before, named back with a definite article: "tués dans les affrontements". */
    private static final java.util.regex.Pattern THE_FIGHTING = java.util.regex.Pattern.compile(
            "\\b(?:dans|lors|au cours|pendant) (?:des|les|ces) (?:affrontements|combats|heurts)\\b|\\b(?:in|during) "
                    + "(?:the|these) (?:clashes|fighting|battles?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.Set<String> FIGHTS = java.util.Set.of("Government regains territory",
            "Non-state actor overtakes territory", "Armed clash");

    /**
     * "Les forces du régime ont repris une dizaine de localités … Au moins 15 combattants ont été tués dans les
     * affrontements.": a clash of no named side told as the toll of the fighting just told, the same day, is that
     * fighting's toll (ACLED codes the taking once, with its dead), not a second clash.
     */
    private boolean tollOfTheFighting(Draft later, Draft earlier) {
        if (!later.subEventType.equals("Armed clash") || !(later.inferredActor || later.actor1 == null)
                || !FIGHTS.contains(earlier.subEventType)
                || later.operation != null || earlier.operation != null || otherDays(later, earlier)
                || later.evidence.isEmpty()) {
            return false;
        }
        Span first = later.evidence.get(0);
        return THE_FIGHTING.matcher(in.text().body().substring(first.start(), first.end())).find();
    }

    /** "… in Plateau state. The attackers also burned houses in the Mangu area": a town inside the unit. */
    private static boolean inside(Draft later, Draft earlier) {
        if (earlier.place == null || earlier.place.place() == null || !earlier.place.place().isAdmin()
                || later.place == null || later.place.place() == null) {
            return false;
        }
        var unit = earlier.place.place();
        var town = later.place.place();
        return Objects.equals(unit.country(), town.country()) && unit.admin1() != null
                && unit.admin1().equals(town.admin1()) && later.precision() < earlier.precision();
    }

    private static boolean fits(ActorRef a, ActorRef b) {
        return a == null || b == null || a.name().equals(b.name());
    }

    private static final java.util.Set<String> TAKINGS = java.util.Set.of("Government regains territory",
            "Non-state actor overtakes territory");

    /**
     * "L'armée a libéré Sinjar … L'OSDH a confirmé la prise de Sinjar après de violents combats": the fighting for
     * a place that the same sides' taking of it ends, the same day, is that taking, as ACLED codes a battle won by a
     * change of hands (one event, its sources together), not a clash beside it. Only fighting told after the taking:
     * a report that opens on fighting and then "captured the vehicle" or "seized an AK 47" tells of a clash.
     */
    private static boolean battleOfTransfer(Draft battle, Draft transfer) {
        if (!battle.subEventType.equals("Armed clash") || !TAKINGS.contains(transfer.subEventType)
                || battle.operation != null || transfer.operation != null || otherDays(battle, transfer)
                || placeId(battle) == null || !placeId(battle).equals(placeId(transfer)) || battle.actor1 == null) {
            return false;
        }
        java.util.Set<String> sides = sides(transfer);
        return sides.contains(name(battle.actor1)) && (battle.actor2 == null || sides.contains(name(battle.actor2)));
    }

    /** The id of the place a draft is at; null when it has none resolved. */
    private static String placeId(Draft d) {
        return d.place == null || d.place.place() == null ? null : d.place.place().id();
    }

    /** Two drafts dated on different days (an undated one may be either's). */
    private static boolean otherDays(Draft a, Draft b) {
        return a.date != null && b.date != null && !a.date.equals(b.date);
    }

    private static java.util.Set<String> sides(Draft d) {
        java.util.Set<String> both = new java.util.HashSet<>();
        both.add(name(d.actor1));
        both.add(name(d.actor2));
        return both;
    }

    private static Draft host(Draft weak, List<Draft> all) {
        Draft best = null;
        for (Draft d : all) {
            if (d == weak || !d.subEventType.equals(weak.subEventType) || d.inferredActor && d.inheritedPlace) {
                continue;
            }
            boolean samePlace = placeId(d) != null && placeId(d).equals(placeId(weak));
            if (samePlace || d.sharesActor(weak)) {
                if (best == null || samePlace) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static String key(Draft d) {
        return d.subEventType + "|" + name(d.actor1) + "|" + name(d.actor2) + "|"
                + Objects.toString(placeId(d), "") + "|"
                + Objects.toString(d.operation, "");
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
                ? contactLines.in(evidenceText(d), catalog, day).orElse(null) : null;
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
                    .complete(d.subEventType, a1, a2, country, evidenceText(d), in.text().body());
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
        Event draftEvent = new Event(type, d.subEventType, date, d.date.precision(), name(a1), assoc1, inter1,
                name(a2), List.copyOf(d.assoc2), inter2, interaction, location, d.fatalities, facts, attribution,
                List.copyOf(d.framing), d.evidence, confidence(d), "");
        return withNotes(draftEvent);
    }

    private Event withNotes(Event e) {
        return new Event(e.eventType(), e.subEventType(), e.eventDate(), e.timePrecision(), e.actor1(),
                e.assocActor1(), e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.location(),
                e.fatalities(), e.facts(), e.attribution(), e.framing(), e.evidence(), e.confidence(), Notes.of(e));
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
            reportLine = contactLines.in(in.text().body(), catalog, day);
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
     * The draft's evidence spans, each followed by a space; built once for the main event's retyping and its
     * contact line and roles (the last draft asked and its evidence count are kept: evidence only grows).
     */
    private String evidenceText(Draft d) {
        if (d == evidenceOf && d.evidence.size() == evidenceCount) {
            return evidenceText;
        }
        StringBuilder sb = new StringBuilder();
        for (Span span : d.evidence) {
            sb.append(in.text().body(), span.start(), span.end()).append(' ');
        }
        evidenceOf = d;
        evidenceCount = d.evidence.size();
        evidenceText = sb.toString();
        return evidenceText;
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
