package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.CharPairs;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;
import org.frontline.claims.SourceMention;
import org.frontline.geoparse.Peoples;
import org.frontline.geoparse.PlaceMention;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Sentence;

/**
 * Rule-based ACLED coding. Per sentence: triggers from a French/English lexicon, the strongest kind kept
 * (territory over clashes …), roles from word order and the document's actors, the place nearest after the
 * trigger, date, fatalities and facts. Sentences without a trigger lend their facts to the event before them;
 * participles that point back ("la route libérée") add to the event they name; named operations become one
 * event each with their member groups. Drafts with the same type, actors and place merge, and drafts whose
 * actor and place were both inferred fold into the event of the same type they continue.
 */
public final class RuleEventCoder implements EventCoder {
    static final AnchoredPattern ATTRIBUTED = AnchoredPattern.compile("(?:according to|citing|cited by|reported by|"
            + "told|"
            + "selon|citant|cité par|d'après)\\s+(?:the\\s+|l[ae]\\s+|l')?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final AnchoredPattern JOINT = AnchoredPattern.compile("\\bjoint(?:ly)? (?:patrols?|operations?|exercises?|"
            + "raids?|team)\\b|\\b(?:patrouilles?|op[ée]rations?) conjointes?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Under Dalsing Sarai police station": India's reports place events by police station, no police acting. */
    private static final Pattern AFTER_COMMA = Pattern.compile(",\\s+(?:the\\s+|la\\s+|le\\s+|les\\s+|l')?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAID = Pattern.compile("\\s+(?:said|says|say|told|reported|stated|"
            + "claimed(?! responsibility| credit| the attack| the bombing)|"
            + "a (?:indiqué|déclaré|affirmé|précisé|annoncé)|ont (?:indiqué|déclaré|affirmé|précisé|annoncé))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POLICE_STATION = Pattern.compile("\\s+station(?:\\s+limits)?\\b");
    /**
     * An operation's failure, "revers", "échec", "repelled" …: found anywhere in the sentence (what the sentence's
     * {@code matches("(?is).*(…).*")} told, without a compile per sentence nor a backtracking scan of all of it).
     */
    static final AnchoredPattern FAILED = AnchoredPattern.compile(
            "revers|[ée]chec|d[ée]faite|failed|repelled|setback|repouss", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDER = Pattern.compile("\\bunder\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final NonEvents nonEvents = new NonEvents();
    private final ContactLines contactLines = new ContactLines();
    private final UnknownPerpetrators unknownPerpetrators = new UnknownPerpetrators();
    private final ActorCatalog catalog;
    private final Nationals nationals;
    private final SubEventChoice subEvents;

    /**
     * @param catalog   where ACLED's generic actors (Protesters (X), Civilians (X) …) come from when the text names none
     * @param subEvents re-types the main event of English reports where the rules are unsure ({@link SubEventChoice})
     * @param peoples   the countries' adjectives, which name a crowd's nationality ({@link Nationals})
     */
    public RuleEventCoder(ActorCatalog catalog, SubEventModel subEvents, Peoples peoples) {
        this.catalog = catalog;
        this.nationals = new Nationals(peoples);
        this.subEvents = new SubEventChoice(subEvents, lexicon);
    }

    @Override
    public List<Event> code(CodingInput given) {
        CodingInput in = StateSubjects.apply(given, catalog, org.frontline.Dates.firstDay(given.article().published()));
        AnalyzedText text = in.text();
        List<ActorMention> named = ForceBranches.resolve(outsideSources(in));
        DocumentActors docActors = new DocumentActors(named);
        // an operation the catalog knows ("l'opération « Rameau d'olivier »", Operation Olive Branch) is an actor
        List<Operations.Operation> ops = Operations.find(text).stream().filter(op -> named.stream()
                .noneMatch(a -> a.start() <= op.start() + 2 && op.start() < a.end())).toList();
        List<Draft> opDrafts = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        EventDates.Dated docDate = null;
        List<Draft> previousSentence = List.of();
        Spans<ActorMention> namedSpans = new Spans<>(named, ActorMention::start, ActorMention::end);
        Spans<PlaceMention> placeSpans = new Spans<>(in.places(), PlaceMention::start, PlaceMention::end);
        TriggerPreamble.InReport preambles = new TriggerPreamble.InReport(text.body(), text.folded());
        for (Sentence s : text.sentences()) {
            String sentence = text.text(s);
            String folded = text.folded(s); // the sentence's slice of the body's fold: for every anchored pattern
            CharPairs pairs = new CharPairs(folded); // which patterns' anchors it may hold: for all of them
            EventDates.Dated sentenceDate = null;
            boolean dated = docDate == null; // the sentence's own date is read at most once (it is a regex scan)
            if (dated) {
                sentenceDate = EventDates.explicit(sentence, folded, pairs, in.article().published());
                docDate = sentenceDate;
            }
            List<ActorMention> actors = namedSpans.within(s.start(), s.end());
            List<PlaceMention> places = placeSpans.within(s.start(), s.end());
            if (handleOperations(s, sentence, folded, pairs, ops, opDrafts, actors, places, docActors)) {
                continue;
            }
            List<Trigger> found = lexicon.find(sentence, folded, s.start(), text.language()); // new, filtered in place
            if (!found.isEmpty()) {
                found.removeIf(t -> preambles.allied(s.start(), t.start(), pairs)
                        || preambles.runUp(s.start(), t.start(), pairs));
            }
            // a sentence without triggers makes no event whatever it tells: the non-event lists and the campaign
            // toll are read only where there are triggers to veto
            List<Trigger> triggers = found.isEmpty() || nonEvents.test(sentence, folded, pairs)
                    || Fatalities.cumulative(sentence, folded, pairs) && !previousSentence.isEmpty() ? List.of()
                    : TriggerSelection.select(found);
            if (triggers.isEmpty()) {
                if (!previousSentence.isEmpty()) {
                    BackReferences.addToll(previousSentence.get(0), sentence, folded, pairs);
                    BackReferences.claimedBy(previousSentence.get(0), actors, sentence, folded, pairs, s);
                }
                // the facts go to the event just told: with none told yet, they are not read
                Map<String, Object> facts = previousSentence.isEmpty() ? Map.of()
                        : Facts.in(sentence, folded, pairs);
                if (!facts.isEmpty()) {
                    Draft target = previousSentence.get(0);
                    facts.forEach(target.facts::putIfAbsent);
                    target.addEvidence(s.index(), new Span(s.start(), s.end()));
                }
                continue;
            }
            if (!previousSentence.isEmpty() && places.isEmpty()
                    && BackReferences.claimedBy(previousSentence.get(0), actors, sentence, folded, pairs, s)) {
                continue; // "L'attentat a été revendiqué par le groupe État islamique": the claim of the event just told
            }
            if (ProtestUpgrade.continues(triggers, drafts, s, sentence, folded, pairs, actors)) {
                continue;
            }
            if (BackReferences.tollOnly(triggers, BackReferences.counted(actors, sentence, folded, s), places,
                    previousSentence)) {
                // "Selon l'ONG, au moins 25 combattants ont été tués.": the toll of the event just told
                Draft target = previousSentence.get(0);
                BackReferences.addToll(target, sentence, folded, pairs);
                target.addEvidence(s.index(), new Span(s.start(), s.end()));
                continue;
            }
            List<Draft> made = new ArrayList<>();
            Map<String, Object> facts = null; // the sentence's facts, read once for all its triggers
            int fatalities = -1;
            for (Trigger t : triggers) {
                Draft back = BackReferences.anaphoric(t, s, text, drafts);
                if (back != null) {
                    back.addEvidence(s.index(), new Span(s.start(), s.end()));
                    facts = facts == null ? Facts.in(sentence, folded, pairs) : facts;
                    facts.forEach(back.facts::putIfAbsent);
                    continue;
                }
                Draft d = draft(t, s, text, actors, places, docActors, drafts);
                if (!dated) {
                    sentenceDate = EventDates.explicit(sentence, folded, pairs, in.article().published());
                    dated = true;
                }
                d.date = sentenceDate;
                fatalities = fatalities < 0 ? Fatalities.in(sentence, folded, pairs) : fatalities;
                d.fatalities = fatalities;
                facts = facts == null ? Facts.in(sentence, folded, pairs) : facts;
                d.facts.putAll(facts);
                drafts.add(d);
                made.add(d);
            }
            if (!made.isEmpty()) {
                previousSentence = made;
            }
        }
        drafts.addAll(0, opDrafts);
        for (Draft d : drafts) {
            if (d.date == null) {
                d.date = docDate != null ? docDate : EventDates.of("", in.article().published());
            }
            d.place = Locations.fallback(d.place, in.places(), text.body(), text.folded(), d.firstOffset);
        }
        return new DraftMerger(in, catalog, subEvents, contactLines, unknownPerpetrators, nationals).freeze(drafts);
    }

    private static Draft draft(Trigger t, Sentence s, AnalyzedText text, List<ActorMention> actors,
                               List<PlaceMention> places, DocumentActors docActors, List<Draft> earlier) {
        Roles.Assigned roles = Roles.assign(t, actors, text.body(), text.folded(), s.start(), s.end(),
                docActors);
        String type = TypeRefinement.refine(t, roles, text.body(), text.folded(), s);
        Draft d = new Draft(type, t.start());
        d.actor1 = roles.actor1();
        d.actor2 = roles.actor2();
        d.inferredActor = roles.inferred();
        d.addEvidence(s.index(), new Span(s.start(), s.end()));
        PlaceMention where = Locations.pick(t, places, text.body(), text.folded(), s.start());
        if (where == null || where.place() != null && where.place().isCountry()) {
            PlaceMention inherited = Locations.inherit(earlier);
            if (inherited != null) {
                where = inherited;
                d.inheritedPlace = true;
            }
        }
        d.place = where;
        underUmbrella(d, actors, text.body());
        if (DocumentActors.stateForces(d.actor1) && DocumentActors.stateForces(d.actor2)
                && JOINT.matcher(text.text(s)).find()) {
            d.assoc1.add(d.actor2.name()); // "a joint patrol by Turkish and Russian forces": partners, not rivals
            d.actor2 = null;
        }
        for (ActorMention m : actors) {
            ActorRef a = m.actor();
            if (d.actor1 != null && !a.name().equals(d.actor1.name()) && (d.actor2 == null
                    || !a.name().equals(d.actor2.name())) && DocumentActors.governmentSide(a)
                    == DocumentActors.governmentSide(d.actor1) && m.start() < t.start()) {
                d.assoc1.add(a.name());
            }
        }
        return d;
    }

    /**
     * "JWS, which operates under OPS, shelled…", "rebels under OPS looted…": ACLED codes the umbrella the sentence
     * names after "under" as the actor, the group acting under it as its associate.
     */
    private static void underUmbrella(Draft d, List<ActorMention> actors, String body) {
        ActorRef umbrella = null;
        int umbrellaStart = -1;
        for (ActorMention m : actors) {
            String before = body.substring(Math.max(0, m.start() - 7), m.start()).toLowerCase(Locale.ROOT);
            if (before.endsWith("under ") || before.endsWith("under the ")) {
                umbrella = m.actor();
                umbrellaStart = m.start();
            }
        }
        if (umbrella == null) {
            return;
        }
        String camp = DocumentActors.camp(umbrella);
        if (member(d.actor1, umbrella, umbrellaStart, actors)) {
            // "Turkish forces and JWS factions, operating under OPS, shelled X": its members act as the umbrella
            d.assoc1.add(d.actor1.name());
            d.actor1 = umbrella;
            if (d.actor2 != null && (d.actor2.name().equals(umbrella.name())
                    || member(d.actor2, umbrella, umbrellaStart, actors))) {
                d.assoc1.add(d.actor2.name());
                d.actor2 = null;
            }
            return;
        }
        if (d.actor1 != null && !d.actor1.name().equals(umbrella.name()) && d.actor1.inter() < 5
                && DocumentActors.camp(d.actor1).equals(camp)) {
            d.assoc1.add(d.actor1.name());
            d.actor1 = umbrella;
        } else if (d.actor2 != null && !d.actor2.name().equals(umbrella.name()) && d.actor2.inter() < 5
                && DocumentActors.camp(d.actor2).equals(camp)) {
            d.assoc2.add(d.actor2.name());
            d.actor2 = umbrella;
        }
        if (d.actor2 != null && d.actor1 != null && d.actor2.name().equals(d.actor1.name())) {
            d.actor2 = null;
        }
    }

    /** Whether {@code a} is named just before "under {@code umbrella}": one of the groups acting under it. */
    private static boolean member(ActorRef a, ActorRef umbrella, int umbrellaStart, List<ActorMention> actors) {
        return a != null && !a.name().equals(umbrella.name()) && actors.stream().anyMatch(m ->
                m.actor().name().equals(a.name()) && m.start() < umbrellaStart && umbrellaStart - m.end() < 80);
    }

    /** Sentences about named operations feed the operation's event and no other. */
    private boolean handleOperations(Sentence s, String sentence, String folded, CharPairs pairs,
                                     List<Operations.Operation> ops,
                                     List<Draft> opDrafts, List<ActorMention> actors, List<PlaceMention> places,
                                     DocumentActors docActors) {
        if (ops.isEmpty()) {
            return false;
        }
        List<Integer> named = Operations.referenced(sentence, folded, ops);
        if (named.isEmpty()) { // the ordinal and the groups count only for a sentence that names no operation
            int ordinal = Operations.ordinal(sentence, folded);
            if ((ordinal >= 0 || ops.size() == 1)
                    && actors.stream().filter(m -> DocumentActors.armedNonState(m.actor())).count() >= 2) {
                named = List.of(Math.min(Math.max(ordinal, 0), ops.size() - 1));
            } else {
                return false;
            }
        }
        // what the sentence says of its operations' facts and outcome, read once for all the operations it names
        Map<String, Object> facts = Facts.in(sentence, folded, pairs);
        boolean failed = FAILED.matcher(sentence, folded).find();
        for (int i : named) {
            while (opDrafts.size() <= i) {
                Operations.Operation op = ops.get(opDrafts.size());
                Draft d = new Draft("Armed clash", op.start());
                d.operation = op.name();
                opDrafts.add(d);
            }
            Draft d = opDrafts.get(i);
            d.addEvidence(s.index(), new Span(s.start(), s.end()));
            for (ActorMention m : actors) {
                if (DocumentActors.governmentSide(m.actor())) {
                    if (d.actor2 == null) {
                        d.actor2 = m.actor();
                    }
                } else if (DocumentActors.armedNonState(m.actor())) {
                    d.assoc1.add(m.actor().name());
                }
            }
            for (PlaceMention p : places) {
                if (p.place() == null) {
                    continue;
                }
                if (d.place == null) {
                    d.place = p;
                } else if (!p.place().id().equals(d.place.place().id()) && !d.otherPlaces.contains(p.place().name())) {
                    d.otherPlaces.add(p.place().name());
                }
            }
            if (d.actor2 == null) {
                d.actor2 = docActors.government();
            }
            d.facts.putAll(facts);
            if (failed) {
                d.facts.put("outcome", "failed");
            }
        }
        return true;
    }

    /**
     * "Hezbollah War Media claimed…": a name inside a source's name is the outlet, not an actor of the event. A
     * name that is all of a source's ("AA", the Arakan Army or Anadolu) is the outlet only where the text
     * attributes to it ("according to AA").
     */
    private static List<ActorMention> outsideSources(CodingInput in) {
        String body = in.text().body();
        String folded = in.text().folded();
        List<SourceMention> sources = in.claims().sources();
        return in.actors().stream().filter(a -> !placedByPoliceStation(body, a) && !speaker(body, folded, a))
                .filter(a -> !insideSource(body, folded, a, sources)).toList();
    }

    /** Whether a source's name holds the actor's (all of it only where the text attributes to it): in loops. */
    private static boolean insideSource(String body, String folded, ActorMention a, List<SourceMention> sources) {
        for (int i = 0, n = sources.size(); i < n; i++) {
            SourceMention src = sources.get(i);
            if (a.start() < src.end() && src.start() < a.end() && (src.start() != a.start()
                    || src.end() != a.end() || ATTRIBUTED.findIn(body, folded, Math.max(0, a.start() - 25),
                    a.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, selon la police somalienne" / "according to the army" / "…, police said": the actor who tells of the
     * event, not a party to it (its other mentions still count).
     */
    private static boolean speaker(String body, String folded, ActorMention a) {
        if (ATTRIBUTED.findIn(body, folded, Math.max(0, a.start() - 25), a.start())) {
            return true;
        }
        // matcher regions with the default opaque, anchoring bounds: the patterns see only the slice, as on a copy
        // of it (the rest of the body is not copied for each actor); a slice without its comma gets no matcher
        int from = Math.max(0, a.start() - 6);
        if (a.start() == 0 || body.lastIndexOf(',', a.start() - 1) < from
                || !AFTER_COMMA.matcher(body).region(from, a.start()).find()) {
            return false;
        }
        Matcher said = SAID.matcher(body).region(a.end(), body.length());
        return said.lookingAt() && !OWN_DEED.matcher(body).region(said.end(), body.length()).lookingAt();
    }

    /** "rebels said they shot down a helicopter": a speaker telling its own deed is its actor. */
    private static final Pattern OWN_DEED = Pattern.compile("\\s+(?:that\\s+)?(?:they|it|avoir|qu'ils|qu'elles)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean placedByPoliceStation(String body, ActorMention a) {
        return a.text().toLowerCase(Locale.ROOT).endsWith("police")
                && POLICE_STATION.matcher(body.substring(a.end())).lookingAt()
                && UNDER.matcher(body.substring(Math.max(0, a.start() - 40), a.start())).find();
    }

}
