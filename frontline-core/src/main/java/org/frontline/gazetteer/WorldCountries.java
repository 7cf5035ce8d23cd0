package org.frontline.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.FrontlineException;
import org.frontline.text.NameKey;

/**
 * One PCLI place per ISO 3166-1 country: names from the JDK's locale data in English, French and Arabic plus the
 * name in the world-atlas GeoJSON, and as coordinates the area-weighted centroid of the country's largest polygon
 * there (the capital's coordinates when the GeoJSON has no shape for it).
 *
 * <p>The GeoJSON keys its features by ISO numeric code, which the JDK cannot map, so a feature is matched to an
 * alpha-2 code by its English name, else by the capital (PPLC) that lies inside it.
 */
final class WorldCountries {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /**
     * Long forms the JDK lacks where the short form is shared: the JDK calls both Congos "Congo - …", so without
     * these "République démocratique du Congo" would be read as its last word, Congo-Brazzaville's name. And the
     * names reports and ACLED's country column use where the JDK writes another ("Bosnia & Herzegovina": "Foca,
     * Bosnia and Herzegovina" named no country, and Foca went to Turkey's Foça).
     */
    private static final Map<String, List<String>> LONG_FORMS = Map.ofEntries(
            Map.entry("CD", List.of("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
                    "DRC", "République démocratique du Congo", "RD Congo", "RDC")),
            Map.entry("CG", List.of("Republic of the Congo", "République du Congo", "Republic of Congo")),
            Map.entry("BA", List.of("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia")),
            Map.entry("CZ", List.of("Czech Republic", "République tchèque")),
            Map.entry("CI", List.of("Ivory Coast")),
            Map.entry("TL", List.of("East Timor")),
            Map.entry("SZ", List.of("eSwatini", "Swaziland")),
            Map.entry("CV", List.of("Cape Verde")),
            Map.entry("MM", List.of("Burma", "Birmanie")),
            Map.entry("GB", List.of("Britain", "Great Britain", "Grande-Bretagne")),
            Map.entry("RU", List.of("Russian Federation")));

    private WorldCountries() {
    }

    /**
     * The ISO 3166-1 codes, and Kosovo's XK: user-assigned in ISO, but GeoNames files its places under it and
     * ACLED codes it as a country ("Selac, Kosovo" must not be read as Kosovo Polje, one of its towns).
     */
    private static List<String> codes() {
        List<String> out = new ArrayList<>(List.of(Locale.getISOCountries()));
        out.add("XK");
        return out;
    }

    /**
     * @param capitals PPLC places by alpha-2 country
     * @param ids      ids to use instead of "iso3166:XX" (Syria's GeoNames id, known from WOF)
     */
    static List<PlaceDraft> read(Path geojson, Map<String, PlaceDraft> capitals, Map<String, String> ids) {
        Map<String, Shape> shapes = shapesByIso2(geojson, capitals);
        List<PlaceDraft> out = new ArrayList<>();
        for (String iso2 : codes()) {
            Locale country = new Locale("", iso2);
            Shape shape = shapes.get(iso2);
            PlaceDraft capital = capitals.get(iso2);
            if (shape == null && capital == null) {
                continue;
            }
            String english = country.getDisplayCountry(Locale.ENGLISH);
            PlaceDraft d = new PlaceDraft(ids.getOrDefault(iso2, "iso3166:" + iso2), english,
                    shape != null ? shape.lat : capital.lat, shape != null ? shape.lon : capital.lon, "A", "PCLI",
                    iso2);
            d.addName(english);
            d.addName(country.getDisplayCountry(Locale.FRENCH));
            d.addName(country.getDisplayCountry(ARABIC));
            d.addNames(LONG_FORMS.getOrDefault(iso2, List.of()));
            if (shape != null) {
                d.addName(shape.name);
            }
            out.add(d);
        }
        return out;
    }

    private record Shape(String name, double lat, double lon) {
    }

    private static Map<String, Shape> shapesByIso2(Path geojson, Map<String, PlaceDraft> capitals) {
        Map<String, String> byEnglishKey = new HashMap<>();
        for (String iso2 : codes()) {
            byEnglishKey.put(NameKey.normalize(new Locale("", iso2).getDisplayCountry(Locale.ENGLISH)), iso2);
        }
        Map<String, Shape> out = new TreeMap<>();
        try {
            for (JsonNode f : new ObjectMapper().readTree(geojson.toFile()).path("features")) {
                String name = f.path("properties").path("name").asText();
                List<double[][]> outers = Polygons.outerRings(f.path("geometry"));
                String iso2 = byEnglishKey.get(NameKey.normalize(name));
                if (iso2 == null) {
                    iso2 = capitalInside(outers, capitals);
                }
                if (iso2 != null && !outers.isEmpty() && !out.containsKey(iso2)) {
                    out.put(iso2, shape(name, outers, capitals.get(iso2)));
                }
            }
        } catch (IOException e) {
            throw new FrontlineException("cannot read country shapes from " + geojson, e);
        }
        return out;
    }

    /**
     * The centroid of the largest polygon when it lies inside the country's shapes; else (a ring across the
     * antimeridian, a crescent) the capital, else the first vertex of the largest ring.
     */
    private static Shape shape(String name, List<double[][]> outers, PlaceDraft capital) {
        double[] c = Polygons.centroidOfLargest(outers);
        boolean inside = c[0] >= -180 && c[0] <= 180
                && outers.stream().anyMatch(ring -> Polygons.contains(ring, c[0], c[1]));
        if (inside) {
            return new Shape(name, c[1], c[0]);
        }
        if (capital != null) {
            return new Shape(name, capital.lat, capital.lon);
        }
        double[] v = outers.get(0)[0];
        return new Shape(name, v[1], ((v[0] + 540) % 360) - 180);
    }

    private static String capitalInside(List<double[][]> outers, Map<String, PlaceDraft> capitals) {
        for (Map.Entry<String, PlaceDraft> c : new TreeMap<>(capitals).entrySet()) {
            for (double[][] ring : outers) {
                if (Polygons.contains(ring, c.getValue().lon, c.getValue().lat)) {
                    return c.getKey();
                }
            }
        }
        return null;
    }
}
