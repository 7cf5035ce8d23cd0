package org.frontline.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.text.Language;

/**
 * Who decides the main event's sub-event type of an English report: the rules or the {@link SubEventModel}.
 * The model only chooses among the types the rules allow: those whose triggers the report contains, the rules'
 * own type and its siblings (not among strategic developments, each named by its own triggers), and the types
 * the roles decide between (a clash, an attack on civilians or a mob).
 * The rules keep the types their lexicon names outright and that the ACLED rows the model learns from rarely
 * show (a grenade, a suicide bomber, a chemical agent, rape, a ceasefire deal, a base set up, a handover, a town
 * taken, an arrest, an intercepted missile, a kidnapping). Nor may the model make a clash on soldiers an attack
 * on civilians, or rioters' burning and looting a looting event: the codebook decides those by who was hit and who
 * did it. French reports keep the rules' type: the model was trained on English notes.
 */
final class SubEventChoice {
    static final Set<String> RULES_DECIDE = Set.of("Chemical weapon", "Suicide bomb", "Grenade", "Sexual violence",
            "Agreement", "Headquarters or base established", "Non-violent transfer of territory",
            "Government regains territory", "Non-state actor overtakes territory", "Arrests",
            "Excessive force against protesters", "Disrupted weapons use", "Abduction/forced disappearance");
    /** Types the rules tell apart by who did it to whom, not by a trigger: any of them may be the right one. */
    private static final List<Set<String>> ROLE_ALTERNATIVES = List.of(
            Set.of("Armed clash", "Attack", "Mob violence"),
            Set.of("Violent demonstration", "Mob violence", "Looting/property destruction"),
            Set.of("Shelling/artillery/missile attack", "Armed clash"));
    private static final AnchoredPattern POLICE = AnchoredPattern.compile(
            "\\b(?:police|policemen|security forces|riot police)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Armed people among the dead or the targets: an attack on them is a clash in ACLED's codebook. */
    private static final AnchoredPattern ARMED_VICTIMS = AnchoredPattern.compile("\\b(?:soldiers|troops|"
            + "security (?:forces|personnel)|security force members|(?:army|military) posts?|military bases?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Victims who are no combatants, or combatants off duty, keep the attack's alternative open. */
    private static final AnchoredPattern CIVILIAN_VICTIMS = AnchoredPattern.compile("\\b(?:civilians?|women|"
            + "children|villagers|worshippers|students|passers-by|off-duty|house|home|prisons?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Rioters named as such: what they burn or loot is their riot, whichever trigger named the burning. */
    private static final AnchoredPattern RIOTERS = AnchoredPattern.compile(
            "\\b(?:riot(?:s|ers|ed|ing)?|protesters|demonstrators)\\b", Pattern.CASE_INSENSITIVE);
    /** Reports longer than this are articles, not ACLED-style notes: the model sees the event's sentences. */
    private static final int NOTE_LENGTH = 1200;

    /**
     * How far the model's pick must beat its runner-up to overrule the rules (averaged-perceptron score units):
     * 10 keeps the rules on out-of-domain text (CASE snippets: weighted F1 0.731 at 0 → 0.744) for little loss on
     * ACLED notes (5-fold sub-event accuracy 0.838 → 0.834).
     */
    static final double MIN_MARGIN = 10;

    private final SubEventModel model;
    private final TriggerLexicon lexicon;

    SubEventChoice(SubEventModel model, TriggerLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
    }

    /**
     * The sub-event type to code for the main event; the rules' own when the model has no say.
     *
     * @param body     the whole report
     * @param folded   the report's {@link org.frontline.text.AnalyzedText#folded()}
     * @param evidence the sentences the event was coded from, with their fold
     * @param alone    whether it is the report's only event; the model reads the whole report when it is, or when
     *                 the report is note-shaped (one paragraph, as ACLED's notes), else only the event's sentences
     */
    String choose(Language language, String body, String folded, Evidence evidence, boolean alone,
                  String ruleSubEventType) {
        if (language != Language.EN || model.isEmpty() || RULES_DECIDE.contains(ruleSubEventType)) {
            return ruleSubEventType;
        }
        boolean note = body.length() <= NOTE_LENGTH && body.strip().indexOf('\n') < 0;
        boolean whole = alone && body.length() <= NOTE_LENGTH || note;
        String text = whole ? body : evidence.text();
        SubEventModel.Scores scores = model.score(text, ruleSubEventType);
        if (!scores.mayOverrule(ruleSubEventType, MIN_MARGIN, RULES_DECIDE)) {
            // the allowed types always hold the rules' own and never another the rules decide: no choice among them
            // can overrule it, so they are not worked out (a second pass of the trigger lexicon over the text)
            return ruleSubEventType;
        }
        Optional<SubEventModel.Decision> d = scores.decide(
                allowed(text, whole ? folded : evidence.folded(), language, ruleSubEventType));
        return d.filter(x -> x.subEventType().equals(ruleSubEventType) || x.margin() >= MIN_MARGIN)
                .map(SubEventModel.Decision::subEventType).orElse(ruleSubEventType);
    }

    /** The types the model may choose among; the rules' own type is always one of them. */
    Set<String> allowed(String text, String folded, Language language, String ruleSubEventType) {
        String type = EventType.typeOf(ruleSubEventType);
        Set<String> allowed = new TreeSet<>(type.equals(EventType.STRATEGIC) ? Set.of(ruleSubEventType)
                : EventType.SUB_TYPES.get(type));
        // the kinds dropped below whatever the text holds are not searched: territory's, and the other types the
        // rules decide, unless a protest's (any protest kind found makes the crowd that decides between types)
        Set<String> found = lexicon.kinds(text, folded, language, kind -> !Trigger.isTerritory(kind)
                && (!RULES_DECIDE.contains(kind) || kind.equals(ruleSubEventType)
                    || EventType.typeOf(kind).equals(EventType.PROTESTS)));
        boolean crowd = found.stream().anyMatch(k -> EventType.typeOf(k).equals(EventType.PROTESTS));
        for (String kind : found) {
            if (!(crowd && kind.equals("Armed clash"))) {
                allowed.add(kind); // clashes of protesters are their riot, as the rules read them
            }
        }
        for (Set<String> alternatives : ROLE_ALTERNATIVES) {
            if (alternatives.contains(ruleSubEventType)) {
                allowed.addAll(alternatives);
            }
        }
        allowed.removeIf(s -> RULES_DECIDE.contains(s) && !s.equals(ruleSubEventType));
        if ((crowd || RIOTERS.find(text, folded)) && !ruleSubEventType.equals("Looting/property destruction")) {
            allowed.remove("Looting/property destruction"); // what rioters burn or loot is their riot
        }
        if (ruleSubEventType.equals("Armed clash") && ARMED_VICTIMS.find(text, folded)
                && !CIVILIAN_VICTIMS.find(text, folded)) {
            allowed.remove("Attack"); // the dead are soldiers or police: fighting, not violence against civilians
        }
        if (!ruleSubEventType.equals("Mob violence") && POLICE.find(text, folded)) {
            allowed.remove("Mob violence"); // a crowd that takes on the police demonstrates violently
        }
        return allowed;
    }
}
