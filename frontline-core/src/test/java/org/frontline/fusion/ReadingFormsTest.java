package org.frontline.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.frontline.actors.ActorCatalog;
import org.frontline.claims.Source;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Reading} and {@link Neighbourhood} against the forms they replaced, on the offensive's reports as the
 * pipeline codes them ({@link OffensiveReports}), each also at week and month precision and as a bare month: the
 * window made once per reading, the tests of a pair reordered, the cells keyed by numbers rather than strings and
 * the candidates a bit set rather than a tree of the string-keyed groups, a group fused in loops rather than a
 * stream per field.
 */
class ReadingFormsTest {
    /** Reading's regex as it ran over the whole excerpt. */
    private static final Pattern REPELLED = Pattern.compile(
            "(?iu)\\b(?:repel+ed|repulsed|foiled|thwarted|repouss[ée]e?s?|d[ée]jou[ée]e?s?|still hold"
                    + "|tiennent toujours)\\b");
    private static final Set<String> BATTLE = Set.of("Armed clash", "Government regains territory",
            "Non-state actor overtakes territory", "Non-violent transfer of territory");
    private static List<ReportedEvent> reports;
    private static Camps camps;

    @BeforeAll
    static void read() {
        camps = new Camps(ActorCatalog.loadBundled());
        List<ReportedEvent> out = new ArrayList<>();
        for (ReportedEvent r : OffensiveReports.extractions().stream()
                .flatMap(x -> ReportedEvent.of(x).stream()).toList()) {
            out.add(r);
            String day = r.event().eventDate();
            if (day != null && day.length() == 10) {
                out.add(dated(r, day, 2, "w"));
                out.add(dated(r, day, 3, "m"));
                out.add(dated(r, day.substring(0, 7), 3, "b"));
            }
        }
        reports = out;
    }

    /** The report again as article {@code tag} of the same outlet, dated {@code date} at {@code precision}. */
    private static ReportedEvent dated(ReportedEvent r, String date, int precision, String tag) {
        Event e = r.event();
        Event d = new Event(e.eventType(), e.subEventType(), date, precision, e.actor1(), e.assocActor1(), e.inter1(),
                e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.location(), e.fatalities(), e.facts(),
                e.attribution(), e.framing(), e.evidence(), e.confidence(), e.notes());
        return new ReportedEvent(tag + r.id(), r.outlet(), r.published(), d, r.settlements(), r.excerpt());
    }

    @Test
    void theTestSetHasPairsOfEveryOutcome() {
        List<Reading> readings = reports.stream().map(r -> Reading.of(r, camps)).toList();
        Set<Boolean> near = new HashSet<>();
        Set<Boolean> same = new HashSet<>();
        readings.forEach(a -> readings.forEach(b -> {
            near.add(a.samePlaceAndDays(b));
            same.add(a.sameEventAs(b));
        }));
        assertThat(near).containsExactlyInAnyOrder(true, false);
        assertThat(same).containsExactlyInAnyOrder(true, false);
        assertThat(readings).anyMatch(r -> r.holder() != null);
    }

    @Test
    void aReadingIsWhatItWasWithItsTestsInTheFormerOrder() {
        for (ReportedEvent r : reports) {
            Reading x = Reading.of(r, camps);
            Event e = r.event();
            String c1 = camps.of(e.actor1(), e.inter1(), e.assocActor1());
            String c2 = camps.of(e.actor2(), e.inter2(), e.assocActor2());
            String holder = null;
            if (Reading.TERRITORY.contains(e.subEventType())) {
                holder = c1;
            } else if ("failed".equals(e.facts().get("outcome")) && BATTLE.contains(e.subEventType())) {
                holder = c2;
            } else if (REPELLED.matcher(r.excerpt()).find() && BATTLE.contains(e.subEventType())) {
                holder = c1;
            }
            assertThat(x.holder()).as(r.id()).isEqualTo(holder);
            assertThat(x.window()).as(r.id()).isEqualTo(Window.of(e));
        }
    }

    @Test
    void pairsCompareAsReachBetweenAndTheFormerOrder() {
        List<Reading> readings = reports.stream().map(r -> Reading.of(r, camps)).toList();
        for (Reading a : readings) {
            for (Reading b : readings) {
                boolean between = Reach.between(a.report().event(), b.report().event());
                assertThat(a.samePlaceAndDays(b)).as(a.report().id() + " " + b.report().id()).isEqualTo(between);
                boolean fragment = !a.camps().equals(b.camps());
                boolean same = (!a.article().equals(b.article()) || fragment) && between
                        && (a.report().event().subEventType().equals(b.report().event().subEventType())
                            || BATTLE.contains(a.report().event().subEventType())
                               && BATTLE.contains(b.report().event().subEventType()))
                        && (a.camps().containsAll(b.camps()) || b.camps().containsAll(a.camps()))
                        && !a.opposes(b);
                assertThat(a.sameEventAs(b)).as(a.report().id() + " " + b.report().id()).isEqualTo(same);
            }
        }
    }

