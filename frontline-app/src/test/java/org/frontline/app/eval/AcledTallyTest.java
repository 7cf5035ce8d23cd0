package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.app.Fixtures.at;
import static org.frontline.app.Fixtures.event;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AcledTallyTest {
    private static AcledRow row(String region, String country, String actor1, String actor2) {
        return new AcledRow(2, "1", "2020-05-09", "Battles", "Armed clash", actor1, actor2, region, country,
                "Aleppo", 35.0, 37.0, 3, "On 9 May 2020, clashes.");
    }

    private static AcledRow syria() {
        return row("Middle East", "Syria", "Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham");
    }

    @Test
    void countsLocationWithin10And161KmOfAcledsPoint() {
        AcledTally tally = new AcledTally();
        tally.add(syria(), event("Armed clash", null, null, at(35.05, 37.0, "Aleppo"), 0)); // ~5.6 km
        tally.add(syria(), event("Armed clash", null, null, at(36.0, 37.0, "Aleppo"), 0)); // ~111 km
        tally.add(syria(), event("Armed clash", null, null, at(37.0, 37.0, "Aleppo"), 0)); // ~222 km
        tally.add(syria(), event("Armed clash", null, null, null, 0)); // no location
        Map<String, Number> s = tally.scores();
        assertThat(s.get("location_acc10")).isEqualTo(0.25);
        assertThat(s.get("location_acc161")).isEqualTo(0.5);
        assertThat(s.get("n")).isEqualTo(4);
    }

    @Test
    void putsTheThresholdsAtJust10And161Km() {
        AcledTally tally = new AcledTally();
        tally.add(syria(), event("Armed clash", null, null, at(35.0 + 9.9 / 111.195, 37.0, "Aleppo"), 0));
        tally.add(syria(), event("Armed clash", null, null, at(35.0 + 10.1 / 111.195, 37.0, "Aleppo"), 0));
        tally.add(syria(), event("Armed clash", null, null, at(35.0 + 160.9 / 111.195, 37.0, "Aleppo"), 0));
        tally.add(syria(), event("Armed clash", null, null, at(35.0 + 161.1 / 111.195, 37.0, "Aleppo"), 0));
        Map<String, Number> s = tally.scores();
        assertThat(s.get("location_acc10")).isEqualTo(0.25);
        assertThat(s.get("location_acc161")).isEqualTo(0.75);
    }

    @Test
    void scoresARowWithNoEventAsWrongEverywhere() {
        AcledTally tally = new AcledTally();
        tally.add(syria(), null);
        Map<String, Number> s = tally.scores();
        assertThat(s).containsEntry("location_acc161", 0.0).containsEntry("admin1_acc", 0.0)
                .containsEntry("event_type_acc", 0.0).containsEntry("sub_event_type_acc", 0.0)
                .containsEntry("fatalities_acc", 0.0).containsEntry("actor_f1", 0.0).containsEntry("n", 1);
    }

    @Test
    void comparesAdmin1IgnoringCaseAndFatalitiesExactly() {
        AcledTally tally = new AcledTally();
        tally.add(syria(), event("Armed clash", null, null, at(35, 37, "ALEPPO"), 3));
        tally.add(syria(), event("Air/drone strike", null, null, at(35, 37, "Idleb"), 4));
        Map<String, Number> s = tally.scores();
        assertThat(s.get("admin1_acc")).isEqualTo(0.5);
        assertThat(s.get("fatalities_acc")).isEqualTo(0.5);
        assertThat(s.get("event_type_acc")).isEqualTo(0.5);
        assertThat(s.get("sub_event_type_acc")).isEqualTo(0.5);
    }

    @Test
    void microAveragesActorF1AfterStrippingAcledYears() {
        AcledTally tally = new AcledTally();
        AcledRow yemen = row("Middle East", "Yemen", "Military Forces of Yemen (2016-) Supreme Political Council",
                "Military Forces of Yemen (2012-)");
        // TP "military forces of yemen supreme political council", FP "houthis", FN "military forces of yemen"
        tally.add(yemen, event("Armed clash", "Military Forces of Yemen Supreme Political Council", "Houthis",
                at(15, 44, "Sanaa"), 0));
        // no event: both gold actors are misses
        tally.add(row("Middle East", "Israel", "Protesters (Israel)", ""), null);
        // 2·1 / (2·1 + 1 FP + 2 FN)
        assertThat(tally.actorF1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void breaksLocationDownForMiddleEastAndSyriaRows() {
        AcledTally tally = new AcledTally();
        tally.add(syria(), event("Armed clash", null, null, at(35, 37, "Aleppo"), 0));
        tally.add(row("Middle East", "Yemen", "A", "B"), null);
        tally.add(row("Central America", "Mexico", "A", "B"), event("Armed clash", null, null, at(35, 37, "X"), 0));
        Map<String, Number> s = tally.scores();
        assertThat(s.get("location_acc161")).isEqualTo(2.0 / 3);
        assertThat(s.get("location_acc161_middle_east")).isEqualTo(0.5);
        assertThat(s.get("n_middle_east")).isEqualTo(2);
        assertThat(s.get("location_acc10_syria")).isEqualTo(1.0);
        assertThat(s.get("n_syria")).isEqualTo(1);
    }
}
