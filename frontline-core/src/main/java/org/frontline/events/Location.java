package org.frontline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontline.gazetteer.Place;

/** Where an event is coded, with ACLED's geo_precision (1 the place itself, 2 near/part of it, 3 only a region). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "lat", "lon", "country", "admin1", "admin2", "admin3", "geo_precision"})
public record Location(String id, String name, double lat, double lon, String country, String admin1,
                       String admin2, String admin3, @JsonProperty("geo_precision") int geoPrecision) {
    public Location {
        if (geoPrecision < 1 || geoPrecision > 3) {
            throw new IllegalArgumentException("geo_precision must be 1..3, got " + geoPrecision);
        }
    }

    public static Location of(Place p, int geoPrecision) {
        return new Location(p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(), p.admin2(), p.admin3(),
                geoPrecision);
    }
}
