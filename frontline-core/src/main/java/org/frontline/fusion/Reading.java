package org.frontline.fusion;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.AnchoredPattern;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.geoparse.Geo;

/**
 * What fusion needs to know about one report: its days, the camps it involves, and what it says about the ground
 * (who took it, or that an attack on it failed).
 *
 * @param holder   the camp the report says holds the ground afterwards: the taker of a territory event, the
 *                 defender of a repelled attack; null otherwise, or when that actor is unidentified
 * @param article  the article the report comes from
 * @param window   the days the report's event may fall on ({@link Window#of}); null when undated. Made once per
 *                 report: fusion compares each report with many, and every comparison made both windows anew
 *                 (a date parse each), 1.5% of the profile's samples with fusion run over the bench corpus
 */
record Reading(ReportedEvent report, String article, Set<String> camps, String holder, Window window) {
    static final Set<String> TERRITORY = Set.of("Government regains territory", "Non-state actor overtakes territory",
            "Non-violent transfer of territory");
    /** Sub-event types that can be one battle told differently: a clash is how a capture looks from afar. */
    private static final Set<String> BATTLE = Set.of("Armed clash", "Government regains territory",
            "Non-state actor overtakes territory", "Non-violent transfer of territory");
    /**
     * "X repelled an attack by Y": the subject, the coder's actor1, defended and kept the ground. Searched only near
     * its words' folded letters ({@link AnchoredPattern}): the regex ran over the excerpt of every battle report.
     */
    private static final AnchoredPattern REPELLED = AnchoredPattern.compile(
            "\\b(?:repel+ed|repulsed|foiled|thwarted|repouss[ée]e?s?|d[ée]jou[ée]e?s?|still hold"
                    + "|tiennent toujours)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final double SAME_PLACE_KM = 2;

    static Reading of(ReportedEvent r, Camps camps) {
        Event e = r.event();
        Set<String> involved = new HashSet<>();
        String c1 = camps.of(e.actor1(), e.inter1(), e.assocActor1());
        String c2 = camps.of(e.actor2(), e.inter2(), e.assocActor2());
        if (c1 != null) {
            involved.add(c1);
        }
        if (c2 != null) {
            involved.add(c2);
        }
        String holder = null;
        if (TERRITORY.contains(e.subEventType())) {
            holder = c1;
        } else if ("failed".equals(e.facts().get("outcome")) && BATTLE.contains(e.subEventType())) {
            holder = c2;
        } else if (BATTLE.contains(e.subEventType()) && repelled(r.excerpt())) {
            // The set test first: it is cheap and rules most events out before the excerpt is scanned.
            holder = c1;
        }
        String article = r.id().substring(0, r.id().lastIndexOf('#'));
        return new Reading(r, article, Set.copyOf(involved), holder, Window.of(e));
    }

    /** Whether the excerpt tells of an attack repelled ("repelled", "foiled", "repoussée", "still hold"). */
    static boolean repelled(String excerpt) {
        return REPELLED.find(excerpt);
    }

    /**
     * Same place, same days, same kind of event, same fighters, and no disagreement about who holds the ground.
     * Two events of one article are already two events to its coder; they are one only when one of them is a
     * fragment of the other (it names fewer of the fighters, e.g. "an unidentified armed group").
     */
    boolean sameEventAs(Reading o) {
        boolean fragment = !camps.equals(o.camps);
        // the place and days last: every test is free of side effects, and theirs costs the most (a distance)
        return (!article.equals(o.article) || fragment) && compatibleType(o) && compatibleCamps(o) && !opposes(o)
                && samePlaceAndDays(o);
    }

    /** Two readings that disagree about who holds the ground afterwards. */
    boolean opposes(Reading o) {
        return holder != null && o.holder != null && !holder.equals(o.holder);
    }

    /** {@link Reach#between} the two reports' events, with each one's window made once. */
    boolean samePlaceAndDays(Reading o) {
        return Reach.between(window, report.event().location(), o.window, o.report.event().location());
    }

    private String subType() {
        return report.event().subEventType();
    }

    private boolean compatibleType(Reading o) {
        return subType().equals(o.subType()) || BATTLE.contains(subType()) && BATTLE.contains(o.subType());
    }

    private boolean compatibleCamps(Reading o) {
        return camps.containsAll(o.camps) || o.camps.containsAll(camps);
    }

    /**
     * The same place, or two places one of the reports is vague about: within 10 km, or in the same district,
     * when one of them is only placed near a town (geo_precision 2). Two reports each precise about a different
     * village (geo_precision 1 both) speak of two villages, however close: ACLED codes each village it is told of;
     * only entries 2 km apart are taken for one place under two gazetteer ids.
     */
    static boolean near(Location a, Location b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.id() != null && a.id().equals(b.id())) {
            return true;
        }
        if (a.geoPrecision() == 3 || b.geoPrecision() == 3) {
            return false;
        }
        if (a.geoPrecision() == 1 && b.geoPrecision() == 1) {
            return Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
        }
        if (a.admin2() != null && a.admin2().equals(b.admin2()) && a.admin1() != null
                && a.admin1().equals(b.admin1())) {
            return true;
        }
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= Reach.KM;
    }
}
