package org.frontline.app;

import java.util.List;
import java.util.Map;
import org.frontline.Extraction;
import org.frontline.actors.ActorMention;
import org.frontline.actors.ActorRef;
import org.frontline.article.Article;
import org.frontline.claims.Attribution;
import org.frontline.claims.Source;
import org.frontline.claims.SourceMention;
import org.frontline.events.Event;
import org.frontline.events.EventType;
import org.frontline.events.Location;
import org.frontline.events.Span;
import org.frontline.gazetteer.Place;
import org.frontline.geoparse.PlaceMention;

/** Hand-built core records for app tests: the Khanasir report of shared/gold, cut down. */
public final class Fixtures {
    public static final Place KHANASIR = new Place("geonames:168351", "Khanasir", 35.78159, 37.49919, "P", "PPL",
            "SY", "Aleppo", "As-Safira", "Khanasir", 0, List.of("Khanacer"));

    private Fixtures() {
    }

    public static Location at(double lat, double lon, String admin1) {
        return new Location("geonames:1", "Somewhere", lat, lon, "SY", admin1, null, null, 1);
    }

    public static Event event(String subEventType, String actor1, String actor2, Location location, int fatalities) {
        return new Event(EventType.typeOf(subEventType), subEventType, "2018-01", 3, actor1, List.of(), 1, actor2,
                List.of(), actor2 == null ? 0 : 2, actor2 == null ? 10 : 12, location, fatalities, Map.of(),
                List.of(), List.of(), List.of(), 0.5, null);
    }

    public static Extraction withEvents(Article article, Event... events) {
        return new Extraction(article, List.of(), List.of(), List.of(), List.of(events), List.of());
    }

    /** A full extraction with one of everything, as the pipeline would give for the Khanasir report. */
    public static Extraction khanasir(Article article) {
        PlaceMention place = new PlaceMention("Khanacer", 97, 105, 0.93, KHANASIR, null, null, 1);
        ActorMention actor = new ActorMention("front al-Nosra", 10, 24, new ActorRef("sy.hts", "Hayat Tahrir al-Sham",
                "opposition-jihadist", 2, "SY"), null);
        SourceMention source = new SourceMention("Média de guerre (MG)", 30, 50,
                new Source("Hezbollah War Media", "pro-government", null));
        Event event = new Event("Battles", "Government regains territory", "2018-01", 3, "Military Forces of Syria",
                List.of(), 1, "Hayat Tahrir al-Sham", List.of(), 2, 12, Location.of(KHANASIR, 1), 0,
                Map.of("road_length_km", 45), List.of(new Attribution("Hezbollah War Media", "pro-government", List.of())),
                List.of("libéré"), List.of(new Span(0, 40)), 0.8, "ACLED-style one-line summary");
        Event unlocated = event("Armed clash", "Military Forces of Syria", "Ahrar al-Sham", null, 3);
        return new Extraction(article, List.of(place), List.of(actor), List.of(source), List.of(event, unlocated),
                List.of());
    }
}
