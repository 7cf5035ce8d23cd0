package org.frontline.gazetteer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry. Feature class and code follow GeoNames (P/PPL, P/PPLC, A/ADM1, A/ADM2, A/ADM3, A/PCLI,
 * T/HLL …); admin1/2/3 are names (Syria: governorate, district, sub-district, spelled as ACLED does), not codes.
 *
 * @param id    "geonames:N", or "wof:N" when the place has no GeoNames id
 * @param names every alternate name and alias, the primary name not repeated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "lat", "lon", "country", "admin1", "admin2", "admin3", "feature"})
public record Place(String id, String name, double lat, double lon,
                    @JsonIgnore String featureClass, @JsonProperty("feature") String featureCode,
                    @JsonProperty("country") String country, String admin1, String admin2, String admin3,
                    @JsonIgnore long population, @JsonIgnore List<String> names) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        checkCoordinates(lat, lon, id);
        // the column store's names, decoded as read, are unmodifiable already (a copy would decode them all)
        names = names == null ? List.of() : names instanceof LazyNames ? names : List.copyOf(names);
    }

    /** Fails on a point outside the globe; shared with the gazetteer's columns, which make no record per place. */
    static void checkCoordinates(double lat, double lon, String id) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for " + id);
        }
    }

    @JsonIgnore
    public boolean isAdmin() {
        return "A".equals(featureClass);
    }

    /** Not a JSON property: without the explicit name on {@code country}, this ignore would hide that field too. */
    @JsonIgnore
    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }

    /** 1 for governorate/ADM1, 2 for district, 3 for sub-district, 0 for a country, -1 for anything else. */
    @JsonIgnore
    public int adminLevel() {
        if (isCountry()) {
            return 0;
        }
        if (featureCode != null && featureCode.startsWith("ADM") && featureCode.length() >= 4) {
            return featureCode.charAt(3) - '0';
        }
        return -1;
    }
}