    @Test
    void repelledAsTheFormerRegexOverEveryExcerptAndSentence() throws java.io.IOException {
        List<String> texts = new ArrayList<>(reports.stream().map(ReportedEvent::excerpt).toList());
        for (String report : org.frontline.TestTexts.asWrittenAndUpperCased(org.frontline.TestTexts.eightReports())) {
            texts.add(report);
            texts.addAll(List.of(report.split("(?<=[.;!?])\\s+")));
        }
        texts.addAll(List.of("The army REPELLED an attack.", "Rebels repeled it", "Les forces ont REPOUSSÉES l'assaut",
                "une attaque déjouée", "DEJOUES", "They ſtill hold the town", "ils tiennent TOUJOURS la colline",
                "irrepellable", "foiledx", "a thwarted raid", "repulsed,", "still holding", "Repelleds"));
        Set<Boolean> seen = new HashSet<>();
        for (String t : texts) {
            boolean expected = REPELLED.matcher(t).find();
            assertThat(Reading.repelled(t)).as(t).isEqualTo(expected);
            seen.add(expected);
        }
        assertThat(seen).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void aGroupFusesAsWithAStreamPerField() {
        List<Reading> readings = reports.stream().map(r -> Reading.of(r, camps)).toList();
        int groups = 0;
        for (int i = 0; i < readings.size(); i++) {
            for (int j = 0; j < readings.size(); j++) {
                List<Reading> g = new ArrayList<>(List.of(readings.get(i)));
                if (j != i) {
                    g.add(readings.get(j));
                }
                int k = (i * 7 + j * 3) % readings.size();
                if (k != i && k != j && j % 2 == 0) {
                    g.add(readings.get(k));
                }
                List<String> contested = j % 5 == 0 ? List.of("x#0") : List.of();
                assertThat(CompatibilityFuser.fused(g, contested)).isEqualTo(streamFused(g, contested));
                groups++;
            }
        }
        assertThat(groups).isGreaterThan(1000);
    }

    /** CompatibilityFuser.fused as it was written, a stream per field. */
    private static FusedEvent streamFused(List<Reading> g, List<String> contestedWith) {
        List<ReportedEvent> group = g.stream().map(Reading::report).sorted(Comparator.comparing(ReportedEvent::id))
                .toList();
        Event typed = g.stream().map(r -> r.report().event()).filter(e -> Reading.TERRITORY.contains(e.subEventType()))
                .findFirst().orElse(g.get(0).report().event());
        Event placed = g.get(0).report().event();
        Event dated = g.stream().map(r -> r.report().event()).filter(e -> e.eventDate() != null)
                .min(Comparator.comparingInt(Event::timePrecision)).orElse(placed);
        Event named = g.stream().map(r -> r.report().event())
                .filter(e -> e.subEventType().equals(typed.subEventType()) && e.actor1() != null
                        && !e.actor1().startsWith("Unidentified"))
                .findFirst().orElse(typed);
        Map<String, Source> sources = new LinkedHashMap<>();
        group.forEach(r -> r.sources().forEach(s -> sources.putIfAbsent(s.name(), s)));
        String side = g.stream().map(Reading::holder).filter(Objects::nonNull).findFirst().orElse(null);
        String id = g.stream().map(r -> r.report().id()).min(Comparator.naturalOrder()).orElseThrow();
        return new FusedEvent(id, typed.eventType(), typed.subEventType(), dated.eventDate(),
                dated.timePrecision(), named.actor1(), named.actor2(), placed.location(),
                FatalityRule.reconcile(group), Math.max(1, sources.size()), List.copyOf(sources.values()), side,
                contestedWith, group);
    }

    @Test
    void candidatesAreThoseOfTheStringKeyedIndex() {
        Neighbourhood n = new Neighbourhood();
        Map<String, List<Integer>> byKey = new HashMap<>();
        int index = 0;
        for (ReportedEvent r : reports) {
            Reading x = Reading.of(r, camps);
            assertThat(n.candidates(x).stream().boxed().toList()).as(r.id())
                    .isEqualTo(List.copyOf(stringKeyed(byKey, x)));
            // every third reading joins the group before it, as fusion files a reading under the group it joins
            int group = index % 3 == 2 ? index - 1 : index;
            n.add(group, x);
            Location l = x.report().event().location();
            if (l != null) {
                byKey.computeIfAbsent(cellOf(l.lat()) + "," + cellOf(l.lon()), k -> new ArrayList<>()).add(group);
                if (l.admin2() != null && l.admin1() != null) {
                    byKey.computeIfAbsent("d:" + Reach.district(l), k -> new ArrayList<>()).add(group);
                }
            }
            index++;
        }
        assertThat(byKey).hasSizeGreaterThan(2);
    }

    private static TreeSet<Integer> stringKeyed(Map<String, List<Integer>> byKey, Reading r) {
        TreeSet<Integer> out = new TreeSet<>();
        Location l = r.report().event().location();
        if (l == null) {
            return out;
        }
        int lat = cellOf(l.lat());
        int lon = cellOf(l.lon());
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) {
                out.addAll(byKey.getOrDefault((lat + dLat) + "," + (lon + dLon), List.of()));
            }
        }
        if (l.admin2() != null && l.admin1() != null) {
            out.addAll(byKey.getOrDefault("d:" + Reach.district(l), List.of()));
        }
        return out;
    }

    private static int cellOf(double degrees) {
        return (int) Math.floor(degrees / 0.5);
    }
}
