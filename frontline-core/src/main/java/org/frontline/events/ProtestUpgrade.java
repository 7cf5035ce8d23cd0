package org.frontline.events;

import java.util.List;
import java.util.Map;
import org.frontline.CharPairs;

/**
 * A protest is one event however many sentences tell it: "Protesters gathered in X. Police dispersed them with
 * tear gas and detained 4" is a Protest with intervention, not a protest plus an arrest. A later sentence whose
 * triggers are all protest-related (or arrests) upgrades the protest before it to the strongest kind told:
 * excessive force over a violent demonstration (violent protesters make a riot, whatever the police did) over
 * intervention over peaceful protest.
 */
final class ProtestUpgrade {
    private static final Map<String, Integer> RANK = Map.of("Peaceful protest", 1, "Protest with intervention", 2,
            "Arrests", 2, "Violent demonstration", 3, "Excessive force against protesters", 4);

    /** An arrest upgrades a protest only when the protesters are the ones arrested, not the cause they protest. */
    private static final java.util.regex.Pattern PROTESTERS = java.util.regex.Pattern.compile(
            "protest|demonstrat|participant|\\bthem\\b|rall|crowd|manifestant|rassembl|les interpell",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private ProtestUpgrade() {
    }

    /**
     * @param pairs the sentence's {@link CharPairs}, for its toll
     * @return true when the sentence was folded into an earlier protest (and so makes no event of its own)
     */
    static boolean continues(List<Trigger> triggers, List<Draft> earlier, org.frontline.text.Sentence s, String text,
                             String folded, CharPairs pairs, List<org.frontline.actors.ActorMention> actors) {
        if (triggers.isEmpty()) {
            return false;
        }
        for (int i = 0, n = triggers.size(); i < n; i++) { // a loop: no stream for each sentence
            if (!RANK.containsKey(triggers.get(i).kind())) {
                return false;
            }
        }
        Draft protest = null;
        for (Draft d : earlier) {
            if (RANK.containsKey(d.subEventType) && !d.subEventType.equals("Arrests")) {
                protest = d;
            }
        }
        if (protest == null) {
            return false;
        }
        boolean aboutProtesters = PROTESTERS.matcher(text).find();
        for (Trigger t : triggers) {
            if (t.kind().equals("Arrests") && !aboutProtesters) {
                continue;
            }
            String kind = t.kind().equals("Arrests") ? "Protest with intervention" : t.kind();
            if (RANK.get(kind) > RANK.get(protest.subEventType)) {
                protest.subEventType = kind;
            }
        }
        if ((protest.actor1 == null || protest.actor1.inter() != 1) && protest.actor2 == null) {
            // "… À Paris, des heurts ont opposé des manifestants aux forces de l'ordre": the force met it
            for (org.frontline.actors.ActorMention m : actors) {
                if (DocumentActors.interState(m.actor())) { // "Israeli troops fired tear gas" in Nablus
                    protest.actor2 = m.actor();
                    break;
                }
            }
        }
        protest.addEvidence(s.index(), new Span(s.start(), s.end()));
        protest.fatalities = Math.max(protest.fatalities, Fatalities.in(text, folded, pairs));
        return true;
    }
}
