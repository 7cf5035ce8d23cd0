package org.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.Analysis;
import org.frontline.claims.Source;
import org.frontline.fusion.OffensiveReports;
import org.frontline.geoparse.Geo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Control and front gaps from the offensive test set, checked against what its articles report. */
class ControlOffensiveTest {
    private static final String ARMY = "Military Forces of Syria (2000-)";
    private static Analysis.Picture picture;

    @BeforeAll
    static void analyse() {
        picture = OffensiveReports.analysis().of(OffensiveReports.extractions());
    }

    private static PlaceTimeline timeline(String place) {
        return picture.control().find(place).orElseThrow(() -> new AssertionError("no timeline for " + place));
    }

    @Test
    void armyHoldsAbuAlDuhurFromTheDaySanaSohrAndStepReportIt() {
        PlaceTimeline abu = timeline("Abou Douhour");
        assertThat(abu.at(LocalDate.parse("2018-01-19"))).isEmpty();
        ControlClaim held = abu.at(LocalDate.parse("2018-01-20")).orElseThrow();
        assertThat(held.controller()).isEqualTo(ARMY);
        assertThat(held.camp()).isEqualTo("government");
        assertThat(held.contested()).isFalse();
        assertThat(held.sources()).extracting(Source::name)
                .containsExactlyInAnyOrder("SANA", "SOHR", "Step News Agency");
        assertThat(abu.at(LocalDate.parse("2018-02-01")).orElseThrow()).isEqualTo(held);
    }

    @Test
    void tallSultanShowsBothContestedClaimsWithLoweredConfidence() {
        List<ControlClaim> day = timeline("Tall Sultan").claimsAt(LocalDate.parse("2018-01-21"));
        assertThat(day).hasSize(2).allMatch(ControlClaim::contested);
        assertThat(day).extracting(ControlClaim::camp).containsExactlyInAnyOrder("government", "opposition");
        assertThat(day).filteredOn(c -> c.camp().equals("government")).singleElement()
                .satisfies(c -> assertThat(c.controller()).isEqualTo(ARMY));
        ControlClaim abu = timeline("Abu az Zuhur").at(LocalDate.parse("2018-01-21")).orElseThrow();
        assertThat(day).allMatch(c -> c.confidence() < abu.confidence());
    }

    @Test
    void htsHoldsJarjanazOnlyFromTheTwentyThird() {
        PlaceTimeline jarjanaz = timeline("Jarjanaz");
        assertThat(jarjanaz.at(LocalDate.parse("2018-01-22"))).isEmpty();
        assertThat(jarjanaz.at(LocalDate.parse("2018-01-23")).orElseThrow().controller())
                .isEqualTo("HTS: Hayat Tahrir al Sham");
    }

    @Test
    void airStrikesAndMineClearingHandNoPlaceOver() {
        assertThat(picture.control().find("Saraqib")).isEmpty();
        assertThat(picture.control().timelines()).extracting(t -> t.place().name())
                .containsExactlyInAnyOrder("Abu az Zuhur", "Jarjanaz", "Tall Sultan");
    }

    @Test
    void frontGapOnTheTwentyThirdIsFromJarjanazToTheNearestArmyHeldPlace() {
        FrontGap gap = picture.gaps().stream().filter(g -> g.date().equals("2018-01-23")).findFirst().orElseThrow();
        assertThat(gap.method()).isEqualTo("computed");
        assertThat(List.of(gap.sideA(), gap.sideB())).containsExactly("government", "opposition");
        assertThat(gap.placeB()).isEqualTo("Jarjanaz");
        ControlClaim near = timeline(gap.placeA()).at(LocalDate.parse("2018-01-23")).orElseThrow();
        ControlClaim jarjanaz = timeline("Jarjanaz").at(LocalDate.parse("2018-01-23")).orElseThrow();
        double nearest = Geo.km(near.place().lat(), near.place().lon(), jarjanaz.place().lat(),
                jarjanaz.place().lon());
        assertThat(gap.km()).as("hull-to-hull gap never exceeds the nearest places' distance")
                .isLessThanOrEqualTo(nearest + 0.05).isGreaterThan(10);
        assertThat(picture.gaps()).noneMatch(g -> g.date().compareTo("2018-01-23") < 0);
    }
}
