package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * "The Military Police carried out an operation. A shoot-out broke out and two police officers were injured":
 * once a report names a branch of a country's forces, its later "police" or "soldiers" are that branch, which is
 * how ACLED codes them (Military Forces of Brazil (2019-) Military Police, not Police Forces of Brazil). A police
 * word refers back to the last police branch named before it, a military word to the last military branch.
 */
final class ForceBranches {
    private static final String POLICE_ID = "generic." + GenericKind.POLICE.key() + ":";
    private static final String MILITARY_ID = "generic." + GenericKind.MILITARY.key() + ":";

    private static final Pattern STATE = Pattern.compile("(?:Military|Police) Forces of (.+?)(?: \\(|$)");

    private ForceBranches() {
    }

    /** The mentions, each generic police or military mention replaced by the branch named before it, if any. */
    static List<ActorMention> resolve(List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        ActorRef police = null;
        ActorRef military = null;
        for (ActorMention m : mentions) {
            ActorRef a = m.actor();
            String id = a.id();
            if (id.startsWith(POLICE_ID) && police != null && sameState(police, a)) {
                out.add(new ActorMention(m.text(), m.start(), m.end(), police, m.named()));
                continue;
            }
            if (id.startsWith(MILITARY_ID) && military != null && sameState(military, a)) {
                out.add(new ActorMention(m.text(), m.start(), m.end(), military, m.named()));
                continue;
            }
            if (a.inter() == 1 && !id.startsWith("generic.") && state(a) != null) {
                if (a.name().contains("Police")) {
                    police = a;
                } else if (a.name().startsWith("Military Forces of ")) {
                    military = a;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Same state, not only the same country: Artsakh's forces are no branch of Azerbaijan's. */
    private static boolean sameState(ActorRef branch, ActorRef generic) {
        return state(branch).equals(state(generic));
    }

    /** "Brazil" in "Military Forces of Brazil (2019-) Military Police"; null for an actor named otherwise. */
    private static String state(ActorRef a) {
        Matcher m = STATE.matcher(a.name());
        return m.lookingAt() ? m.group(1) : null;
    }
}
