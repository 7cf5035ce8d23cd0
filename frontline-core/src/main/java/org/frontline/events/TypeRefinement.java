package org.frontline.events;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.WindowedFind;
import org.frontline.actors.ActorRef;
import org.frontline.text.Sentence;

/**
 * ACLED's finer distinctions once the roles are known: violence against armed people (soldiers, police,
 * fighters) is a clash, not an attack on civilians; ground that changes hands with no fight is a non-violent
 * transfer of territory.
 */
final class TypeRefinement {
    /** Armed people as the target of violence. */
    static final AnchoredPattern ARMED_TARGET = AnchoredPattern.compile(
            "\\b(?:soldiers?|troops|forces|army|military|gendarmerie|positions|outposts?|police(?:man|men| officers?| station| patrol| post)?|policemen|officers?|rangers?|"
                    + "guards?|militants?|fighters?|militiam[ae]n|militias?|militia groups?|security personnel|convoy|patrol|checkpoint|military (?:post|base|vehicle)|"
                    + "army (?:post|base|vehicle|unit)|soldats?|policiers?|gendarmes?|combattants?|militaires?|"
                    + "miliciens?|patrouille|convoi)\\b", Pattern.CASE_INSENSITIVE);
    static final AnchoredPattern CIVILIAN_TARGET = AnchoredPattern.compile(
            "\\b(?:civilians?|civils?|women|woman|child(?:ren)?|girls?|boys?|farmers?|shepherds?|residents?|"
                    + "villagers?|journalists?|students?|teachers?|doctors?|worshippers|passers-by|femmes?|enfants?|"
                    + "habitants?|agriculteurs?|bergers?|journalistes?|man|men|persons?|people|youths?|workers?|"
                    + "employees|pastoralists?|community|traders?|merchants?|hommes?|personnes?)\\b", Pattern.CASE_INSENSITIVE);

    /** Ground changing hands with no fight: a withdrawal, a handover, an entry that met no resistance. */
    static final AnchoredPattern UNOPPOSED = AnchoredPattern.compile(
            "withdr[ae]w|withdrawn|vacat|deserted|abandoned|handed over|without (?:encountering )?(?:any |a )?"
                    + "(?:resistance|fight)|had not encountered any resistance|sans (?:combat|r[ée]sistance)|"
                    + "se sont retir|abandonn|d[ée]sert", Pattern.CASE_INSENSITIVE);
    static final AnchoredPattern FIGHTING = AnchoredPattern.compile(
            "\\b(?:clash\\p{L}*|(?<!without a )(?<!without )fight(?:s|ing)?|fought|battles?|attack\\p{L}*|"
                    + "assault\\p{L}*|shell\\p{L}*|strikes?|(?<!sans )combats?|affront\\p{L}*|bataille\\p{L}*|offensives?|killed|tu[ée]e?s?|"
                    + "pushed back|repouss[ée]e?s?)\\b",
            Pattern.CASE_INSENSITIVE);

