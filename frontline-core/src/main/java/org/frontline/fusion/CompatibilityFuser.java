package org.frontline.fusion;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.claims.Source;
import org.frontline.events.Event;

/**
 * Fuses by complete linkage: a report joins the first group all of whose reports it is compatible with
 * ({@link Reading#sameEventAs}: within 10 km or the same district, overlapping days at each report's precision,
 * the same sub-event type or two battle types, the same camps order-insensitively, and no disagreement about who
 * holds the ground). Complete rather than single linkage so that a chain of near places and overlapping weeks does
 * not glue a whole offensive into one event. Reports are taken most precise first, so that each group grows around
 * its most exact account. Groups from the same place and days that say opposite things about the ground, told by
 * different sources, are marked as contesting each other.
 */
public final class CompatibilityFuser implements Fuser {
    private static final Comparator<ReportedEvent> PRECISE_FIRST = Comparator
            .comparingInt((ReportedEvent r) -> r.event().location() == null ? 4 : r.event().location().geoPrecision())
            .thenComparingInt(r -> r.event().timePrecision())
            .thenComparing(ReportedEvent::id);

    private final Camps camps;

    public CompatibilityFuser(Camps camps) {
        this.camps = Objects.requireNonNull(camps);
    }

    @Override
    public List<FusedEvent> fuse(List<ReportedEvent> reports) {
        List<List<Reading>> groups = new ArrayList<>();
        Neighbourhood neighbours = new Neighbourhood();
        reports.stream().sorted(PRECISE_FIRST).map(r -> Reading.of(r, camps)).forEach(r -> {
            int index = place(r, groups, neighbours);
            neighbours.add(index, r);
        });
        List<List<String>> contests = new ArrayList<>();
        groups.forEach(g -> contests.add(new ArrayList<>()));
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).stream().allMatch(r -> r.holder() == null)) {
                // no reading of the group says who holds the ground: it opposes no reading, so it contests no group
                // (most groups), and its neighbours are not gathered
                continue;
            }
            BitSet near = new BitSet();
            groups.get(i).forEach(r -> near.or(neighbours.candidates(r)));
            for (int j = near.nextSetBit(i + 1); j >= 0; j = near.nextSetBit(j + 1)) {
                if (contest(groups.get(i), groups.get(j))) {
                    contests.get(i).add(idOf(groups.get(j)));
                    contests.get(j).add(idOf(groups.get(i)));
                }
            }
        }
        List<FusedEvent> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(fused(groups.get(i), contests.get(i)));
        }
        out.sort(Comparator.comparing((FusedEvent f) -> f.eventDate() == null ? "9999" : f.eventDate())
                .thenComparing(f -> f.location() == null ? "" : f.location().name())
                .thenComparing(FusedEvent::id));
        return out;
    }

    /** Adds the reading to the first group it is compatible with throughout, or to a new group; returns its index. */
    private static int place(Reading r, List<List<Reading>> groups, Neighbourhood neighbours) {
        BitSet candidates = neighbours.candidates(r);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            List<Reading> g = groups.get(i);
            if (sameEventAsAll(r, g)) {
                g.add(r);
                return i;
            }
        }
        groups.add(new ArrayList<>(List.of(r)));
        return groups.size() - 1;
    }

    /**
     * Whether {@code r} is the same event as every reading of {@code g}, asked in the group's order up to the first
     * that is not: a loop, where a stream per candidate group (most of which fail at their first reading) set up a
     * pipeline for one comparison.
     */
    private static boolean sameEventAsAll(Reading r, List<Reading> g) {
        for (Reading x : g) {
            if (!r.sameEventAs(x)) {
                return false;
            }
        }
        return true;
    }

    /** Opposite outcomes for the same place and days, from sources that share none. */
    private static boolean contest(List<Reading> a, List<Reading> b) {
        boolean opposite = a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.opposes(y) && x.samePlaceAndDays(y)));
        return opposite && a.stream().flatMap(x -> sourceNames(x).stream())
                .noneMatch(n -> b.stream().anyMatch(y -> sourceNames(y).contains(n)));
    }

    private static Set<String> sourceNames(Reading r) {
        Set<String> names = new TreeSet<>();
        r.report().sources().forEach(s -> names.add(s.name()));
        return names;
    }

    private static String idOf(List<Reading> g) {
        return g.stream().map(r -> r.report().id()).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The group as one event: the first territory event's type (else the first reading's), the first reading's
     * place, the date of the first most precise dated reading, the first named actors of the type, the first holder
     * named. Read in one loop over the group, where a stream per field set up five pipelines for each group (most
     * hold one reading).
     */
    static FusedEvent fused(List<Reading> g, List<String> contestedWith) {
        List<ReportedEvent> reports = new ArrayList<>(g.size());
        Event placed = g.get(0).report().event();
        Event territory = null;
        Event mostPrecise = null;
        String side = null;
        for (Reading r : g) {
            Event e = r.report().event();
            reports.add(r.report());
            if (territory == null && Reading.TERRITORY.contains(e.subEventType())) {
                territory = e;
            }
            if (e.eventDate() != null && (mostPrecise == null || e.timePrecision() < mostPrecise.timePrecision())) {
                mostPrecise = e; // strictly more precise: the first of the most precise, as Stream.min keeps
            }
            if (side == null) {
                side = r.holder();
            }
        }
        reports.sort(Comparator.comparing(ReportedEvent::id));
        Event typed = territory != null ? territory : placed;
        Event dated = mostPrecise != null ? mostPrecise : placed;
        Event named = typed;
        for (Reading r : g) {
            Event e = r.report().event();
            if (e.subEventType().equals(typed.subEventType()) && e.actor1() != null
                    && !e.actor1().startsWith("Unidentified")) {
                named = e;
                break;
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        reports.forEach(r -> r.sources().forEach(s -> sources.putIfAbsent(s.name(), s)));
        return new FusedEvent(idOf(g), typed.eventType(), typed.subEventType(), dated.eventDate(),
                dated.timePrecision(), named.actor1(), named.actor2(), placed.location(),
                FatalityRule.reconcile(reports), Math.max(1, sources.size()), List.copyOf(sources.values()), side,
                contestedWith, reports);
    }
}
