package org.frontline.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.frontline.actors.ActorCatalog;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.frontline.events.EventType;
import org.frontline.events.Location;
import org.frontline.events.Span;
import org.junit.jupiter.api.Test;

/** The fusion rules one at a time, on small reports of the Saraqib strikes. */
class FusionRulesTest {
    private static final Location SARAQIB = new Location("geonames:164816", "Saraqib", 35.86447, 36.80591, "SY",
            "Idleb", "Idleb", "Saraqab", 1);
    private static final Location NEAR_SARAQIB = new Location("geonames:164816", "Saraqib", 35.86447, 36.80591, "SY",
            "Idleb", "Idleb", "Saraqab", 2);
    private static final Location SARAQAB_DISTRICT_VILLAGE = new Location("x:1", "Afis", 35.9, 36.75, "SY",
            "Idleb", "Idleb", "Saraqab", 1);
    private static final Location JARJANAZ = new Location("geonames:169168", "Jarjanaz", 35.61823, 36.78281, "SY",
            "Idleb", "Al Ma'ra", "Ma'arrat An Nu'man", 1);
    private static final Fuser FUSER = new CompatibilityFuser(new Camps(ActorCatalog.loadBundled()));

    private static ReportedEvent report(String article, String source, String stance, String date, int precision,
                                        Location where, int fatalities) {
        Event e = new Event(EventType.REMOTE, "Air/drone strike", date, precision, "Military Forces of Syria (2000-)",
                List.of(), 1, "Civilians (Syria)", List.of(), 7, 17, where, fatalities, Map.of(),
                List.of(new Attribution(source, stance, List.of())), List.of(), List.of(new Span(0, 1)), 0.7, null);
        return new ReportedEvent(article + "#0", source, date, e, List.of(where), "");
    }

    @Test
    void aNonPartisanFigureWinsOverLowerPartisanOnes() {
        List<FusedEvent> f = FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, SARAQIB, 11),
                report("b", "AFP", "independent", "2018-01-22", 1, SARAQIB, 14),
                report("c", "SANA", "pro-government", "2018-01-22", 1, SARAQIB, 0)));
        assertThat(f).singleElement().satisfies(e -> {
            assertThat(e.fatalities()).isEqualTo(14);
            assertThat(e.corroboration()).isEqualTo(3);
        });
    }

    @Test
    void aReportGivingNoFigureDoesNotMakeTheEventBloodless() {
        List<FusedEvent> f = FUSER.fuse(List.of(report("a", "SANA", "pro-government", "2018-01-22", 1, SARAQIB, 0),
                report("b", "White Helmets", "opposition", "2018-01-22", 1, SARAQIB, 15)));
        assertThat(f).singleElement().satisfies(e -> assertThat(e.fatalities()).isEqualTo(15));
    }

    @Test
    void twoArticlesQuotingTheSameSourceCountOnce() {
        List<FusedEvent> f = FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, SARAQIB, 11),
                report("b", "SOHR", "opposition", "2018-01-22", 1, SARAQIB, 11)));
        assertThat(f).singleElement().satisfies(e -> {
            assertThat(e.corroboration()).isEqualTo(1);
            assertThat(e.reports()).hasSize(2);
        });
    }

    @Test
    void aMonthReportMeetsADayReportOfThatMonthAndTheDayDateIsKept() {
        List<FusedEvent> f = FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01", 3, SARAQIB, 0),
                report("b", "SANA", "pro-government", "2018-01-22", 1, SARAQIB, 0)));
        assertThat(f).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo("2018-01-22");
            assertThat(e.timePrecision()).isEqualTo(1);
        });
    }

    @Test
    void daysTwoApartAtDayPrecisionAreTwoEvents() {
        assertThat(FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, SARAQIB, 0),
                report("b", "SANA", "pro-government", "2018-01-24", 1, SARAQIB, 0)))).hasSize(2);
    }

    @Test
    void aReportPlacedNearATownMeetsAVillageOfItsDistrictButTwoPreciseVillagesStayApart() {
        assertThat(FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, SARAQAB_DISTRICT_VILLAGE, 0),
                report("b", "SANA", "pro-government", "2018-01-22", 1, NEAR_SARAQIB, 0)))).hasSize(1);
        assertThat(FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, SARAQAB_DISTRICT_VILLAGE, 0),
                report("b", "SANA", "pro-government", "2018-01-22", 1, SARAQIB, 0)))).hasSize(2);
        assertThat(FUSER.fuse(List.of(report("a", "SOHR", "opposition", "2018-01-22", 1, JARJANAZ, 0),
                report("b", "SANA", "pro-government", "2018-01-22", 1, NEAR_SARAQIB, 0)))).hasSize(2);
    }
}
