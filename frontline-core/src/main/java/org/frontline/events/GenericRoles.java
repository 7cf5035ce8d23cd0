package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorRef;
import org.frontline.actors.GenericKind;

/**
 * ACLED's generic actors where its conventions put them: a protest's actor1 is always "Protesters (X)" and a
 * riot's "Rioters (X)" (the group that demonstrated, police officers or teachers, becomes an associate); the
 * state forces that disperse or fire on a protest are its actor2 (the country's police when none is named), a
 * mob's victims are civilians unless it fought the police; violence against civilians, and remote violence that
 * hits them, has
 * "Civilians (X)" as actor2, and so has looting; an attacker nobody names is an "Unidentified Armed Group (X)", or an "Unidentified Gang (X)" in criminal violence.
 */
final class GenericRoles {
    /** Completed roles, and the associates the conventions moved out of actor1. */
    record Completed(ActorRef actor1, ActorRef actor2, List<String> assoc1) {
    }

    private static final Pattern CIVILIANS = Pattern.compile(
            "\\b(?:civilians?|civils?|residents?|villagers?|children|women|family|families|habitants?|enfants?|femmes?|"
                    + "people|persons|passers-by|worshippers|shoppers|personnes|passants|fid[èe]les|clients)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Criminal violence: ACLED names an unknown perpetrator "Unidentified Gang (X)", not an armed group. */
    private static final Pattern CRIME = Pattern.compile("\\b(?:gangs?|cartels?|criminals?|criminal (?:group|gang|"
            + "organi[sz]ation)s?|drug[- ](?:traffick\\w*|dealers?|dealing|lords?|gangs?)|narco\\w*|traffickers|"
            + "organi[sz]ed crime|sicarios?|gangsters?|bandes? criminelles?|trafiquants?|narcotrafiquants?)\\b",
            Pattern.CASE_INSENSITIVE);

    private final ActorCatalog catalog;
    private final LocalDate date;
    private final UnknownPerpetrators conventions;

    GenericRoles(ActorCatalog catalog, LocalDate date, UnknownPerpetrators conventions) {
        this.catalog = catalog;
        this.date = date;
        this.conventions = conventions;
    }

    /**
     * @param evidence the sentences the event was coded from
     * @param report   the whole report, whose context (a cartel, drug trafficking) tells criminal violence
     */
    Completed complete(String subEventType, ActorRef a1, ActorRef a2, String country, String evidence,
                       String report) {
        String type = EventType.typeOf(subEventType);
        List<String> assoc = new ArrayList<>();
        if (type.equals(EventType.PROTESTS) || type.equals(EventType.RIOTS)) {
            GenericKind crowdKind = type.equals(EventType.PROTESTS) ? GenericKind.PROTESTERS : GenericKind.RIOTERS;
            ActorRef crowd = generic(crowdKind, country);
            boolean peaceful = subEventType.equals("Peaceful protest");
            ActorRef force = peaceful ? null
                    : DocumentActors.governmentSide(a2) ? a2 : DocumentActors.governmentSide(a1) ? a1 : null;
            for (ActorRef named : new ActorRef[] {a1, a2}) {
                if (named != null && named != force && !named.name().equals(crowd.name()) && named.inter() != 7) {
                    assoc.add(named.name());
                }
            }
            ActorRef second = switch (subEventType) {
                case "Protest with intervention", "Excessive force against protesters" ->
                        force != null ? force : generic(GenericKind.POLICE, country);
                case "Mob violence" -> force != null ? force : generic(GenericKind.CIVILIANS, country);
                case "Violent demonstration" -> force;
                default -> null;
            };
            return new Completed(crowd, second, assoc);
        }
        ActorRef first = a1 != null && !unidentified(a1) ? a1 : defaultActor1(subEventType, country, report, a1 != null);
        if (first == null) {
            first = a1;
        }
        ActorRef second = a2;
        boolean hitsCivilians = CIVILIANS.matcher(evidence).find();
        boolean looting = subEventType.equals("Looting/property destruction");
        if (second == null && (type.equals(EventType.VAC) || looting || type.equals(EventType.REMOTE) && hitsCivilians)) {
            second = generic(GenericKind.CIVILIANS, country);
        }
        return new Completed(first, second, assoc);
    }

    /** "Armed men", "gunmen": an attacker the text does not name, whom the context may make a gang. */
    private static boolean unidentified(ActorRef a) {
        return a.id().startsWith("generic." + GenericKind.UNIDENTIFIED_ARMED_GROUP.key() + ":");
    }

    private ActorRef defaultActor1(String subEventType, String country, String report, boolean armedMen) {
        return switch (EventType.typeOf(subEventType)) {
            case EventType.STRATEGIC -> subEventType.equals("Arrests") ? generic(GenericKind.POLICE, country)
                    : subEventType.equals("Looting/property destruction") ? unidentified(country, report) : null;
            default -> {
                ActorRef convention = conventions.of(country, subEventType, catalog, date, armedMen);
                yield convention != null ? convention : unidentified(country, report);
            }
        };
    }

    private ActorRef unidentified(String country, String report) {
        return generic(CRIME.matcher(report).find() ? GenericKind.UNIDENTIFIED_GANG
                : GenericKind.UNIDENTIFIED_ARMED_GROUP, country);
    }

    private ActorRef generic(GenericKind kind, String country) {
        return catalog.generic(kind, country, date, country);
    }
}
