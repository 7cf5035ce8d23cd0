package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.ResourceLines;

/**
 * Sentences about disasters, accidents, diplomacy or common crime, which ACLED does not code however violent
 * their words ("the earthquake killed 555 people", "sanctions after the chemical attack"); see non-events.txt.
 */
final class NonEvents {
    /** People who protest (or block a road to demand) about a disaster or a crime: the protest is the event. */
    private static final AnchoredPattern PROTEST = AnchoredPattern.compile(
            "\\b(?:protest(?:ed|ers|ing|s)?|demonstrat(?:ed|ors|ions?)|"
            + "manifest(?:ants?|[ée]|[ée]s|ent|ation)|rall(?:y|ied)|sit-ins?|marched|blocked|bloqu[ée]e?s?|to demand|demanding"
            + "|pour (?:r[ée]clamer|exiger))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final AnchoredPattern VIOLENCE = AnchoredPattern.compile(
            "\\b(?:killed|shot|shooting|attack\\p{L}*|clash\\p{L}*|gunmen|tu[ée]s?|abattu\\p{L}*|attaqu\\p{L}*|"
                    + "exchang\\p{L}* (?:of )?(?:fire|gunfire|shots)|fired (?:at|on|against)|opened fire|shoot-?outs?|"
                    + "firefights?|gun ?fights?|gun ?battles?|[ée]changes? de tirs|[ée]chang[ée]e?s? des tirs|fusillades?|affrontements?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "A bomb placed in a garbage container exploded": a bomb is no industrial accident, whatever blew up. */
    private static final AnchoredPattern BOMB = AnchoredPattern.compile(
            "\\b(?:bombs?|IEDs?|explosive devices?|engins? explosifs?|bombes?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Each list as at most two alternations, which together find a match where the whole list's does: the lines
     * whose matches start a bounded way before their anchors, then the others ("expel … diplomats"). One line
     * without that bound made the whole list's search run from a sentence's start to each anchor it held.
     */
    private final List<AnchoredPattern> always;
    private final List<AnchoredPattern> crime;

    NonEvents() {
        List<String> always = new ArrayList<>();
        List<String> crime = new ArrayList<>();
        List<String> target = always;
        for (String line : ResourceLines.of(NonEvents.class, "non-events.txt")) {
            if (line.equals("%crime")) {
                target = crime;
            } else {
                target.add(line);
            }
        }
        this.always = parts(always);
        this.crime = parts(crime);
    }

    private static List<AnchoredPattern> parts(List<String> alternatives) {
        List<String> bounded = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        for (String line : alternatives) {
            (words(List.of(line)).boundedLead() ? bounded : unbounded).add(line);
        }
        return List.of(bounded, unbounded).stream().filter(lines -> !lines.isEmpty())
                .map(NonEvents::words).toList();
    }

    private static AnchoredPattern words(List<String> alternatives) {
        return AnchoredPattern.words(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A state's protest is diplomacy: "Iraq summoned the Turkish ambassador in protest", "Paris a rappelé son
     * ambassadeur".
     */
    private static final AnchoredPattern DIPLOMATIC = AnchoredPattern.compile(
            "\\b(?:summon(?:ed|s)?|recall(?:ed|s)?|expel(?:led|s)?|convoqu\\p{L}*|rappel\\p{L}*|expuls\\p{L}*) "
                    + "(?:the |its |l['’]|le |son |leur )?(?:[\\p{L}-]+ ){0,2}?(?:ambassadors?|envoys?|chargé d'affaires|"
                    + "ambassadeurs?|diplomats?|diplomates?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);


    /** True when the sentence tells of something ACLED does not code ({@code folded}: its {@link AnchoredPattern#fold}). */
    boolean test(String sentence, String folded) {
        return test(sentence, folded, new CharPairs(folded));
    }

    /**
     * {@link #test(String, String)} given the sentence's {@link CharPairs}: a pattern none of whose anchors the
     * pairs allow is not searched (most sentences hold no anchor of the lists' hundred or so).
     */
    boolean test(String sentence, String folded, CharPairs pairs) {
        if (pairs.mayHold(DIPLOMATIC) && DIPLOMATIC.find(sentence, folded)) {
            return true;
        }
        if (pairs.mayHold(PROTEST) && PROTEST.find(sentence, folded)
                || pairs.mayHold(BOMB) && BOMB.find(sentence, folded)) {
            return false; // farmers protesting over a hail storm's damage, families protesting deportations
        }
        return listed(sentence, folded, pairs, false)
                || listed(sentence, folded, pairs, true) && !(pairs.mayHold(VIOLENCE)
                    && VIOLENCE.find(sentence, folded));
    }

    /**
     * Whether the sentence holds a line of the first list of non-events.txt (of the crime list when {@code crimes}),
     * {@code folded} being its {@link AnchoredPattern#fold}: what the list's lines as one alternation find.
     */
    boolean listed(String sentence, String folded, boolean crimes) {
        return listed(sentence, folded, new CharPairs(folded), crimes);
    }

    private boolean listed(String sentence, String folded, CharPairs pairs, boolean crimes) {
        List<AnchoredPattern> parts = crimes ? crime : always;
        for (AnchoredPattern part : parts) {
            if (pairs.mayHold(part) && part.find(sentence, folded)) {
                return true;
            }
        }
        return false;
    }
}