    static final AnchoredPattern LOOTING = AnchoredPattern.compile(
            "\\b(?:pill[ée]\\p{L}*|pillages?|loot\\p{L}*|plunder\\p{L}*|"
            + "ransack\\p{L}*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final AnchoredPattern CROWD = AnchoredPattern.compile(
            "\\b(?:[ée]meutiers?|manifestants?|foules?|jeunes|"
            + "protesters?|rioters?|riot(?:ed|ing)|demonstrators?|activists|crowds?|mobs?|youths?|residents|habitants)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What makes violence a demonstration's rather than a mob's (ACLED: a violent demonstration is a protest turned
     * violent; a group's violence with no protest is mob violence): dev 2020-05, 98 of 116 violent demonstrations
     * name a protest, and 86 of 95 mob violence rows none; most of the other 18 burn tyres, barricade roads or demand.
     */
    private static final AnchoredPattern DEMONSTRATION = AnchoredPattern.compile(
            "\\b(?:demonstrat\\p{L}*|protest\\p{L}*|rall(?:y|ies|ied)|march\\p{L}*|sit-ins?|strikes?|gathered|blocked|"
                    + "blockad\\p{L}*|riot\\p{L}*|demand\\p{L}*|denounc\\p{L}*|tires|tyres|barricad\\p{L}*|cut off|"
                    + "agitat\\p{L}*|manifest\\p{L}*|[ée]meut\\p{L}*|pneus|barrages?|r[ée]clam\\p{L}*|d[ée]non[cç]\\p{L}*|"
                    + "bloqu\\p{L}*|rassembl\\p{L}*|gr[èe]ve|casseurs|human chains?|cha[îi]nes? humaines?|vigils?|"
                    + "veill[ée]es?|slogans?|placards|banderoles)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TypeRefinement() {
    }

    /**
     * @param folded the body's fold ({@link org.frontline.text.AnalyzedText#folded()}): the cues' anchors are read in
     *               it and the regexes run on regions of the body, where each test used to copy and fold its slice
     *               (or the whole body) again
     */
    static String refine(Trigger t, Roles.Assigned roles, String body, String folded, Sentence s) {
        String type = roles.subEventType();
        if (type.equals("Attack") && roles.actor1() != null && roles.actor1().inter() == 5) {
            return "Mob violence"; // rioters, a crowd, who attack people
        }
        if (type.equals("Violent demonstration") && (armedGroup(roles.actor1())
                || LOOTING.findIn(body, folded, s.start(), s.end())
                && !CROWD.findIn(body, folded, s.start(), s.end()))) {
            return "Looting/property destruction"; // armed men burning a market or looting shops: no demonstration
        }
        if (type.equals("Violent demonstration") && !DEMONSTRATION.matcher(body, folded).find()) {
            return "Mob violence"; // "Palestinians hurled Molotov cocktails at a police vehicle": no demonstration
        }
        if (type.equals("Protest with intervention") && roles.actor1() != null
                && DocumentActors.interState(roles.actor1()) && !DEMONSTRATION.matcher(body, folded).find()
                && CIVILIAN_TARGET.findIn(body, folded, t.start(), s.end())) {
            return "Attack"; // "Israeli forces fired tear gas canisters at Palestinian farmers": no protest to break up
        }
        // the anchors first: the passive test reads the whole text before the trigger
        if (type.equals("Attack") && (armed(roles.actor1()) && armed(roles.actor2())
                || ARMED_TARGET.mayMatchIn(folded, t.start(), s.end())
                && armedTarget(body.substring(t.start(), s.end()), folded.substring(t.start(), s.end()))
                || ARMED_TARGET.mayMatchIn(folded, s.start(), t.start())
                && passive(body.substring(s.start(), t.start()))
                && armedTarget(body.substring(s.start(), t.start()), folded.substring(s.start(), t.start())))) {
            return "Armed clash";
        }
        if (t.isTerritory() && !type.equals("Non-violent transfer of territory")) {
            // both cues sought near their anchors in the sentence's slice of the body's fold, not folded again
            String sentence = body.substring(s.start(), s.end());
            String sentenceFolded = folded.substring(s.start(), s.end());
            boolean fighting = FIGHTING.find(sentence, sentenceFolded);
            if (!fighting && (t.kind().equals(Trigger.TERRITORY_LOSS) || UNOPPOSED.find(sentence, sentenceFolded))) {
                return "Non-violent transfer of territory";
            }
        }
        return type;
    }

    /**
     * The people an attack hits, after its trigger, are armed (soldiers, police, fighters) and not civilians; an
     * armed group named after "by" is the attacker, not the target ("shot by private security guards").
     */
    static boolean armedTarget(String fromTrigger, String folded) {
        // civilians named anywhere in the text refuse every armed match: asked once (it was asked per match), and
        // only once an armed match not after "by" is found; the armed matches sought near their anchors
        WindowedFind m = ARMED_TARGET.finder(fromTrigger, folded);
        while (m.find()) {
            int at = m.match().start();
            String before = fromTrigger.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
            if (!BY_BEFORE.matcher(before).matches()) {
                return !CIVILIAN_TARGET.find(fromTrigger, folded);
            }
        }
        return false;
    }

    /** The 30 chars before an armed target end with "by"/"par" and up to three words: the target is the attacker. */
    private static final Pattern BY_BEFORE = Pattern.compile("(?s).*\\b(?:by|par)\\b(?:\\s+\\S+){0,3}\\s*");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?is).*\\b(?:was|were|been|a été|ont été|est|sont)\\s+(?:\\w+\\s+)?$");

    /** "2 soldiers were killed by …": the victims stand before a passive trigger. */
    private static boolean passive(String beforeTrigger) {
        return PASSIVE.matcher(beforeTrigger).matches();
    }

    /** Rebels and jihadists (ACLED inter 2): they burn and loot, they do not riot. */
    /**
     * Rebels, named identity militias (ACLED inter 4) and settlers: settlers burning houses riot no more than rebels.
     * Party supporters (Hezbollah's, inter 3) throwing firecrackers at police do riot, and unnamed armed men "breaking
     * into" a house are left to the other triggers of their sentence.
     */
    private static boolean armedGroup(ActorRef a) {
        return a != null && (a.inter() == 2 || "settler".equals(a.side())
                || a.inter() == 4 && !a.id().startsWith("generic."));
    }

    /** Organised armed actors: state forces, rebels, militias, external forces (ACLED inter 1–4 and 8). */
    private static boolean armed(ActorRef a) {
        return a != null && (a.inter() >= 1 && a.inter() <= 4 || a.inter() == 8);
    }

}
