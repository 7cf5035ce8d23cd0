package org.frontline.geoparse;

import java.util.List;

/**
 * What earlier stages know that helps geoparsing.
 *
 * @param taken   spans (UTF-16, [start,end)) already claimed by other stages (actor and source names), never places
 * @param country ISO alpha-2 the article's actors point to ("Ukrainian forces", "Houthi"), a prior for resolution;
 *                nullable
 */
public record GeoHints(List<int[]> taken, String country) {
    public GeoHints {
        taken = List.copyOf(taken);
    }

    public static GeoHints none() {
        return new GeoHints(List.of(), null);
    }
}
