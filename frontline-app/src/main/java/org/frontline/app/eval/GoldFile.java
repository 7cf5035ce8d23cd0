package org.frontline.app.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A hand-coded gold file in the {@code shared/gold} format: what a careful analyst codes from one article. Only the
 * fields the scorer uses are read; {@code required} items must be found, the others are ignored by recall.
 *
 * @param text the article's path, relative to the parent of the gold directory ("corpus/fr/….txt")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GoldFile(String text, String language, String published, String publisher, List<GoldPlace> places,
                List<GoldActor> actors, List<GoldSource> sources, List<GoldEvent> events) {
    GoldFile {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'text' (the article's path) is missing");
        }
        places = places == null ? List.of() : List.copyOf(places);
        actors = actors == null ? List.of() : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A place; found by surface plus GeoNames id, WOF id, 10 km of lat/lon, or (country only) the country. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldPlace(List<String> surfaces, boolean required, String name,
                     @JsonProperty("geonames_id") Long geonamesId, @JsonProperty("wof_id") Long wofId,
                     Double lat, Double lon, String country) {
        GoldPlace {
            surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
            if (required && surfaces.isEmpty()) {
                throw new IllegalArgumentException("a required place has no 'surfaces': " + name);
            }
        }
    }

    /** An actor, named as ACLED would or descriptively ("pro-government allies (unnamed)"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldActor(List<String> surfaces, boolean required, String actor) {
        GoldActor {
            surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
            if (required && (actor == null || actor.isBlank())) {
                throw new IllegalArgumentException("a required actor has no 'actor': " + surfaces);
            }
        }
    }

    /** A source a claim is attributed to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldSource(List<String> surfaces, boolean required, String source, String stance) {
        GoldSource {
            surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
            if (required && (source == null || source.isBlank())) {
                throw new IllegalArgumentException("a required source has no 'source': " + surfaces);
            }
        }
    }

    /**
     * An event; {@code subEventType} may name alternatives ("Government regains territory or Other (…)") and
     * {@code actor1} may be descriptive; {@code mayMergeWith} names an event a coder may fold this one into.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldEvent(String id, boolean required, @JsonProperty("sub_event_type") String subEventType,
                     String actor1, @JsonProperty("may_merge_with") String mayMergeWith) {
        GoldEvent {
            if (required && (subEventType == null || subEventType.isBlank())) {
                throw new IllegalArgumentException("required event '" + id + "' has no 'sub_event_type'");
            }
        }
    }
}
