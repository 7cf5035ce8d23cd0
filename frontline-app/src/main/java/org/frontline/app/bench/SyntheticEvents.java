package org.frontline.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.frontline.events.EventType;
import org.frontline.events.Location;
import org.frontline.events.Span;
import org.frontline.gazetteer.Place;

/**
 * Realistic stand-ins for a large store: articles of 1-4 events at real gazetteer places, on days spread over
 * 2012-2024 (a tenth dated only to the month, as reports often are), with ACLED's types, actors and sources.
 * Seeded, so two runs load the same events.
 */
final class SyntheticEvents {
    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    static final int DAYS = 13 * 365;
    private static final List<String> ACTORS = List.of("Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham",
            "Islamic State (Syria)", "Military Forces of Russia (2000-)", "Syrian Democratic Forces",
            "Military Forces of Turkey (2016-)", "Civilians (Syria)", "Protesters (Syria)",
            "Unidentified Armed Group (Syria)", "Hezbollah");
    private static final List<String> SOURCES = List.of("SANA", "SOHR", "Hezbollah War Media", "AFP", "Sputnik",
            "Enab Baladi", "Step News Agency");
    private static final List<String> SUB_TYPES = EventType.SUB_TYPES.values().stream().flatMap(List::stream).toList();

    private final List<Place> places;
    private final Random random;
    private long serial;

    SyntheticEvents(List<Place> places, long seed) {
        this.places = places;
        this.random = new Random(seed);
    }

    /** The next article; {@code serial} makes each body, hence each id, unique. */
    Extraction next() {
        int n = 1 + random.nextInt(4);
        List<Event> events = new ArrayList<>(n);
        StringBuilder body = new StringBuilder("Synthetic report ").append(serial++).append('.');
        for (int i = 0; i < n; i++) {
            Event e = event();
            events.add(e);
            body.append(' ').append(e.notes());
        }
        Article article = new Article(null, "synthetic-" + serial, SOURCES.get(random.nextInt(SOURCES.size())),
                null, "en", null, body.toString());
        return new Extraction(article, List.of(), List.of(), List.of(), events, List.of());
    }

    private Event event() {
        Place p = places.get(random.nextInt(places.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        boolean monthOnly = random.nextInt(10) == 0;
        String date = monthOnly ? day.toString().substring(0, 7) : day.toString();
        String sub = SUB_TYPES.get(random.nextInt(SUB_TYPES.size()));
        String actor1 = ACTORS.get(random.nextInt(ACTORS.size()));
        String actor2 = random.nextBoolean() ? null : ACTORS.get(random.nextInt(ACTORS.size()));
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        String notes = "On " + date + ", " + sub.toLowerCase() + " involving " + actor1 + " in " + p.name() + ".";
        return new Event(EventType.typeOf(sub), sub, date, monthOnly ? 3 : 1, actor1, List.of(), 1, actor2, List.of(),
                actor2 == null ? 0 : 2, actor2 == null ? 10 : 12, Location.of(p, 1 + random.nextInt(2)),
                random.nextInt(5), Map.of(), List.of(new Attribution(source, null, List.of())), List.of(),
                List.of(new Span(0, notes.length())), 0.7, notes);
    }
}
