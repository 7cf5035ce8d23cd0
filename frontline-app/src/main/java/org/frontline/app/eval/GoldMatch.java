package org.frontline.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.actors.ActorMention;
import org.frontline.claims.SourceMention;
import org.frontline.events.Event;
import org.frontline.events.EventType;
import org.frontline.gazetteer.Place;
import org.frontline.geoparse.Geo;
import org.frontline.geoparse.PlaceMention;
import org.frontline.text.NameKey;

/** When an extracted mention or event counts as finding a gold item (the rules of {@code eval gold}). */
final class GoldMatch {
    static final double NEAR_KM = 10;

    private GoldMatch() {
    }

    /**
     * Some mention's surface matches (same words, or one contains the other as whole words, so "Alep" matches
     * "province sud d'Alep") and its resolved place is the gold one: same "geonames:N" or "wof:N" id, within 10 km of
     * the gold point, or — for a gold place given only by country — a country-level place of that country.
     */
    static boolean placeFound(GoldFile.GoldPlace gold, List<PlaceMention> mentions) {
        return mentions.stream().anyMatch(m -> m.place() != null && surfaceMatches(m.text(), gold.surfaces())
                && samePlace(gold, m.place()));
    }

    static boolean samePlace(GoldFile.GoldPlace gold, Place place) {
        if (gold.geonamesId() != null && place.id().equals("geonames:" + gold.geonamesId())) {
            return true;
        }
        if (gold.wofId() != null && place.id().equals("wof:" + gold.wofId())) {
            return true;
        }
        if (gold.lat() != null && gold.lon() != null) {
            return Geo.km(gold.lat(), gold.lon(), place.lat(), place.lon()) <= NEAR_KM;
        }
        return gold.geonamesId() == null && gold.wofId() == null && gold.country() != null
                && gold.country().equalsIgnoreCase(place.country()) && place.isCountry();
    }

    /** Some mention's canonical actor name and the gold actor, lower-cased, contain one another. */
    static boolean actorFound(GoldFile.GoldActor gold, List<ActorMention> mentions) {
        return mentions.stream().anyMatch(m -> m.actor() != null && namesMeet(gold.actor(), m.actor().name()));
    }

    /**
     * Some source mention's source name and the gold source contain one another ("Hezbollah War Media" in
     * "Hezbollah War Media (al-I'lam al-Harbi)"), or its surface is a gold surface and its stance the gold stance.
     */
    static boolean sourceFound(GoldFile.GoldSource gold, List<SourceMention> mentions) {
        return mentions.stream().filter(m -> m.source() != null).anyMatch(m -> namesMeet(gold.source(), m.source().name())
                || surfaceMatches(m.text(), gold.surfaces()) && gold.stance() != null
                && gold.stance().equalsIgnoreCase(m.source().stance()));
    }

    /**
     * The event's sub-event type is one of the ACLED sub-event types the gold string names (case-sensitive, whole
     * words: "Other" in "… or Other (control claim)"), and when the gold actor1 is a plain actor name — one of the
     * file's gold actors — it is the event's actor1 or actor2 (ACLED's actor1/actor2 carry no direction).
     */
    static boolean eventMatches(GoldFile.GoldEvent gold, Event event, Set<String> plainActors) {
        if (!subEventTypesIn(gold.subEventType()).contains(event.subEventType())) {
            return false;
        }
        String actor1 = ActorNames.normalize(gold.actor1());
        if (!plainActors.contains(actor1)) {
            return true;
        }
        return namesMeet(gold.actor1(), event.actor1()) || namesMeet(gold.actor1(), event.actor2());
    }

    /** The ACLED sub-event types named in a gold string. */
    static Set<String> subEventTypesIn(String gold) {
        if (gold == null) {
            return Set.of();
        }
        return EventType.SUB_TYPES.values().stream().flatMap(List::stream)
                .filter(type -> containsWords(gold, type)).collect(Collectors.toSet());
    }

    /**
     * Names of which one contains the other once ACLED's years and acronym prefix ("HTS: ") are dropped and both
     * are {@link NameKey#normalize normalized} ("al-Qaeda" meets "Al Qaeda"); blank never meets.
     */
    static boolean namesMeet(String a, String b) {
        String x = goldKey(a);
        String y = goldKey(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String goldKey(String name) {
        String n = ActorNames.normalize(name).replaceFirst("^[a-z0-9]{2,8}: ", "");
        return NameKey.normalize(n);
    }

    static boolean surfaceMatches(String text, List<String> surfaces) {
        String t = surfaceKey(text);
        return !t.isEmpty() && surfaces.stream().map(GoldMatch::surfaceKey).filter(s -> !s.isEmpty())
                .anyMatch(s -> s.equals(t) || containsWords(s, t) || containsWords(t, s));
    }

    /** Lower case, typographic apostrophes as ', whitespace collapsed. */
    static String surfaceKey(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** {@code needle} occurs in {@code hay} not glued to a letter or digit on either side. */
    static boolean containsWords(String hay, String needle) {
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            boolean endOk = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
