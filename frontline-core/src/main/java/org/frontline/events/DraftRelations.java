package org.frontline.events;

import java.util.List;
import java.util.Objects;
import org.frontline.actors.ActorRef;

/**
 * How two drafts of one article relate: when a later telling is the same event as an earlier one (its toll, the
 * force that met a protest, a transfer or raid told again), kept apart from {@link DraftMerger} so the merging
 * reads as a loop over these tests; the tests that read the article's text get it from the coding input.
 */
final class DraftRelations {
    private final CodingInput in;

    DraftRelations(CodingInput in) {
        this.in = in;
    }

    /**
     * "Clashes between the army and HTS near Saraqib. Five soldiers were killed.": a later draft of the same type,
     * day and place whose only actor is one of the earlier event's is that event's toll, not a second event.
     */
    boolean continues(Draft later, Draft earlier) {
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
    boolean forceOnProtest(Draft later, Draft earlier) {
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
    boolean killedProtesters(Draft attack, Draft protest) {
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
    ActorRef force(Draft protest) {
        for (ActorRef a : java.util.Arrays.asList(protest.actor2, protest.actor1)) {
            if (a != null && a.inter() != 5 && a.inter() != 6) {
                return a;
            }
        }
        return null;
    }

    /** The protest takes the attack's force as its second actor and its dead, as ACLED codes force on protesters. */
    void meetWithForce(Draft protest, Draft attack) {
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
    boolean sameTransfer(Draft later, Draft earlier) {
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
    void fillOtherSide(Draft first, Draft second) {
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
    boolean retold(Draft later, Draft earlier) {
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
    boolean bySameAttackers(Draft later, Draft earlier) {
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
    boolean tollOfTheFighting(Draft later, Draft earlier) {
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
    boolean inside(Draft later, Draft earlier) {
        if (earlier.place == null || earlier.place.place() == null || !earlier.place.place().isAdmin()
                || later.place == null || later.place.place() == null) {
            return false;
        }
        var unit = earlier.place.place();
        var town = later.place.place();
        return Objects.equals(unit.country(), town.country()) && unit.admin1() != null
                && unit.admin1().equals(town.admin1()) && later.precision() < earlier.precision();
    }

    boolean fits(ActorRef a, ActorRef b) {
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
    boolean battleOfTransfer(Draft battle, Draft transfer) {
        if (!battle.subEventType.equals("Armed clash") || !TAKINGS.contains(transfer.subEventType)
                || battle.operation != null || transfer.operation != null || otherDays(battle, transfer)
                || placeId(battle) == null || !placeId(battle).equals(placeId(transfer)) || battle.actor1 == null) {
            return false;
        }
        java.util.Set<String> sides = sides(transfer);
        return sides.contains(name(battle.actor1)) && (battle.actor2 == null || sides.contains(name(battle.actor2)));
    }

    /** The id of the place a draft is at; null when it has none resolved. */
    String placeId(Draft d) {
        return d.place == null || d.place.place() == null ? null : d.place.place().id();
    }

    /** Two drafts dated on different days (an undated one may be either's). */
    boolean otherDays(Draft a, Draft b) {
        return a.date != null && b.date != null && !a.date.equals(b.date);
    }

    private static java.util.Set<String> sides(Draft d) {
        java.util.Set<String> both = new java.util.HashSet<>();
        both.add(name(d.actor1));
        both.add(name(d.actor2));
        return both;
    }

    Draft host(Draft weak, List<Draft> all) {
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

    String key(Draft d) {
        return d.subEventType + "|" + name(d.actor1) + "|" + name(d.actor2) + "|"
                + Objects.toString(placeId(d), "") + "|"
                + Objects.toString(d.operation, "");
    }

    private static String name(ActorRef a) {
        return a == null ? null : a.name();
    }
}
