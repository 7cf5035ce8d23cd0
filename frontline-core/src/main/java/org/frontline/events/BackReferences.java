package org.frontline.events;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.WindowedFind;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;
import org.frontline.geoparse.PlaceMention;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Sentence;
import org.frontline.text.Token;

/**
 * Sentences that point back at an event already told instead of telling their own: a participle that names it
 * again ("la route libérée"), its toll, its claim. Kept apart from {@link RuleEventCoder}, whose loop over the
 * sentences asks these before it makes a new event of a sentence.
 */
final class BackReferences {
    private static final Set<String> AUXILIARIES = Set.of("ont", "a", "avait", "avaient", "été", "sont", "est",
            "sera", "seront", "était", "étaient", "désormais", "déjà", "finalement", "récemment", "également",
            "aussi", "totalement", "entièrement", "complètement", "been", "have", "has", "had", "was", "were",
            "reportedly", "forces", "troops", "fighters", "army", "armée");
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l'", "l’", "de", "du", "des", "d'",
            "d’", "et", "ou", "qui", "que", "se", "s'", "s’", "ne", "pas", "en", "y");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "these", "those", "recently", "newly");

    /** A French past participle ("libérée", "repris"): compiled once, not per territory trigger. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?iu)\\p{L}+(?:é|ée|és|ées|is|ise|ises)");

    /** A participle after a noun ("la route libérée") or after a determiner ("the captured town") points back. */
    static Draft anaphoric(Trigger t, Sentence s, AnalyzedText text, List<Draft> earlier) {
        if (!t.isTerritory() || earlier.isEmpty()) {
            return null;
        }
        Token prev = null;
        for (Token tok : s.tokens()) {
            if (tok.end() <= t.start() && tok.kind() == Token.Kind.WORD) {
                prev = tok;
            }
        }
        if (prev == null) {
            return null;
        }
        String p = prev.lower();
        boolean participle = PARTICIPLE.matcher(t.text()).matches();
        boolean french = participle && !AUXILIARIES.contains(p) && !FUNCTION_WORDS.contains(p) && !prev.isCapitalized();
        // "l'armée a « libéré » la ville": the French auxiliary "a" is no English article
        boolean english = text.language() != org.frontline.text.Language.FR && DETERMINERS.contains(p);
        if (!french && !english) {
            return null;
        }
        for (Draft d : earlier) {
            String evidence = text.body().substring(d.evidence.get(0).start(), d.evidence.get(0).end());
            String stem = p.endsWith("s") ? p.substring(0, p.length() - 1) : p;
            if (d.operation == null && evidence.toLowerCase(Locale.ROOT).contains(stem)) {
                return d;
            }
        }
        return earlier.stream().filter(d -> d.operation == null).min(Comparator.comparingInt(d -> d.firstOffset))
                .orElse(null);
    }

    /**
     * A sentence whose only event words are deaths ("were killed", "ont été tués"), naming no actor and no place,
     * right after a sentence with an event, counts that event's dead rather than telling a new one.
     */
    static boolean tollOnly(List<Trigger> triggers, List<ActorMention> actors, List<PlaceMention> places,
                            List<Draft> previousSentence) {
        return !previousSentence.isEmpty() && actors.isEmpty() && places.isEmpty()
                && triggers.stream().allMatch(t -> t.priority() <= 1);
    }

    /** "dont", "including", "among them": what follows breaks a toll down by who died. */
    static final AnchoredPattern BREAKDOWN = AnchoredPattern.compile(
            "\\b(?:dont|including|among them|among whom|parmi (?:eux|elles|lesquels|lesquelles))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The sentence's actors but those it names only to break its toll down ("au moins 31 personnes ont été tuées,
     * dont 18 combattants kurdes et 12 soldats syriens"): the dead of the event told before, not new parties.
     */
    static List<ActorMention> counted(List<ActorMention> actors, String sentence, String folded, Sentence s) {
        if (actors.isEmpty()) {
            return actors;
        }
        if (!BREAKDOWN.mayMatchFolded(folded)) {
            return actors; // a match in the sentence holds an anchor in its fold (its slice of the body's)
        }
        WindowedFind m = BREAKDOWN.finder(sentence, folded); // near its anchors, not at every char of the sentence
        if (!m.find()) {
            return actors;
        }
        int from = s.start() + m.match().start();
        return actors.stream().filter(a -> a.start() < from).toList();
    }

    /**
     * "Islamic State claimed responsibility for the attack.", "Le groupe État islamique a revendiqué l'attentat.",
     * "L'attentat a été revendiqué par l'EI" (not "n'a pas été revendiqué").
     */
    static final AnchoredPattern CLAIMS_IT = AnchoredPattern.compile("\\b(?:claimed (?:responsibility|credit)|claims "
            + "responsibility|(?:a|ont) revendiqu[ée]|revendique(?:nt)?|(?:a|ont) été revendiqu[ée]e?s? par|"
            + "(?:was|were|has been|have been) claimed by)\\b", Pattern.CASE_INSENSITIVE);


    /**
     * A sentence of its own that claims the event before it names its doer when that event had none, or only an
     * unidentified one ("Two suicide bombers and gunmen attacked crowds at Kabul airport… Islamic State claimed
     * responsibility for the attack."). A claim is what ACLED codes the perpetrator from.
     */
    static boolean claimedBy(Draft previous, List<ActorMention> actors, String sentence, String folded, CharPairs pairs,
                             Sentence s) {
        if (previous.actor1 != null && !Roles.unidentified(previous.actor1)
                || !(pairs.mayHold(CLAIMS_IT) && CLAIMS_IT.find(sentence, folded))) {
            return false;
        }
        for (ActorMention m : actors) {
            ActorRef a = m.actor();
            if (a.inter() >= 2 && a.inter() <= 4 && !a.id().startsWith("generic.")) {
                previous.actor1 = a;
                previous.inferredActor = false;
                previous.addEvidence(s.index(), new Span(s.start(), s.end()));
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence with no event of its own that counts the dead ("2 fatalities.", "Both victims died") counts
     * them for the event before it; a count stated as ACLED's coding replaces what the event had.
     */
    static void addToll(Draft previous, String sentence, String folded) {
        addToll(previous, sentence, folded, new CharPairs(folded));
    }

    /** {@link #addToll(Draft, String, String)} given the sentence's {@link CharPairs}. */
    static void addToll(Draft previous, String sentence, String folded, CharPairs pairs) {
        java.util.OptionalInt coded = Fatalities.coded(sentence, folded, pairs);
        previous.fatalities = coded.isPresent() ? coded.getAsInt()
                : Math.max(previous.fatalities, Fatalities.in(sentence, folded, pairs));
    }

    private BackReferences() {
    }
}
