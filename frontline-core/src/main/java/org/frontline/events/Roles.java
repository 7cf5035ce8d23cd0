package org.frontline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;

/**
 * Who did what to whom around one trigger: the subject before the trigger is actor1 ("L'armée syrienne a
 * libéré"), unless the verb is passive with an agent ("captured by X"); the first actor of another side after it
 * is actor2. A taker of territory on the government side makes "Government regains territory", any other
 * "Non-state actor overtakes territory"; a retreat hands the place to the other side.
 */
final class Roles {
    private static final Pattern STRUCK = Pattern.compile(
            "\\b(?:killed|killing|struck|striking|hit|hitting|targeted|targeting|wounded|wounding|injured|injuring|"
                    + "tu[ée]|tuant|vis[ée]|visant|frapp[ée]|frappant|touch[ée]|touchant|bless[ée]|blessant)\\b"
                    + "(?![^,;]*\\b(?:by|par)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern BY_AGENT = Pattern.compile("\\b(?:by|par)\\s+(?:the\\s+|l[ae]s?\\s+|l')?$",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> PROTESTS = List.of("Peaceful protest", "Protest with intervention",
            "Excessive force against protesters");
    private static final Pattern PROTESTED = Pattern.compile(
            "\\b(?:contre|against|anti|dénon[cç]\\p{L}*|denounc\\p{L}*|condemn\\p{L}*|condamn\\p{L}*|"
                    + "protesting|to protest|pour protester|rejecting|rejetant)\\s+(?:[\\p{L}'’-]+\\s+){0,8}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The coded roles: sub-event type and both actors; {@code inferred} when a role came from the document. */
    record Assigned(String subEventType, ActorRef actor1, ActorRef actor2, boolean inferred) {
    }

    /**
     * A trigger that ends on an action noun ("repelled an attack", "a déjoué une offensive"): the "by X" after it
     * names that action's author, not the agent of a passive verb, so the sentence's subject stays the subject.
     */
    private static final AnchoredPattern ACTION_NOUN = AnchoredPattern.compile(
            "(?:attacks?|offensives?|assaults?|incursions?|infiltrations?|advances?|attaques?|assauts?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An actor named only as the holder of an area ("regime-held areas", "rebel-controlled villages") describes the
     * place, not a party to the event.
     */
    static final Pattern HOLDER_AFTER = Pattern.compile("[-\u2010\u2011 ](?:held|controlled|run)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final AnchoredPattern HOLDER_BEFORE = AnchoredPattern.compile(
            "(?:tenue?s?|contr[ôo]l[ée]e?s?|aux mains|held|controlled|run) (?:par|by|d[eu']?) ?"
                    + "(?:le |la |les |l'|l’|the )?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean holderOfArea(String body, String folded, int sentenceStart, int sentenceEnd,
                                        ActorMention m) {
        return holderAfter(body, m.end(), sentenceEnd)
                || TriggerPreamble.precededBy(HOLDER_BEFORE, body, folded, sentenceStart, m.start(), 30);
    }

    /**
     * Whether {@link #HOLDER_AFTER} matches at {@code at} in the region up to {@code end}. Its match opens with a
     * hyphen or a space and then the h, c or r of "held", "controlled" or "run" (ASCII case only, the pattern having
     * no UNICODE_CASE): two chars read in place tell most actors apart, each of which had a matcher made for it.
     */
    static boolean holderAfter(String body, int at, int end) {
        if (at + 1 < end && end <= body.length()
                && ("- \u2010\u2011".indexOf(body.charAt(at)) < 0 || "hHcCrR".indexOf(body.charAt(at + 1)) < 0)) {
            return false;
        }
        return HOLDER_AFTER.matcher(body).region(at, end).lookingAt();
    }

    private Roles() {
    }

    /**
     * @param body        the document's body; nothing after {@code sentenceEnd} is read (no copy of the body up to the
     *                    sentence's end is made for each trigger: a long report's copies grew with its square)
     * @param folded      the fold of the document's body
     * @param sentenceEnd where the trigger's sentence ends: every cue after an actor or the trigger stops there
     */
    static Assigned assign(Trigger t, List<ActorMention> inSentence, String body, String folded, int sentenceStart,
                           int sentenceEnd, DocumentActors doc) {
        List<ActorRef> before = new ArrayList<>();
        List<ActorRef> after = new ArrayList<>();
        for (ActorMention m : inSentence) {
            if (TriggerPreamble.allied(body, folded, sentenceStart, m.start())
                    || holderOfArea(body, folded, sentenceStart, sentenceEnd, m)) {
                continue;
            }
            if (PROTESTS.contains(t.kind()) && m.start() >= t.end()
                    && PROTESTED.matcher(body.substring(t.end(), m.start())).find()) {
                continue; // "manifesté contre la présence militaire française": what is protested takes no part
            }
            List<ActorRef> list = m.end() <= t.start() ? before : after;
            if (list.stream().noneMatch(a -> a.name().equals(m.actor().name()))) {
                list.add(m.actor());
            }
        }
        boolean passiveAgent = startsWithAgent(body, t.end(), sentenceEnd) && !(ACTION_NOUN.matcher(t.text()).find() && !before.isEmpty());
        ActorRef subject = passiveAgent && !after.isEmpty() ? after.remove(0) : first(before);
        ActorRef ownClause = passiveAgent ? null : clauseSubject(t, inSentence, body, sentenceStart);
        if (ownClause != null && !ownClause.name().equals(subject == null ? null : subject.name())) {
            before.remove(ownClause);
            before.add(0, ownClause);
            subject = ownClause;
        }
        if (t.kind().equals(Trigger.TERRITORY) || t.kind().equals(Trigger.TERRITORY_LOSS)) {
            return territory(t, subject, before, after, doc);
        }
        ActorRef blamed = blamed(inSentence, body, folded, sentenceStart);
        if (blamed != null && (subject == null || unidentified(subject) || subject.name().equals(blamed.name()))) {
            // "gunmen attacked Ogossagou…, in an attack blamed on Dozo hunters", "a car bomb exploded…, the ministry
            // said, blaming the YPG": the one blamed did it, and is who the unnamed gunmen were
            before.removeIf(a -> a.name().equals(blamed.name()) || unidentified(a));
            after.removeIf(a -> a.name().equals(blamed.name()) || unidentified(a));
            ActorRef a2 = otherSide(blamed, after);
            return new Assigned(t.kind(), blamed, a2 != null ? a2 : otherSide(blamed, before), false);
        }
        ActorRef victims = passiveAgent ? null : victims(t, inSentence, body, sentenceEnd);
        if (victims != null && victims.name().equals(subject == null ? null : subject.name())) {
            // "Trois policiers ont été tués dans une attaque", "two soldiers were killed": the subject suffered the
            // act; whoever did it is an actor named after the trigger, or unknown to the sentence
            // ("…were killed when Afghan forces repulsed their attack", "…were wounded by Afghan military airstrikes")
            List<ActorRef> others = new ArrayList<>(before.subList(1, before.size()));
            others.addAll(after);
            ActorRef doer = otherSide(victims, others);
            doer = doer != null ? doer : otherArmed(victims, others);
            if (doer == null && victims.inter() >= 1 && victims.inter() <= 4) {
                // "One Boko Haram fighter was killed." after the army's clash with it: the enemy the report tells of
                ActorRef enemy = doc.against(victims);
                if (enemy != null) {
                    return new Assigned(t.kind(), enemy, victims, true);
                }
            }
            return new Assigned(t.kind(), doer, victims, false);
        }
        boolean remote = EventType.typeOf(t.kind()).equals(EventType.REMOTE);
        ActorRef target = subject == null && remote ? struckAfter(t, inSentence, body) : null;
        if (target == null && subject == null && remote) {
            target = targetSite(t, inSentence, body, sentenceEnd);
        }
        if (target != null) {
            // "a roadside bomb killed three soldiers", "un obus a visé les positions de l'armée": the only actor
            // is what the weapon hit; whoever fired it is unknown to the sentence
            return new Assigned(t.kind(), null, target, false);
        }
        ActorRef a1 = subject != null && subject.inter() != 7 ? subject : firstNonCivilian(after);
        if (a1 == null) {
            a1 = subject != null ? subject : first(after);
        }
        ActorRef a2 = otherSide(a1, after);
        if (a2 == null) {
            a2 = otherSide(a1, before);
        }
        if (a2 == null && a1 != null && t.kind().equals("Armed clash")) {
            // infighting: two named groups of one camp that clash ("JaS clashed with Hamza Division") fight each
            // other; the document's enemy stands in only when the sentence names no other armed actor
            ActorRef rival = otherArmed(a1, after);
            return rival != null ? new Assigned(t.kind(), a1, rival, false)
                    : new Assigned(t.kind(), a1, doc.against(a1), true);
        }
        return new Assigned(t.kind(), a1, a2, false);
    }

    /** ", and", "; ", ", while", ", et", " tandis que": where a sentence's next clause, with its own subject, begins. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?:,\\s+(?:and|while|whereas|but|et|mais|alors que)|;|\\s+tandis que)\\s+(?:then\\s+|later\\s+|puis\\s+)?"
                    + "(?:the\\s+|les\\s+|la\\s+|le\\s+|l['’])?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The actor that opens the trigger's own clause: "Protesters defied a crackdown, and security forces shot dead two
     * people": the security forces shot, not the protesters; null when the trigger's clause begins with no actor.
     */
    private static ActorRef clauseSubject(Trigger t, List<ActorMention> inSentence, String body, int sentenceStart) {
        int previousEnd = -1;
        for (ActorMention m : inSentence) {
            if (m.end() > t.start()) {
                break;
            }
            // the lead before an actor is cut out and searched only from the second actor on: a break before the
            // first counts for nothing (the first actor's copy and matcher were made and left unused)
            if (previousEnd >= 0) {
                String lead = body.substring(Math.max(sentenceStart, m.start() - 20), m.start());
                java.util.regex.Matcher brk = CLAUSE_BREAK.matcher(lead);
                if (brk.find()) {
                    int breakAt = Math.max(sentenceStart, m.start() - 20) + brk.start();
                    // "JaS, and 9th Division", "soldiers, policemen, and militia": a list, not a new clause
                    if (breakAt > previousEnd
                            && AnchoredPattern.wordCount(body.substring(previousEnd, breakAt).trim()) >= 3) {
                        return m.actor();
                    }
                }
            }
            previousEnd = m.end();
        }
        return null;
    }

    /** Words that name who a report blames for the act: "blamed on", "blaming", "attribuée à", "imputé aux". */
    private static final AnchoredPattern BLAME = AnchoredPattern.compile(
            "(?:blamed (?:(?:the|this|that) \\p{L}+ )?on|blaming|attributed (?:(?:the|this|that) \\p{L}+ )?to|"
                    + "(?:attribu|imput)[ée]e?s? (?:(?:l['’]|les? |la |cet |cette )\\p{L}+ )?(?:à|aux)|accusant)\\s+(?:the\\s+|l[ae]s?\\s+|l['’]\\s*|des\\s+|de\\s+|d['’]\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The actor the sentence blames for the act; null when it blames none. */
    private static ActorRef blamed(List<ActorMention> inSentence, String body, String folded, int sentenceStart) {
        for (ActorMention m : inSentence) {
            if (TriggerPreamble.precededBy(BLAME, body, folded, sentenceStart, m.start(), 30)) {
                return m.actor();
            }
        }
        return null;
    }

    /** An unidentified armed group, gang or military forces: a generic actor that names nobody. */
    static boolean unidentified(ActorRef a) {
        return a.id().startsWith("generic.unidentified");
    }

    /** A passive verb of harm right after an actor: "were killed", "ont été tués", "was reportedly wounded". */
    static final Pattern SUFFERED = Pattern.compile(
            "^\\s+(?:(?:who|qui)\\s+)?(?:were|was|have been|has been|had been|ont été|a été|avaient été|avait été|"
                    + "sont|est|furent|fut)\\s+(?:(?:reportedly|allegedly|also|all|tous|toutes|également|aussi)\\s+)?"
                    + "(?:killed|shot dead|shot|wounded|injured|abducted|kidnapped|tu[ée]e?s?|bless[ée]e?s?|"
                    + "abattue?s?|enlev[ée]e?s?|assassin[ée]e?s?|kidnapp[ée]e?s?)(?!\\p{L})(?!\\s+(?:by|par)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether {@link #SUFFERED} matches at {@code at} in the region up to {@code end}. Its match opens with ASCII
     * white space and then the first letter of its relative pronoun or auxiliary, in either case ("ſ", whose upper
     * case is S, matching s under UNICODE_CASE): read in place, they rule out most actors before a matcher is made.
     */
    static boolean suffered(String body, int at, int end) {
        if (at < end && end <= body.length()) {
            int i = at;
            while (i < end && " \t\n\u000B\f\r".indexOf(body.charAt(i)) >= 0) {
                i++;
            }
            if (i == at || i == end || "wWqQhHoOaAsSeEfF\u017F".indexOf(body.charAt(i)) < 0) {
                return false;
            }
        }
        return SUFFERED.matcher(body).region(at, end).lookingAt();
    }

    /**
     * The actor that opens the sentence as the sufferer of a passive verb of harm ending at or before the trigger
     * ("Three police officers were killed in an attack"); null when the first actor before the trigger did the act.
     */
    private static ActorRef victims(Trigger t, List<ActorMention> inSentence, String body, int sentenceEnd) {
        for (ActorMention m : inSentence) {
            if (m.end() > t.start()) {
                return null;
            }
            return suffered(body, m.end(), Math.min(sentenceEnd, t.end())) ? m.actor() : null;
        }
        return null;
    }

    /** "a police compound", "an army checkpoint", "un poste de police": a site of the forces named, not its bomber. */
    private static final Pattern SITE_AFTER = Pattern.compile(
            "^\\s+(?:compound|station|headquarters|post|checkpoint|base|barracks|academy|lines|convoy|vehicle|patrol)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_BEFORE = Pattern.compile(
            "\\b(?:poste|commissariat|caserne|base|convoi|patrouille|v[ée]hicule|quartier g[ée]n[ée]ral|check-?point)s? "
                    + "(?:de la |de l['’]|du |des |de )$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "A suicide bomber blew himself up inside a mosque in a police compound": the forces whose site the weapon hit
     * are its target; whoever set it off is unknown to the sentence. Null when no actor after the trigger is named
     * as a site's.
     */
    private static ActorRef targetSite(Trigger t, List<ActorMention> inSentence, String body, int sentenceEnd) {
        for (ActorMention m : inSentence) {
            if (m.start() >= t.end() && m.actor().inter() == 1
                    && (SITE_AFTER.matcher(body).region(m.end(), sentenceEnd).lookingAt()
                    || SITE_BEFORE.matcher(body.substring(Math.max(t.end(), m.start() - 30), m.start())).find())) {
                return m.actor();
            }
        }
        return null;
    }

    /** The first actor named after the trigger as the object of a verb of hitting ("killed", "visé"). */
    private static ActorRef struckAfter(Trigger t, List<ActorMention> inSentence, String body) {
        ActorRef target = null;
        for (ActorMention m : inSentence) {
            if (m.start() < t.end() || !STRUCK.matcher(body.substring(t.end(), m.start())).find()
                    || BY_AGENT.matcher(body.substring(Math.max(t.end(), m.start() - 12), m.start())).find()) {
                return null; // an actor named before, in or by the weapon ("LNA air force", "planted by Taliban")
            }
            target = target == null ? m.actor() : target;
        }
        return target;
    }

    private static Assigned territory(Trigger t, ActorRef subject, List<ActorRef> before, List<ActorRef> after,
                                      DocumentActors doc) {
        boolean loss = t.kind().equals(Trigger.TERRITORY_LOSS);
        ActorRef taker;
        ActorRef loser;
        boolean inferred = false;
        if (loss) {
            loser = subject;
            taker = otherSide(loser, after);
        } else {
            taker = subject;
            loser = otherSide(taker, after);
            if (taker == null && loser == null && !after.isEmpty()) {
                loser = after.get(0);
            }
            if (taker == null && loser != null && DocumentActors.governmentSide(loser)) {
                taker = null;
            }
        }
        if (taker == null && loser != null) {
            taker = doc.against(loser);
            inferred = true;
        }
        if (loser == null && taker != null) {
            loser = doc.against(taker);
            inferred = true;
        }
        String type = DocumentActors.governmentSide(taker) ? "Government regains territory"
                : "Non-state actor overtakes territory";
        return new Assigned(type, taker, loser, inferred);
    }

    /**
     * The first candidate on the other side of {@code a}: government vs not, civilians/protesters vs armed, or
     * two state forces of different states or regimes (Artsakh vs Azerbaijan, Houthi vs Hadi forces).
     */
    private static ActorRef otherSide(ActorRef a, List<ActorRef> candidates) {
        for (ActorRef c : candidates) {
            if (a == null || !c.name().equals(a.name()) && (c.inter() >= 5 || a.inter() >= 5
                    || !DocumentActors.camp(c).equals(DocumentActors.camp(a)) || rivalStates(a, c))) {
                return c;
            }
        }
        return null;
    }

    private static boolean rivalStates(ActorRef a, ActorRef c) {
        if (a.inter() == 1 && c.inter() == 1) {
            return !java.util.Objects.equals(a.side(), c.side()) || !java.util.Objects.equals(a.country(), c.country());
        }
        return (a.inter() == 1 || c.inter() == 1) && !stateCamp(a).equals(stateCamp(c));
    }

    /**
     * Whose state an actor fights for: a militia on the government side ("government", "pro-government") fights
     * for the recognised government, so it is the rival of a rival authority's state forces (Yemen's National
     * Resistance against the Houthis' Supreme Political Council), whose side names that authority.
     */
    private static String stateCamp(ActorRef a) {
        String side = String.valueOf(a.side());
        return side.equals("pro-government") || side.equals("null") ? "government" : side;
    }

    /** The first armed actor of {@code candidates} other than {@code a}, whatever its camp. */
    private static ActorRef otherArmed(ActorRef a, List<ActorRef> candidates) {
        for (ActorRef c : candidates) { // a loop, not a stream: asked for every trigger's roles
            if (c.inter() != 7 && !c.name().equals(a.name())) {
                return c;
            }
        }
        return null;
    }

    private static ActorRef firstNonCivilian(List<ActorRef> list) {
        for (ActorRef a : list) {
            if (a.inter() != 7) {
                return a;
            }
        }
        return null;
    }

    private static ActorRef first(List<ActorRef> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /**
     * "by …" / "par …" opens the text from {@code from} to {@code to} after its leading blanks: in place, what
     * {@code tail.stripLeading().toLowerCase(Locale.ROOT).startsWith("by ")} tells (no character lower-cases to these
     * letters but theirs).
     */
    static boolean startsWithAgent(String body, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return startsWith(body, i, to, "by ") || startsWith(body, i, to, "par ");
    }

    private static boolean startsWith(String body, int at, int to, String word) {
        if (to - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = body.charAt(at + k);
            if (c != word.charAt(k) && Character.toLowerCase(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
