package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.frontline.claims.Attribution;
import org.junit.jupiter.api.Test;

/** An event's ACLED-style notes, written from its fields (the merger writes them before it builds the event). */
class NotesTest {
    private static final Location KHANASIR = new Location("sy-1", "Khanasir", 35.8, 37.5, "SY", "Aleppo", null, null,
            1);

    private static Event event(List<String> assoc1, String actor2, Location location, List<Attribution> attribution,
                               int fatalities) {
        return new Event("Battles", "Government regains territory", "2018-01", 3, "Military Forces of Syria", assoc1,
                1, actor2, List.of(), 2, 12, location, fatalities, Map.of(), attribution, List.of(), List.of(), 0.8,
                "");
    }

    private static Notes.Summary summary(Event e) {
        return new Notes.Summary(e.eventDate(), e.timePrecision(), e.actor1(), e.assocActor1(), e.subEventType(),
                e.actor2(), e.location(), e.attribution(), e.fatalities());
    }

    @Test
    void writesTheSummaryOfAnEventsFields() {
        Event e = event(List.of("Hezbollah"), "IS", KHANASIR,
                List.of(new Attribution("SANA", "state", List.of("army"))), 12);
        assertThat(Notes.of(summary(e))).isEqualTo("On 2018-01 (month), Military Forces of Syria (with Hezbollah)"
                + " regained territory from IS in Khanasir (Aleppo). According to SANA citing army. 12 fatalities.");
    }

    @Test
    void namesEachTellerOnceInTheOrderTheyFirstCome() {
        Event e = event(List.of(), null, null, List.of(new Attribution("SOHR", "ngo", List.of()),
                new Attribution("AFP", "media", List.of("SANA", "army")), new Attribution("SOHR", "media", List.of()),
                new Attribution("AFP", "state", List.of("SANA", "army")), new Attribution("AFP", "media", List.of())), 1);
        assertThat(Notes.of(summary(e))).isEqualTo("On 2018-01 (month), Military Forces of Syria regained territory."
                + " According to SOHR; AFP citing SANA, army; AFP. 1 fatalities.");
    }

    @Test
    void leavesOutWhatTheEventLacks() {
        assertThat(Notes.of(summary(event(List.of(), null, null, List.of(), 0))))
                .isEqualTo("On 2018-01 (month), Military Forces of Syria regained territory. No fatalities reported.");
    }
}
