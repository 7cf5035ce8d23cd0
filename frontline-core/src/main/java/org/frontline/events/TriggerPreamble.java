package org.frontline.events;

import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;

/**
 * The words just before a trigger that take it out of the sentence's own events: an ally named as help ("appuyée
 * par l'aviation russe"), the long run-up of what the sentence tells ("after nine months of fighting") and the act a
 * reprisal answers ("in retaliation for a suspected poison gas attack"). Read before roles are assigned; split from
 * {@link Roles}, which keeps the cues that decide who did what to whom.
 */
final class TriggerPreamble {
    private static final AnchoredPattern ALLY = AnchoredPattern.compile(
            "(?:appuy[ée]e?s? par|soutenue?s? par|aid[ée]e?s? par|avec (?:le )?(?:soutien|l'appui|l’appui) d[eu']?|"
                    + "aux c[ôo]t[ée]s d[eu']?|backed by|supported by|aided by|with the (?:support|backing) of|"
                    + "alongside|together with|et ses alli[ée]s|and (?:its|their) allies)\\s*(?:la |le |les |l'|l’|the )?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TriggerPreamble() {
    }

    /**
     * {@link #allied} and {@link #runUp} for the triggers of one report: each cue's anchors found once in the report's
     * fold ({@link ReportAnchors}), when a trigger first asks, not in every trigger's windows again.
     */
    static final class InReport {
        private final String body;
        private final String folded;
        private ReportAnchors ally;
        private ReportAnchors runUp;
        private ReportAnchors reprisal;

        /** @param folded {@code body}'s fold ({@link AnchoredPattern#fold}) */
        InReport(String body, String folded) {
            this.body = body;
            this.folded = folded;
        }

        /**
         * {@link TriggerPreamble#allied} of this report, for a trigger at {@code at} in the sentence starting at
         * {@code sentenceStart} whose {@link CharPairs} are {@code pairs}: the window read lies in that sentence, so
         * a cue none of whose anchors the sentence can hold is not searched.
         */
        boolean allied(int sentenceStart, int at, CharPairs pairs) {
            if (!pairs.mayHold(ALLY)) {
                return false;
            }
            ally = ally != null ? ally : new ReportAnchors(ALLY, body, folded);
            return ally.findIn(Math.max(sentenceStart, at - ALLY_REACH), at);
        }

        /** {@link TriggerPreamble#runUp} of this report, as {@link #allied(int, int, CharPairs)} reads it. */
        boolean runUp(int sentenceStart, int at, CharPairs pairs) {
            if (pairs.mayHold(RUN_UP)) {
                runUp = runUp != null ? runUp : new ReportAnchors(RUN_UP, body, folded);
                if (runUp.findIn(Math.max(sentenceStart, at - RUN_UP_REACH), at)) {
                    return true;
                }
            }
            if (!pairs.mayHold(REPRISAL)) {
                return false;
            }
            reprisal = reprisal != null ? reprisal : new ReportAnchors(REPRISAL, body, folded);
            return reprisal.findIn(Math.max(sentenceStart, at - REPRISAL_REACH), at);
        }
    }

    /** How far before a trigger its ally, run-up and reprisal cues are read. */
    private static final int ALLY_REACH = 40;
    private static final int RUN_UP_REACH = 60;
    private static final int REPRISAL_REACH = 70;

    /** True when the words before {@code at} introduce an ally ("appuyée par l'aviation russe", "backed by"). */
    static boolean allied(String body, String folded, int sentenceStart, int at) {
        return precededBy(ALLY, body, folded, sentenceStart, at, ALLY_REACH);
    }

    /**
     * "après des semaines de bombardements", "after nine months of fighting", "au terme de trois jours de combats": a
     * trigger named as the long run-up of what the sentence tells is background, not an event of that day.
     */
    private static final AnchoredPattern RUN_UP = AnchoredPattern.compile(
            "(?:apr[èe]s|au terme d[eu']|after|following|ending)\\s+(?:pr[èe]s de\\s+|plus de\\s+|nearly\\s+|more than\\s+|"
                    + "almost\\s+|about\\s+)?(?:des|plusieurs|quelques|\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                    + "onze|douze|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many)\\s+"
                    + "(?:semaines|mois|jours|ans|ann[ée]es|weeks|months|days|years)\\s+(?:de|d['’]|of)\\s*"
                    + "(?:\\p{L}+\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words that name what follows as the act this one answers ("in retaliation for", "en riposte à"): the reprisal
     * cue here and the earlier event's place in {@link Locations}.
     */
    static final String RETALIATION = "in retaliation for|in response to|en repr[ée]sailles? (?:[àa]|de|contre)|"
            + "en r[ée]ponse [àa]|en riposte [àa]";

    /**
     * "in retaliation for a suspected poison gas attack", "accused of carrying out a chlorine attack", "en représailles
     * à l'attentat": an act named as the cause of the one the sentence tells happened before it.
     */
    private static final AnchoredPattern REPRISAL = AnchoredPattern.compile(
            "(?:" + RETALIATION + "|in revenge for|accused of (?:carrying out|launching|staging)|"
                    + "blamed for|pour venger|accus[ée]e?s? d'avoir "
                    + "(?:men[ée]|perp[ée]tr[ée]|lanc[ée]))\\s+(?:the\\s+|a\\s+|an\\s+|l['’]|la\\s+|le\\s+|une?\\s+|les\\s+|des\\s+)?"
                    + "(?:[\\p{L}'’-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);


    static boolean runUp(String body, String folded, int sentenceStart, int at) {
        return precededBy(RUN_UP, body, folded, sentenceStart, at, RUN_UP_REACH)
                || precededBy(REPRISAL, body, folded, sentenceStart, at, REPRISAL_REACH);
    }

    /**
     * True when {@code words}, ending at {@code at}, are within the {@code reach} characters before it.
     *
     * @param folded the body's fold (or that of a text the body begins with), whose anchors are read
     */
    static boolean precededBy(AnchoredPattern words, String body, String folded, int sentenceStart, int at,
                                      int reach) {
        return words.findIn(body, folded, Math.max(sentenceStart, at - reach), at);
    }
}
