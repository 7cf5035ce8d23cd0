package org.frontline.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.claims.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fusion of the offensive test set ({@link OffensiveReports}) against its true clusters. */
class FusionOffensiveTest {
    private static List<ReportedEvent> reports;
    private static List<FusedEvent> fused;

    @BeforeAll
    static void fuse() {
        reports = OffensiveReports.extractions().stream().flatMap(x -> ReportedEvent.of(x).stream()).toList();
        fused = OffensiveReports.analysis().fuser().fuse(reports);
    }

    /**
     * The truth, written from the articles: one airbase capture (told by SANA, AFP citing SOHR, Step News), the
     * Tall Sultan capture SANA claims and the attack Orient News says was repelled (two events, contesting each
     * other), one air strike on Saraqib (SOHR, White Helmets via Enab Baladi), one HTS capture of Jarjanaz. Any
     * other extracted event is one of the coder's mistakes and must stay on its own rather than pollute these.
     */
    private static String truth(ReportedEvent r) {
        String place = r.event().location() == null ? "" : r.event().location().name();
        String sub = r.event().subEventType();
        boolean battle = r.event().eventType().equals("Battles");
        if (place.equals("Abu az Zuhur") && battle) {
            return "airbase";
        }
        if (place.equals("Tall Sultan") && battle) {
            return sub.equals("Government regains territory") ? "tall-sultan-taken" : "tall-sultan-repelled";
        }
        if (place.equals("Saraqib") && sub.equals("Air/drone strike")) {
            return "saraqib-strike";
        }
        if (place.equals("Jarjanaz") && battle) {
            return "jarjanaz";
        }
        return r.id();
    }

    @Test
    void findsExactlyTheTrueClusters() {
        Set<Set<String>> expected = new HashSet<>(reports.stream()
                .collect(Collectors.groupingBy(FusionOffensiveTest::truth,
                        Collectors.mapping(ReportedEvent::id, Collectors.toSet()))).values());
        Set<Set<String>> found = fused.stream()
                .map(f -> f.reports().stream().map(ReportedEvent::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(found).isEqualTo(expected);
        Set<String> labels = reports.stream().map(FusionOffensiveTest::truth).collect(Collectors.toSet());
        assertThat(labels).as("every true event was extracted").contains("airbase", "tall-sultan-taken",
                "tall-sultan-repelled", "saraqib-strike", "jarjanaz");
    }

    @Test
    void airbaseCaptureIsCorroboratedByThreeSourcesOfThreeStances() {
        FusedEvent airbase = labelled("airbase");
        assertThat(airbase.subEventType()).isEqualTo("Government regains territory");
        assertThat(airbase.actor1()).isEqualTo("Military Forces of Syria (2000-)");
        assertThat(airbase.eventDate()).isEqualTo("2018-01-20");
        assertThat(airbase.location().name()).isEqualTo("Abu az Zuhur");
        assertThat(airbase.sources()).extracting(Source::name)
                .containsExactlyInAnyOrder("SANA", "SOHR", "Step News Agency");
        assertThat(airbase.corroboration()).isEqualTo(3);
        assertThat(airbase.reports().stream().map(ReportedEvent::outlet).distinct())
                .containsExactlyInAnyOrder("SANA", "AFP", "Step News Agency");
        assertThat(airbase.side()).isEqualTo(Camps.GOVERNMENT);
        assertThat(airbase.contested()).isFalse();
        assertThat(airbase.fatalities()).as("SOHR's 25 dead, the only figure given").isEqualTo(25);
    }

    @Test
    void tallSultanCaptureAndRepelledAttackStayAContestedPair() {
        FusedEvent taken = labelled("tall-sultan-taken");
        FusedEvent repelled = labelled("tall-sultan-repelled");
        assertThat(taken.contestedWith()).containsExactly(repelled.id());
        assertThat(repelled.contestedWith()).containsExactly(taken.id());
        assertThat(taken.side()).isEqualTo(Camps.GOVERNMENT);
        assertThat(repelled.side()).isEqualTo("opposition");
        assertThat(taken.sources()).extracting(Source::stance).containsOnly("pro-government");
        assertThat(repelled.sources()).extracting(Source::stance).containsOnly("opposition");
    }

    @Test
    void saraqibStrikeTakesTheLowestFigureWhenNoSourceIsNonPartisan() {
        FusedEvent strike = labelled("saraqib-strike");
        assertThat(strike.reports()).extracting(r -> r.event().fatalities()).containsExactlyInAnyOrder(11, 15);
        assertThat(strike.fatalities()).isEqualTo(11);
        assertThat(strike.corroboration()).isEqualTo(2);
        assertThat(strike.contested()).isFalse();
    }

    @Test
    void onlyTheTallSultanPairIsContested() {
        assertThat(fused.stream().filter(FusedEvent::contested).map(FusionOffensiveTest::label))
                .containsExactlyInAnyOrder("tall-sultan-taken", "tall-sultan-repelled");
    }

    @Test
    void fusionDoesNotDependOnReportOrder() {
        List<ReportedEvent> reversed = new java.util.ArrayList<>(reports);
        java.util.Collections.reverse(reversed);
        assertThat(OffensiveReports.analysis().fuser().fuse(reversed)).isEqualTo(fused);
    }

    private static String label(FusedEvent f) {
        Map<String, Integer> votes = new HashMap<>();
        f.reports().forEach(r -> votes.merge(truth(r), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static FusedEvent labelled(String label) {
        return fused.stream().filter(f -> label(f).equals(label)).findFirst().orElseThrow(() ->
                new AssertionError("no fused event for " + label));
    }
}
