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
        if (found.stream().anyMatch(t -> t.priority() > 1)) {
            found = found.stream().filter(t -> t.priority() > 1).toList();
        } else {
            found = found.subList(0, 1);
        }
        boolean protest = found.stream().anyMatch(t -> FAMILY.get(t.kind()).equals("protest"));
        if (protest) {
            found = found.stream().map(t -> t.kind().equals("Armed clash")
                    ? new Trigger("Violent demonstration", 6, t.start(), t.end(), t.text()) : t).toList();
        }
        if (found.stream().anyMatch(t -> t.kind().equals("Disrupted weapons use"))) {
            found = found.stream().filter(t -> !FAMILY.get(t.kind()).equals("remote") && !t.isTerritory()).toList();
        }
        boolean demonstration = found.stream().anyMatch(t -> t.kind().equals("Peaceful protest"));
        boolean mob = found.stream().anyMatch(t -> t.kind().equals("Mob violence"));
        if (mob) {
            String loser = demonstration ? "Mob violence" : "Violent demonstration";
            found = found.stream().filter(t -> !t.kind().equals(loser)).toList();
        }
        boolean territory = found.stream().anyMatch(Trigger::isTerritory);
        boolean violent = found.stream().anyMatch(t -> !FAMILY.get(t.kind()).equals("strategic")
                && !FAMILY.get(t.kind()).equals("protest"));
        Map<String, Integer> best = new java.util.HashMap<>();
        for (Trigger t : found) {
            best.merge(FAMILY.get(t.kind()), t.priority(), Math::max);
        }
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            String family = FAMILY.get(t.kind());
            if (territory && (family.equals("clash") || t.kind().equals("Change to group/activity"))) {
                continue;
            }
            if (violent && t.kind().equals("Change to group/activity")
                    || protest && (family.equals("strategic") || t.kind().equals("Abduction/forced disappearance"))) {
                continue;
            }
            if (family.equals("clash") && found.stream().anyMatch(r -> FAMILY.get(r.kind()).equals("remote")
                    && r.start() >= t.start() && r.end() <= t.end())) {
                continue;
            }
            if (t.priority() < best.get(family)) {
                continue;
            }
            if (!family.equals("territory") && kept.stream().anyMatch(k -> k.kind().equals(t.kind()))) {
                continue;
            }
            kept.add(t);
        }
        return kept;
    }
}
