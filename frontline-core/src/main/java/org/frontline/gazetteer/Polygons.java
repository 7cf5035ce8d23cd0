package org.frontline.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The little planar geometry the builder needs on GeoJSON rings of [lon, lat] pairs; holes are ignored. */
final class Polygons {
    private Polygons() {
    }

    /** The outer ring of each polygon of a Polygon or MultiPolygon geometry. */
    static List<double[][]> outerRings(JsonNode geometry) {
        List<double[][]> rings = new ArrayList<>();
        String type = geometry.path("type").asText();
        if ("Polygon".equals(type)) {
            rings.add(ring(geometry.path("coordinates").path(0)));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : geometry.path("coordinates")) {
                rings.add(ring(polygon.path(0)));
            }
        }
        return rings;
    }

    private static double[][] ring(JsonNode coordinates) {
        double[][] ring = new double[coordinates.size()][];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new double[] {coordinates.get(i).get(0).asDouble(), coordinates.get(i).get(1).asDouble()};
        }
        return ring;
    }

    /** [lon, lat] of the area-weighted centroid of the ring with the largest area. */
    static double[] centroidOfLargest(List<double[][]> rings) {
        double[][] largest = rings.get(0);
        for (double[][] r : rings) {
            if (Math.abs(area(r)) > Math.abs(area(largest))) {
                largest = r;
            }
        }
        return centroid(largest);
    }

    /** Signed shoelace area in square degrees, longitudes scaled by the cosine of the ring's mean latitude. */
    static double area(double[][] ring) {
        double scale = Math.cos(Math.toRadians(meanLat(ring)));
        double a = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            a += ring[j][0] * scale * ring[i][1] - ring[i][0] * scale * ring[j][1];
        }
        return a / 2;
    }

    static double[] centroid(double[][] ring) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
            a += cross;
            cx += (ring[j][0] + ring[i][0]) * cross;
            cy += (ring[j][1] + ring[i][1]) * cross;
        }
        if (Math.abs(a) < 1e-12) {
            return ring[0].clone();
        }
        return new double[] {cx / (3 * a), cy / (3 * a)};
    }

    /** Even-odd ray casting. */
    static boolean contains(double[][] ring, double lon, double lat) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > lat) != (ring[j][1] > lat)
                    && lon < (ring[j][0] - ring[i][0]) * (lat - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double meanLat(double[][] ring) {
        double s = 0;
        for (double[] p : ring) {
            s += p[1];
        }
        return ring.length == 0 ? 0 : s / ring.length;
    }
}
