package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * ACLED's generic actors where its conventions put them: a protest's actor1 is always "Protesters (X)" and a
 * riot's "Rioters (X)" (the group that demonstrated, police officers or teachers, becomes an associate); the
 * state forces that disperse or fire on a protest are its actor2 (the country's police when none is named), a
 * mob's victims are civilians unless it fought the police; violence against civilians always, and remote violence
 * that hits them, has "Civilians (X)" as actor2, and so have looting and arrests; a clash gets its second side from
 * what the text says of it; an attacker nobody names is an "Unidentified Armed Group (X)", or an "Unidentified
 * Gang (X)" in criminal violence; the displaced are the actor of an "Other" event.
 */
final class GenericRoles {
    /** Completed roles, and the associates the conventions moved out of actor1 and actor2. */
    record Completed(ActorRef actor1, ActorRef actor2, List<String> assoc1, List<String> assoc2) {
    }

    private static final AnchoredPattern CIVILIANS = AnchoredPattern.compile(
            "\\b(?:civilians?|civils?|residents?|villagers?|children|child|women|family|families|habitants?|enfants?|"
                    + "femmes?|people|persons|passers-by|worshippers|worshipers|shoppers|personnes|passants|fid[èe]les|"
                    + "clients|citizens|young men|boys?|girls?|farmers?|shepherds?|herders?|fishermen|teachers?|students?|"
                    + "health workers|(?:a|one|two|three) (?:man|woman))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "Fired artillery at civilian houses", "residential areas": property, not people; remote violence that only
     * damages it has no civilian actor2 (dev 2020-05: 11 of 11 such rows).
     */
    private static final AnchoredPattern PROPERTY = AnchoredPattern.compile(
            "\\bcivilian (?:houses?|homes?|propert\\w+|areas?|"
            + "facilit\\w+|infrastructure|vehicles?|buildings?|neighbou?rhoods?)\\b|\\bresidential \\w+|"
            + "\\b(?:maisons|habitations|quartiers) (?:civiles|d'habitation|résidentiels)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Criminal violence: ACLED names an unknown perpetrator "Unidentified Gang (X)", not an armed group. */
    private static final AnchoredPattern CRIME = AnchoredPattern.compile(
            "\\b(?:gangs?|cartels?|criminals?|criminal (?:group|gang|"
            + "organi[sz]ation)s?|drug[- ](?:traffick\\w*|dealers?|dealing|lords?|gangs?)|narco\\w*|traffickers|"
            + "organi[sz]ed crime|sicarios?|gangsters?|bandes? criminelles?|trafiquants?|narcotrafiquants?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Armed men carried out a drive-by shooting": the hit-and-run of criminal violence, which countries'
     * conventions for unnamed killers cover even when the report calls them armed men (Mexico's gangs, Brazil's
     * gangs and police militias; dev 2020-05: 34 of 34 such rows there).
     */
    private static final AnchoredPattern DRIVE_BY = AnchoredPattern.compile(
            "\\bdrive-?by\\b", Pattern.CASE_INSENSITIVE);
    /**
     * State forces seizing or destroying drugs, contraband or a drug lab: ACLED's looting/property destruction
     * against the (unnamed) gang that owned them, not against civilians.
     */
    private static final AnchoredPattern CONTRABAND = AnchoredPattern.compile(
            "\\b(?:mari[jh]uana|cocaine|heroin|narcotics?|drugs?|"
            + "drug labs?|cannabis|smuggled|contraband|coca crops?|poppy|methamphetamine|clandestine airstrips?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Two village groups clashed", "pelted stones at each other": a brawl between crowds, rioters on both sides
     * in ACLED's coding (dev 2020-05: 17 of 17 such mobs had no civilian victims coded).
     */
    private static final AnchoredPattern BRAWL = AnchoredPattern.compile(
            "\\b(?:clash(?:ed|es)?|fought|each other|one another|"
            + "se sont affront[ée]s|affrontements?|rixes?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** People who fled, were displaced or came back: ACLED's "Other" events of which civilians are the actor. */
    private static final AnchoredPattern DISPLACED = AnchoredPattern.compile(
            "\\b(?:migrants|refugees|returnees|displaced|evacuated|"
            + "fled|d[ée]plac[ée]s|r[ée]fugi[ée]s|ont fui)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that describe state forces without naming them: the other side of a clash a group fought. */
    private static final AnchoredPattern MILITARY_HINT = AnchoredPattern.compile(
            "\\b(?:soldiers?|military|army|troops?|govt|"
            + "government (?:forces|position|base|post)s?|security forces|servicem[ae]n|checkpoints?|barracks|"
            + "soldats?|militaires?|arm[ée]e|positions? gouvernementales?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final AnchoredPattern POLICE_HINT = AnchoredPattern.compile(
            "\\b(?:police\\w*|policem[ae]n|officers?|"
            + "gendarm\\w*|policiers?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that describe an attacker the text does not name: the other side of state forces in a clash. */
    private static final AnchoredPattern UNNAMED_HINT = AnchoredPattern.compile(
            "\\b(?:armed (?:men|individuals|persons|group)|"
            + "gunm[ae]n|assailants?|attackers?|suspects?|criminals?|unidentified|unknown|hommes armés|"
            + "individus armés|inconnus|assaillants)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ActorCatalog catalog;
    private final LocalDate date;
    private final UnknownPerpetrators conventions;
    private final Nationals nationals;

    GenericRoles(ActorCatalog catalog, LocalDate date, UnknownPerpetrators conventions, Nationals nationals) {
        this.catalog = catalog;
        this.date = date;
        this.conventions = conventions;
        this.nationals = nationals;
    }

    /**
     * @param sentences the sentences the event was coded from, with their fold
     * @param report    the whole report, whose context (a cartel, drug trafficking) tells criminal violence
     * @param reportFolded the report's {@link AnchoredPattern#fold} (its {@code AnalyzedText#folded}): the report
     *                     is not folded again for each unnamed attacker
     */
    Completed complete(String subEventType, ActorRef a1, ActorRef a2, String country, Evidence sentences,
                       String report, String reportFolded) {
        // who tells of the event ("…, selon la police", "according to the army", "…, police said") is no hint of
        // who took part in it
        // its fold cut with it, for the cues below; most sentences tell no teller: nothing cut, same fold
        Evidence told = TellerClauses.cut(sentences);
        String evidence = told.text();
        String folded = told.folded();
        String type = EventType.typeOf(subEventType);
        List<String> assoc = new ArrayList<>();
        if (type.equals(EventType.PROTESTS) || type.equals(EventType.RIOTS)) {
            GenericKind crowdKind = type.equals(EventType.PROTESTS) ? GenericKind.PROTESTERS : GenericKind.RIOTERS;
            String nationality = nationals.of(evidence, folded);
            ActorRef crowd = generic(crowdKind, nationality != null ? nationality : country);
            boolean peaceful = subEventType.equals("Peaceful protest");
            ActorRef force = peaceful ? null : forces(a2) ? a2 : forces(a1) ? a1 : null;
            for (ActorRef named : new ActorRef[] {a1, a2}) {
                if (named != null && named != force && !named.name().equals(crowd.name()) && named.inter() != 7) {
                    assoc.add(named.name());
                }
            }
            ActorRef second = switch (subEventType) {
                case "Protest with intervention", "Excessive force against protesters" ->
                        force != null ? force : generic(GenericKind.POLICE, country);
                case "Mob violence" -> force != null ? force : generic(BRAWL.find(evidence, folded)
                        ? GenericKind.RIOTERS : GenericKind.CIVILIANS, country);
                case "Violent demonstration" -> force;
                default -> null;
            };
            return new Completed(crowd, second, assoc, List.of());
        }
        boolean armedMen = a1 != null && !DRIVE_BY.find(evidence, folded);
        ActorRef first = a1 != null && !unidentified(a1) ? a1
                : defaultActor1(subEventType, country, report, reportFolded, armedMen);
        if (first == null) {
            first = a1;
        }
        ActorRef second = a2;
        if (type.equals(EventType.VAC)) {
            Completed c = victims(first, second, country, subEventType.startsWith("Abduction"));
            return c.actor1() != null ? c
                    : new Completed(defaultActor1(subEventType, country, report, reportFolded, false), c.actor2(),
                            c.assoc1(), c.assoc2());
        }
        // read only for remote violence, the one type both its uses below ask about: the property's words are cut out
        // of the whole evidence first, a scan per event that the other types do not need
        boolean hitsCivilians = type.equals(EventType.REMOTE) && (PROPERTY.mayMatchFolded(folded)
                ? CIVILIANS.find(PROPERTY.pattern().matcher(evidence).replaceAll(" "))
                : CIVILIANS.find(evidence, folded));
        if (type.equals(EventType.REMOTE) && second != null && second.inter() == 7 && !hitsCivilians) {
            second = null; // "civilian houses" named the target's property, not its victims
        }
        boolean looting = subEventType.equals("Looting/property destruction");
        boolean arrest = subEventType.equals("Arrests");
        if ((second == null || second.inter() == 7) && looting && first != null && first.inter() == 1
                && CONTRABAND.find(evidence, folded)) {
            second = generic(GenericKind.UNIDENTIFIED_GANG, country);
        }
        boolean civiliansNamed = first != null && first.inter() == 7; // "three civilians were killed by shelling"
        if (second == null && (looting || arrest || type.equals(EventType.REMOTE) && hitsCivilians && !civiliansNamed)) {
            second = generic(GenericKind.CIVILIANS, country);
        }
        if (first == null && second == null && subEventType.equals("Other") && DISPLACED.find(evidence, folded)) {
            first = generic(GenericKind.CIVILIANS, country);
        }
        if (second == null && first != null && subEventType.equals("Armed clash")) {
            second = opponent(first, country, evidence, folded, report, reportFolded);
        }
        return new Completed(first, second, assoc, List.of());
    }

    /**
     * Violence against civilians has "Civilians (X)" as actor2 in every ACLED row (dev 2020-05: 343 of 343): a
     * victim the text names by group (a party's members, an off-duty policeman) becomes its associate; civilians
     * read as the subject ("villagers were attacked by…") leave actor1 to the armed actor.
     */
    private Completed victims(ActorRef first, ActorRef second, String country, boolean abduction) {
        ActorRef civilians = generic(GenericKind.CIVILIANS, country);
        ActorRef perpetrator = first;
        if (perpetrator != null && perpetrator.inter() == 7) {
            perpetrator = second != null && second.inter() != 7 ? second : null;
            second = null;
        }
        List<String> assoc2 = new ArrayList<>();
        if (second != null && second.inter() == 1 && abduction) {
            return new Completed(perpetrator, second, List.of(), List.of()); // soldiers taken: ACLED's clash
        }
        if (second != null && second.inter() != 7 && second != perpetrator) {
            assoc2.add(second.name());
        }
        return new Completed(perpetrator, civilians, List.of(), assoc2);
    }

    /**
     * A clash has two sides (ACLED never leaves actor2 empty in one): when the text names one side and only
     * describes the other ("a soldier was killed", "a Govt position", "armed men"), that other side is the
     * country's military or police facing a non-state group, or an unidentified armed group (a gang in criminal
     * violence) facing state forces. Without such words the clash may be within one group or between two the
     * catalog does not know, and nothing is guessed.
     */
    private ActorRef opponent(ActorRef known, String country, String evidence, String folded, String report,
                              String reportFolded) {
        if (known.inter() != 1 && known.inter() <= 4 && !DocumentActors.governmentSide(known)) {
            if (MILITARY_HINT.find(evidence, folded)) {
                return generic(GenericKind.MILITARY, country);
            }
            return POLICE_HINT.find(evidence, folded) ? generic(GenericKind.POLICE, country) : null;
        }
        boolean ownState = known.inter() == 1 && DocumentActors.governmentSide(known)
                && country.equals(known.country());
        if (ownState && CRIME.find(evidence, folded)) {
            return generic(GenericKind.UNIDENTIFIED_GANG, country);
        }
        return ownState && UNNAMED_HINT.find(evidence, folded) ? unidentified(country, report, reportFolded)
                : null;
    }

    /** Who can disperse a crowd: the government side's forces, not the government that a protest is against. */
    /** A state's forces: the government's, or a foreign state's acting there ("Israeli troops" in Nablus). */
    private static boolean forces(ActorRef a) {
        return a != null && (DocumentActors.governmentSide(a) && !a.name().startsWith("Government of")
                || a.inter() == 8 && DocumentActors.stateForces(a));
    }

    /** "Armed men", "gunmen": an attacker the text does not name, whom the context may make a gang. */
    private static boolean unidentified(ActorRef a) {
        return a.id().startsWith("generic." + GenericKind.UNIDENTIFIED_ARMED_GROUP.key() + ":");
    }

    private ActorRef defaultActor1(String subEventType, String country, String report, String reportFolded,
                                   boolean armedMen) {
        return switch (EventType.typeOf(subEventType)) {
            case EventType.STRATEGIC -> subEventType.equals("Arrests") ? generic(GenericKind.POLICE, country)
                    : subEventType.equals("Looting/property destruction")
                    ? unidentified(country, report, reportFolded) : null;
            default -> {
                ActorRef convention = conventions.of(country, subEventType, catalog, date, armedMen);
                yield convention != null ? convention : unidentified(country, report, reportFolded);
            }
        };
    }

    private ActorRef unidentified(String country, String report, String reportFolded) {
        return generic(CRIME.find(report, reportFolded) ? GenericKind.UNIDENTIFIED_GANG
                : GenericKind.UNIDENTIFIED_ARMED_GROUP, country);
    }

    private ActorRef generic(GenericKind kind, String country) {
        return catalog.generic(kind, country, date, country);
    }
}
