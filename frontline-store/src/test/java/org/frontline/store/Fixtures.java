package org.frontline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.frontline.events.Location;
import org.frontline.events.Span;

/** Extractions as the pipeline makes them, over real Syrian places (GeoNames coordinates). */
final class Fixtures {
    static final Location KHANASIR = new Location("geonames:168351", "Khanasir", 35.78159, 37.49919, "SY",
            "Aleppo", "As-Safira", "Khanaser", 1);
    static final Location ALEPPO = new Location("geonames:170063", "Aleppo", 36.20124, 37.16117, "SY", "Aleppo",
            "Jebel Saman", "Aleppo", 1);
    static final Location IDLIB = new Location("geonames:169388", "Idlib", 35.93062, 36.63393, "SY", "Idleb",
            "Idleb", "Idleb", 1);
    static final Location DAMASCUS = new Location("geonames:170654", "Damascus", 33.5102, 36.29128, "SY",
            "Damascus", "Damascus", "Damascus", 1);

    private Fixtures() {
    }

    static Event event(String subType, String date, int precision, String actor1, String actor2, Location where,
                       String source, String notes) {
        List<Attribution> attribution = source == null ? List.of()
                : List.of(new Attribution(source, "pro-government", List.of("Coordination sites")));
        return new Event(org.frontline.events.EventType.typeOf(subType), subType, date, precision, actor1,
                List.of("Hezbollah"), 1, actor2, List.of(), actor2 == null ? 0 : 2, actor2 == null ? 10 : 12, where,
                3, Map.of("road_length_km", 45), attribution, List.of("libéré"), List.of(new Span(0, 20)), 0.8,
                notes);
    }

    static Extraction extraction(String body, String published, Event... events) {
        Article article = new Article(null, "input-" + Math.abs(body.hashCode()), "Divers", published, "fr",
                "Title of " + body.substring(0, Math.min(10, body.length())), body);
        return new Extraction(article, List.of(), List.of(), List.of(), List.of(events),
                List.of("a problem kept with the article"));
    }

    /** Army retakes Khanasir in January 2018 (month precision), per Hezbollah War Media via coordination sites. */
    static Extraction khanasir() {
        return extraction("L'armée syrienne a repris Khanacer, à 45 km au sud-est d'Alep, selon le Média de guerre.",
                "2018-01",
                event("Government regains territory", "2018-01", 3, "Military Forces of Syria", "Hayat Tahrir al-Sham",
                        KHANASIR, "Hezbollah War Media", "Military Forces of Syria regained Khanasir."),
                event("Shelling/artillery/missile attack", "2018-01-20", 1, "Military Forces of Syria", null,
                        ALEPPO, "SANA", "Shelling on the outskirts of Aleppo."));
    }

    static Extraction idlib() {
        return extraction("Des manifestants ont défilé à Idleb contre les bombardements, rapporte l'OSDH.",
                "2020-05-09",
                event("Peaceful protest", "2020-05-09", 1, "Protesters (Syria)", null, IDLIB, "SOHR",
                        "Protesters marched in Idlib city against the bombardment."));
    }

    static Extraction unlocated() {
        return extraction("Un accord a été signé, sans précision de lieu ni de date.", null,
                event("Agreement", null, 3, "Military Forces of Syria", "Military Forces of Turkey", null, null,
                        "An agreement was signed."));
    }

    /** The same capture of Khanasir told by the monitor (another source, another article): one event, two sources. */
    static Extraction khanasirPerSohr() {
        return extraction("Government forces captured Khanasir in January, the Observatory said.", "2018-01",
                event("Government regains territory", "2018-01", 3, "Military Forces of Syria", "Hayat Tahrir al-Sham",
                        KHANASIR, "SOHR", "Military Forces of Syria captured Khanasir."));
    }

    /** The other side's account: the attack on Khanasir was repelled, so it contests the capture. */
    static Extraction khanasirRepelled() {
        return extraction("HTS repelled attack on Khanasir by regime forces, rebel media said.", "2018-01",
                event("Armed clash", "2018-01", 3, "HTS: Hayat Tahrir al Sham", "Military Forces of Syria", KHANASIR,
                        "Ebaa", "Hayat Tahrir al-Sham repelled an attack on Khanasir."));
    }

    /**
     * A front over many days: {@code villages} villages on a grid south of Aleppo change hands between the army
     * and HTS, a few of them on each of {@code days} days from 2018-01-01 (one dated report each, never two about
     * the same village on the same day, so that none are fused or contested).
     */
    static List<Extraction> front(int villages, int days, long seed) {
        Random random = new Random(seed);
        List<Extraction> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            String day = java.time.LocalDate.of(2018, 1, 1).plusDays(d).toString();
            for (int v : random.ints(0, villages).distinct().limit(1 + random.nextInt(3)).toArray()) {
                Location village = new Location("test:" + v, "Village " + v, 35.7 + (v / 8) * 0.05,
                        37.0 + (v % 8) * 0.05, "SY", "Aleppo", "As-Safira", null, 1);
                boolean army = random.nextBoolean();
                out.add(extraction("Report " + d + "/" + v + ": village " + v + " changed hands.", day,
                        event(army ? "Government regains territory" : "Non-state actor overtakes territory", day, 1,
                                army ? "Military Forces of Syria" : "HTS: Hayat Tahrir al Sham",
                                army ? "HTS: Hayat Tahrir al Sham" : "Military Forces of Syria", village, "SOHR",
                                "Village " + v + " changed hands.")));
            }
        }
        return out;
    }
}
