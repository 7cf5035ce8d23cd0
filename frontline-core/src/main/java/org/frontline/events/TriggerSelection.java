package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of a sentence's triggers make events. A change of territory says more than the fighting that won it,
 * so it silences clash and troop-movement triggers; within one family (remote violence, protests and riots,
 * violence against civilians, strategic developments) only the strongest kind stands; families otherwise each
 * keep their events (a shelling and the clashes around it are two ACLED events). Priority-1 words ("killed",
 * "shot") count only in a sentence with no other trigger, and then once; arrests, troop movements or kidnappings
 * named in a protest sentence are what the protest is about, not events of their own. A clash phrase that holds a
 * weapon of remote violence ("fired 82mm mortars at the positions") is that remote violence, and a clash in a sentence about
 * protesters or a crowd is a riot; a crowd's violence is a violent demonstration when it demonstrates, mob
 * violence when it does not. Weapons seized, found or defused are the object of the sentence, not weapons
 * used in it.
 */
final class TriggerSelection {
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry(Trigger.TERRITORY, "territory"), Map.entry(Trigger.TERRITORY_LOSS, "territory"),
            Map.entry("Armed clash", "clash"),
            Map.entry("Chemical weapon", "remote"), Map.entry("Air/drone strike", "remote"),
            Map.entry("Suicide bomb", "remote"), Map.entry("Shelling/artillery/missile attack", "remote"),
            Map.entry("Remote explosive/landmine/IED", "remote"), Map.entry("Grenade", "remote"),
            Map.entry("Sexual violence", "civilians"), Map.entry("Attack", "civilians"),
            Map.entry("Abduction/forced disappearance", "civilians"),
            Map.entry("Peaceful protest", "protest"), Map.entry("Protest with intervention", "protest"),
            Map.entry("Excessive force against protesters", "protest"), Map.entry("Violent demonstration", "protest"),
            Map.entry("Mob violence", "protest"),
            Map.entry("Agreement", "strategic"), Map.entry("Arrests", "strategic"),
            Map.entry("Change to group/activity", "strategic"), Map.entry("Disrupted weapons use", "strategic"),
            Map.entry("Headquarters or base established", "strategic"),
            Map.entry("Looting/property destruction", "strategic"),
            Map.entry("Non-violent transfer of territory", "strategic"), Map.entry("Other", "strategic"));

    private TriggerSelection() {
    }

    static List<Trigger> select(List<Trigger> found) {
        if (found.isEmpty()) {
            return found;
        }
        boolean strong = false;
        for (Trigger t : found) {
            strong |= t.priority() > 1;
        }
        List<Trigger> kinds = new ArrayList<>(found.size());
        if (strong) {
            for (Trigger t : found) {
                if (t.priority() > 1) {
                    kinds.add(t);
                }
            }
        } else {
            kinds.add(found.get(0));
        }
        boolean protest = false;
        boolean disrupted = false;
        for (Trigger t : kinds) {
            protest |= FAMILY.get(t.kind()).equals("protest");
            disrupted |= t.kind().equals("Disrupted weapons use");
        }
        if (protest) {
            kinds.replaceAll(t -> t.kind().equals("Armed clash")
                    ? new Trigger("Violent demonstration", 6, t.start(), t.end(), t.text()) : t);
        }
        if (disrupted) {
            kinds.removeIf(t -> FAMILY.get(t.kind()).equals("remote") || t.isTerritory());
        }
        boolean demonstration = false;
        boolean mob = false;
        for (Trigger t : kinds) {
            demonstration |= t.kind().equals("Peaceful protest");
            mob |= t.kind().equals("Mob violence");
        }
        if (mob) {
            String loser = demonstration ? "Mob violence" : "Violent demonstration";
            kinds.removeIf(t -> t.kind().equals(loser));
        }
        boolean territory = false;
        boolean violent = false;
        boolean remote = false;
        Map<String, Integer> best = new java.util.HashMap<>();
        for (Trigger t : kinds) {
            String family = FAMILY.get(t.kind());
            territory |= t.isTerritory();
            violent |= !family.equals("strategic") && !family.equals("protest");
            remote |= family.equals("remote");
            best.merge(family, t.priority(), Math::max);
        }
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : kinds) {
            String family = FAMILY.get(t.kind());
            if (territory && (family.equals("clash") || t.kind().equals("Change to group/activity"))) {
                continue;
            }
            if (violent && t.kind().equals("Change to group/activity")
                    || protest && (family.equals("strategic") || t.kind().equals("Abduction/forced disappearance"))) {
                continue;
            }
            if (family.equals("clash") && remote && holdsRemote(kinds, t)) {
                continue;
            }
            if (t.priority() < best.get(family)) {
                continue;
            }
            if (!family.equals("territory") && keeps(kept, t.kind())) {
                continue;
            }
            kept.add(t);
        }
        return kept;
    }

    /** A remote-violence trigger inside the clash phrase {@code t} ("fired 82mm mortars at the positions"). */
    private static boolean holdsRemote(List<Trigger> triggers, Trigger t) {
        for (Trigger r : triggers) {
            if (FAMILY.get(r.kind()).equals("remote") && r.start() >= t.start() && r.end() <= t.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean keeps(List<Trigger> kept, String kind) {
        for (Trigger k : kept) {
            if (k.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
