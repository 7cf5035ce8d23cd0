package org.frontline.app.eval;

import java.util.Map;
import org.frontline.events.Event;

/**
 * ACLED sub-event types as CASE-2021 task 2 labels. The task's dev set also uses labels outside ACLED
 * (DIPLO, ATTRIB, ORG_CRIME, MAN_MADE_DISASTER, NATURAL_DISASTER); an article with no event is {@link #NONE}, the
 * class of "none of the 25 ACLED labels" (DESIGN §6), and those gold labels are scored as that class.
 */
final class CaseLabels {
    static final String NONE = "NONE";

    static final Map<String, String> BY_SUB_EVENT_TYPE = Map.ofEntries(
            Map.entry("Armed clash", "ARMED_CLASH"),
            Map.entry("Government regains territory", "GOV_REGAINS_TERIT"),
            Map.entry("Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER"),
            Map.entry("Chemical weapon", "CHEM_WEAP"),
            Map.entry("Air/drone strike", "AIR_STRIKE"),
            Map.entry("Suicide bomb", "SUIC_BOMB"),
            Map.entry("Shelling/artillery/missile attack", "ART_MISS_ATTACK"),
            Map.entry("Remote explosive/landmine/IED", "REM_EXPLOS"),
            Map.entry("Grenade", "GRENADE"),
            Map.entry("Sexual violence", "SEX_VIOL"),
            Map.entry("Attack", "ATTACK"),
            Map.entry("Abduction/forced disappearance", "ABDUCT_DISSAP"),
            Map.entry("Peaceful protest", "PEACE_PROTEST"),
            Map.entry("Protest with intervention", "PROTEST_WITH_INTER"),
            Map.entry("Excessive force against protesters", "FORCE_AGAINST_PROTEST"),
            Map.entry("Violent demonstration", "VIOL_DEMONSTR"),
            Map.entry("Mob violence", "MOB_VIOL"),
            Map.entry("Agreement", "AGREEMENT"),
            Map.entry("Arrests", "ARREST"),
            Map.entry("Change to group/activity", "CHANGE_TO_GROUP_ACT"),
            Map.entry("Disrupted weapons use", "DISR_WEAP"),
            Map.entry("Headquarters or base established", "HQ_ESTABLISHED"),
            Map.entry("Looting/property destruction", "PROPERTY_DISTRUCT"),
            Map.entry("Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER"),
            Map.entry("Other", "OTHER"));

    private CaseLabels() {
    }

    /** The CASE label of an article whose first event is {@code first} (null: no event → NONE). */
    static String of(Event first) {
        if (first == null) {
            return NONE;
        }
        String label = BY_SUB_EVENT_TYPE.get(first.subEventType());
        if (label == null) {
            throw new IllegalStateException("no CASE-2021 label for sub-event type '" + first.subEventType() + "'");
        }
        return label;
    }
}
