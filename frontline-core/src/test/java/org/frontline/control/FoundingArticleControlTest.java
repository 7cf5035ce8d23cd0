package org.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.Analysis;
import org.frontline.Frontline;
import org.frontline.article.ArticleReaders;
import org.frontline.article.InputFormat;
import org.frontline.fusion.OffensiveReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The founding report alone: the road from Khanacer to Tal-Damane retaken, the fronts from 10 km to 2 km. */
class FoundingArticleControlTest {
    private static Analysis.Picture picture;

    @BeforeAll
    static void analyse() {
        byte[] bytes = OffensiveReports.read("/org/frontline/corpus/2018-01-aleppo-khanasir.txt");
        var article = new ArticleReaders().read("2018-01-aleppo-khanasir.txt", bytes, InputFormat.AUTO)
                .articles().get(0);
        picture = Frontline.analysis(Frontline.Config.defaults())
                .of(List.of(Frontline.pipeline(Frontline.Config.defaults()).extract(article)));
    }

    @Test
    void givesKhanasirAndTallAdDamanToTheSyrianArmyFromJanuary2018() {
        for (String place : List.of("Khanasir", "Tall ad-Daman")) {
            PlaceTimeline t = picture.control().find(place).orElseThrow(() -> new AssertionError(place));
            assertThat(t.at(LocalDate.parse("2017-12-31"))).as(place).isEmpty();
            for (String day : List.of("2018-01-01", "2018-01-31", "2018-06-01")) {
                ControlClaim c = t.at(LocalDate.parse(day)).orElseThrow();
                assertThat(c.controller()).as(place + " on " + day).isEqualTo("Military Forces of Syria (2000-)");
                assertThat(c.date()).isEqualTo("2018-01");
                assertThat(c.sources()).extracting(s -> s.name()).contains("Hezbollah War Media");
            }
        }
        assertThat(picture.control().find("Khanacer").orElseThrow().place().id()).isEqualTo("geonames:168351");
    }

    @Test
    void theStoredClaimsOfSeveralPlacesRegroupIntoTheSameTimelines() {
        List<ControlClaim> stored = picture.control().timelines().stream().flatMap(t -> t.claims().stream())
                .toList();
        assertThat(picture.control().timelines()).hasSizeGreaterThan(1);
        assertThat(TerritoryControl.timelines(stored)).isEqualTo(picture.control());
        assertThat(TerritoryControl.timelines(List.of()).timelines()).isEmpty();
    }

    @Test
    void keepsTheReportedGapBetweenTheFrontsFromTenToTwoKilometres() {
        assertThat(picture.gaps()).filteredOn(g -> g.method().equals("reported")).singleElement().satisfies(g -> {
            assertThat(g.kmBefore()).isEqualTo(10.0);
            assertThat(g.km()).isEqualTo(2.0);
            assertThat(g.date()).isEqualTo("2018-01");
            assertThat(List.of(g.sideA(), g.sideB())).containsExactly("government", "opposition");
        });
    }

    @Test
    void theTwoOperationsOfTheOppositionStayTwoEvents() {
        assertThat(picture.fused()).filteredOn(f -> f.subEventType().equals("Armed clash")).hasSize(2);
    }
}
