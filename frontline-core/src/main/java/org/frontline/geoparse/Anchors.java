package org.frontline.geoparse;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.frontline.gazetteer.Place;

/**
 * The places a document resolved with confidence, which score up the candidates near them ({@link #proximity}) and
 * let a landform's bare name resolve near them ({@link #townWithin}). Every candidate of a report is asked against
 * every anchor, so a report naming a thousand places asked a million haversines: reports of 160 ACLED notes (38 kB)
 * spent 28% of their extraction in the arc sines and square roots of {@link Geo#km}, the geoparser's cost per byte
 * growing with the report's length. Here the anchors are sorted by latitude and a candidate reads only those in its
 * band (a great-circle distance is at least the earth's radius times the difference of latitudes), a pair's
 * haversine term is compared with the threshold's own, and {@link Geo#km} itself is asked only where the two are
 * within a billionth of each other: every answer is the one {@link Geo#km} gives, to the bit. Immutable.
 */
final class Anchors {
    static final Anchors NONE = new Anchors(List.of());

    /** The haversine term's relative margin within which {@link Geo#km} decides (its rounding is ~1e-16). */
    private static final double MARGIN = 1e-9;
    /** The haversine terms of 60 and 200 km, {@link #proximity}'s thresholds. */
    private static final double NEAR = term(60);
    private static final double FAR = term(200);
    /** The latitudes (degrees) a candidate reads anchors within for {@link #proximity}: 200 km and the margin. */
    private static final double FAR_BAND = band(200);

    private final List<Place> places;
    /** The anchors by latitude (NaN last), with their longitudes, their latitudes' cosines, and what they are. */
    private final Place[] sorted;
    private final double[] lats;
    private final double[] lons;
    private final double[] cosLats;

    private Anchors(List<Place> places) {
        this.places = places;
        this.sorted = places.toArray(new Place[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(Place::lat)); // Double.compare: NaN last
        int n = sorted.length;
        lats = new double[n];
        lons = new double[n];
        cosLats = new double[n];
        for (int k = 0; k < n; k++) {
            lats[k] = sorted[k].lat();
            lons[k] = sorted[k].lon();
            cosLats[k] = Math.cos(Math.toRadians(lats[k]));
        }
    }

    /** The anchors of a document, in the order it resolved them. */
    static Anchors of(Collection<Place> places) {
        return places.isEmpty() ? NONE : new Anchors(List.copyOf(places));
    }

    /** In the order given to {@link #of}. */
    List<Place> places() {
        return places;
    }

    /**
     * What the anchors add to a candidate's score: 1.5 when one lies within 60 km of it, else 0.5 when one lies
     * within 200 km, else 0; the candidate itself (same id) and countries do not count.
     */
    double proximity(Place p) {
        double best = 0;
        double cosLat = Math.cos(Math.toRadians(p.lat()));
        for (int k = from(p.lat() - FAR_BAND); k < lats.length && lats[k] <= p.lat() + FAR_BAND; k++) {
            Place a = sorted[k];
            if (a.isCountry() || a.id().equals(p.id())) {
                continue;
            }
            double h = haversine(p, cosLat, k);
            if (compare(p, k, h, NEAR, 60) < 0) {
                return 1.5; // the most any anchor gives
            }
            if (compare(p, k, h, FAR, 200) < 0) {
                best = 0.5;
            }
        }
        return best;
    }

    /** Whether a town (no country, no unit) among the anchors lies within {@code km} of {@code p}. */
    boolean townWithin(Place p, double km) {
        double cosLat = Math.cos(Math.toRadians(p.lat()));
        double band = band(km);
        for (int k = from(p.lat() - band); k < lats.length && lats[k] <= p.lat() + band; k++) {
            Place a = sorted[k];
            if (!a.isCountry() && !a.isAdmin() && compare(p, k, haversine(p, cosLat, k), term(km), km) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first anchor whose latitude is not below {@code lat}. */
    private int from(double lat) {
        int lo = 0;
        int hi = lats.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lats[mid] < lat) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The sign of anchor {@code k}'s distance from {@code p} minus {@code km}, as {@link Geo#km} gives it, from the
     * pair's haversine term {@code h} and {@code km}'s term {@code t}: {@link Geo#km} is asked only where the two
     * are too close to tell.
     */
    private int compare(Place p, int k, double h, double t, double km) {
        int side = side(h, t);
        return side != 0 ? side : Double.compare(Geo.km(p.lat(), p.lon(), lats[k], lons[k]), km);
    }

    /** The latitudes (degrees) within which an anchor can lie within {@code km}, with a kilometre of margin. */
    private static double band(double km) {
        return Math.toDegrees((km + 1) / Geo.EARTH_KM);
    }

    /** The haversine term of a distance of {@code km} (under half the earth's circumference). */
    private static double term(double km) {
        double s = Math.sin(km / (2 * Geo.EARTH_KM));
        return s * s;
    }

    /**
     * -1 when a haversine term {@code h} is certainly that of a distance under the one whose term is {@code t}, 1
     * when certainly of one over it, 0 when too close to tell: {@code km = 2R asin(sqrt(h))} grows with {@code h}.
     */
    private static int side(double h, double t) {
        return h < t * (1 - MARGIN) ? -1 : h > t * (1 + MARGIN) ? 1 : 0;
    }

    /** {@link Geo#km}'s haversine term between {@code p} and anchor {@code k}. */
    private double haversine(Place p, double cosLat, int k) {
        double sLat = Math.sin(Math.toRadians(lats[k] - p.lat()) / 2);
        double sLon = Math.sin(Math.toRadians(lons[k] - p.lon()) / 2);
        return sLat * sLat + cosLat * cosLats[k] * sLon * sLon;
    }
}
