package org.frontline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.ActorMention;
import org.frontline.actors.GenericKind;
import org.frontline.geoparse.DocumentContext;
import org.frontline.geoparse.PlaceMention;

/**
 * A state named as the doer of an act of war stands for its military forces, as ACLED codes it: "Israel carried out
 * strikes on Khan Younis", "la Russie a bombardé Kharkiv", "Turkey shelled Tal Rifaat" are the Military Forces of
 * Israel, Russia, Turkey; so does its capital ("Ankara a riposté en bombardant des positions du régime"). The
 * country is the geoparser's (it knows every country's English, French and Arabic names);
 * what makes it a doer is the verb right after it, past or present, after an auxiliary or an adverb at most. A country
 * named anywhere else ("strikes in Syria", "la frontière avec le Niger", "Syria was hit by") stays a place.
 */
final class StateSubjects {
    /** The act right after the name: "Israel has carried out", "la Russie a de nouveau bombardé", "Iran fired". */
    private static final Pattern ACTS = Pattern.compile(
            "^\\s+(?:(?:has|have|had|also|again|reportedly|then|later|a|ont|avait|aurait|également|aussi|"
                    + "de nouveau|encore|ensuite|alors)\\s+){0,3}"
                    + "(?:carri(?:ed|es) out|conduct(?:ed|s)|launch(?:ed|es)|str(?:uck|ikes)|bomb(?:ed|s)|shell(?:ed|s)|"
                    + "fire[ds]|attack(?:ed|s)|pound(?:ed|s)|target(?:ed|s)|invad(?:ed|es)|retaliat(?:ed|es)|"
                    + "intercept(?:ed|s)|shot down|"
                    + "men[ée]|lanc[ée]|effectu[ée]|frapp[ée]|bombard[ée]|pilonn[ée]|tir[ée]|vis[ée]|attaqu[ée]|cibl[ée]|"
                    + "envahi|ripost[ée]|intercept[ée]|abattu|lance|frappe|bombarde|pilonne|vise|attaque|cible)"
                    + "(?!\\p{L})(?!\\s+(?:by|par)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int REACH = 60;
    private static final Pattern AND = Pattern.compile("\\s+(?:and|et)\\s+(?:the\\s+|la\\s+|le\\s+|les\\s+|l['’])?",
            Pattern.CASE_INSENSITIVE);

    private StateSubjects() {
    }

    /** The coder's input with the states named as doers moved from its places to its actors. */
    static CodingInput apply(CodingInput in, ActorCatalog catalog, LocalDate date) {
        List<PlaceMention> places = in.places();
        String body = in.text().body();
        List<PlaceMention> doers = new ArrayList<>();
        for (PlaceMention p : places) {
            if (country(p) && ACTS.matcher(body.substring(p.end(), Math.min(body.length(), p.end() + REACH))).find()
                    && in.actors().stream().noneMatch(m -> m.start() < p.end() && p.start() < m.end())) {
                doers.add(p);
            }
        }
        if (doers.isEmpty()) {
            return in;
        }
        for (int i = places.size() - 2; i >= 0; i--) {
            PlaceMention p = places.get(i);
            PlaceMention next = places.get(i + 1);
            if (!doers.contains(p) && doers.contains(next) && country(p) && p.end() <= next.start()
                    && AND.matcher(body.substring(p.end(), next.start())).matches()) {
                doers.add(p); // "Turkey and Russia conducted a joint patrol": both states act
            }
        }
        // where it happened and whose civilians suffered: the other places, not the states that acted
        List<PlaceMention> rest = places.stream().filter(p -> !doers.contains(p)).toList();
        String articleCountry = DocumentContext.mainCountry(rest);
        List<ActorMention> actors = new ArrayList<>(in.actors());
        for (PlaceMention p : doers) {
            actors.add(new ActorMention(p.text(), p.start(), p.end(),
                    catalog.generic(GenericKind.MILITARY, p.place().country(), date, articleCountry), null));
        }
        actors.sort(Comparator.comparingInt(ActorMention::start));
        return new CodingInput(in.article(), in.text(), rest, actors, in.claims());
    }

    /**
     * A country, or its capital named for its government, which the geoparser doubts as a place ("Ankara a riposté en
     * bombardant…"; not "police in Nairobi fired").
     */
    private static boolean country(PlaceMention p) {
        return p.place() != null && (p.place().isCountry() || "PPLC".equals(p.place().featureCode())
                && p.confidence() <= PlaceMention.DOUBTFUL) && p.place().country() != null;
    }
}
