package org.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.frontline.claims.Source;
import org.frontline.events.Location;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The day-by-day sweep of computed gaps against the definition applied naively (each day: every place's claim in
 * force, each side's convex hull projected around the pair's places, JTS distance, nearest pair by comparing every
 * place with every other), on a front of 60 villages changing hands between three sides over 200 days.
 */
class FrontGapsTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final List<String> SIDES = List.of("government", "opposition", "rebel");

    @Test
    void sweepingTheChangeDaysGivesTheGapsOfEachDayComputedFromScratch() {
        ControlMap control = front(new Random(5));
        List<FrontGap> swept = FrontGaps.computed(control, null, null, Integer.MAX_VALUE).gaps();
        List<FrontGap> naive = naive(control);
        assertThat(swept).hasSize(naive.size()).hasSizeGreaterThan(100);
        for (int i = 0; i < naive.size(); i++) {
            FrontGap s = swept.get(i);
            FrontGap n = naive.get(i);
            assertThat(List.of(s.date(), s.sideA(), s.sideB())).isEqualTo(List.of(n.date(), n.sideA(), n.sideB()));
            assertThat(s.km()).as(s.date() + " " + s.sideA() + "/" + s.sideB()).isCloseTo(n.km(), within(0.011));
            assertThat(distance(control, s.placeA(), s.placeB())).as("nearest pair on " + s.date())
                    .isCloseTo(distance(control, n.placeA(), n.placeB()), within(0.05));
        }
        assertThat(swept).anyMatch(g -> g.km() == 0).anyMatch(g -> g.km() > 5);
    }

    @Test
    void aWindowOfDaysIsTheSameSliceOfTheWholeSweepAndPagesFollowOneAnother() {
        ControlMap control = front(new Random(9));
        List<FrontGap> all = FrontGaps.computed(control, null, null, Integer.MAX_VALUE).gaps();
        LocalDate from = START.plusDays(50);
        LocalDate until = START.plusDays(120);
        List<FrontGap> paged = new ArrayList<>();
        LocalDate next = from;
        int pages = 0;
        while (next != null) {
            FrontGaps.Computed page = FrontGaps.computed(control, next, until, 7);
            assertThat(page.gaps().stream().map(FrontGap::date).distinct()).hasSizeLessThanOrEqualTo(7);
            paged.addAll(page.gaps());
            next = page.next();
            pages++;
        }
        assertThat(pages).isGreaterThan(2);
        assertThat(paged).isEqualTo(all.stream().filter(g -> g.date().compareTo(from.toString()) >= 0
                && g.date().compareTo(until.toString()) <= 0).toList());
    }

    /** 60 villages on a 40 x 30 km front, claimed by one of three sides at random days. */
    private static ControlMap front(Random random) {
        List<ControlClaim> claims = new ArrayList<>();
        for (int v = 0; v < 60; v++) {
            Location village = new Location("test:" + v, "Village " + v, 35.8 + random.nextDouble() * 0.27,
                    37.2 + random.nextDouble() * 0.44, "SY", "Aleppo", null, null, 1);
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                LocalDate day = START.plusDays(random.nextInt(200));
                String side = SIDES.get(random.nextInt(SIDES.size()));
                claims.add(new ControlClaim(village, "Forces of " + side, side, day.toString(), 1, day,
                        0.5 + random.nextInt(50) / 100.0, false, List.of(new Source("SOHR", "independent", null)),
                        "fused:" + v + ":" + c));
            }
        }
        return TerritoryControl.timelines(claims);
    }

    /** The definition, applied to each change day on its own. */
    private static List<FrontGap> naive(ControlMap control) {
        List<FrontGap> out = new ArrayList<>();
        for (LocalDate day : control.changeDays()) {
            Map<String, List<ControlClaim>> bySide = new TreeMap<>();
            control.at(day).forEach(c -> bySide.computeIfAbsent(c.camp(), k -> new ArrayList<>()).add(c));
            List<String> sides = List.copyOf(bySide.keySet());
            for (int i = 0; i < sides.size(); i++) {
                for (int j = i + 1; j < sides.size(); j++) {
                    out.add(naive(day, sides.get(i), bySide.get(sides.get(i)), sides.get(j), bySide.get(sides.get(j))));
                }
            }
        }
        return out;
    }

    private static FrontGap naive(LocalDate day, String sideA, List<ControlClaim> a, String sideB,
                                  List<ControlClaim> b) {
        List<ControlClaim> all = new ArrayList<>(a);
        all.addAll(b);
        double lat0 = all.stream().mapToDouble(c -> c.place().lat()).average().orElseThrow();
        double lon0 = all.stream().mapToDouble(c -> c.place().lon()).average().orElseThrow();
        double km = points(a, lat0, lon0).convexHull().distance(points(b, lat0, lon0).convexHull());
        ControlClaim bestA = null;
        ControlClaim bestB = null;
        double best = Double.MAX_VALUE;
        for (ControlClaim x : a) {
            for (ControlClaim y : b) {
                double d = km(x.place(), y.place());
                if (d < best) {
                    best = d;
                    bestA = x;
                    bestB = y;
                }
            }
        }
        return new FrontGap(day.toString(), sideA, sideB, Math.round(km * 100) / 100.0, null, "computed",
                bestA.place().name(), bestB.place().name(), List.of());
    }

    private static Geometry points(List<ControlClaim> claims, double lat0, double lon0) {
        return GEOMETRY.createMultiPointFromCoords(claims.stream()
                .map(c -> FrontGaps.project(c.place().lat(), c.place().lon(), lat0, lon0)).toArray(Coordinate[]::new));
    }

    private static double distance(ControlMap control, String placeA, String placeB) {
        return km(control.find(placeA).orElseThrow().place(), control.find(placeB).orElseThrow().place());
    }

    private static double km(Location a, Location b) {
        double lat0 = (a.lat() + b.lat()) / 2;
        return FrontGaps.project(a.lat(), a.lon(), lat0, 0).distance(FrontGaps.project(b.lat(), b.lon(), lat0, 0));
    }
}
