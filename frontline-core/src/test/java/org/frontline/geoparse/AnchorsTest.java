package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.junit.jupiter.api.Test;

/**
 * {@link Anchors} answers as scoring every anchor by {@link Geo#km} did (the geoparser's code before it): over the
 * bundled gazetteer's places, and for places set exactly 40, 60 and 200 km from an anchor, where the haversine term
 * is too close to the threshold's to tell and {@link Geo#km} decides.
 */
class AnchorsTest {
    private static final KeyIndexGazetteer GAZETTEER = KeyIndexGazetteer.loadBundled();

    @Test
    void scoresEveryCandidateAsTheHaversineOfEveryAnchorDid() {
        List<Place> places = GAZETTEER.places();
        List<Place> anchorList = new ArrayList<>();
        for (int i = 0; i < places.size(); i += 101) {
            anchorList.add(places.get(i));
        }
        Anchors anchors = Anchors.of(anchorList);
        assertThat(anchors.places()).isEqualTo(anchorList);
        int[] byScore = new int[3];
        int towns = 0;
        for (int i = 0; i < places.size(); i += 53) {
            Place p = places.get(i);
            double expected = proximity(p, anchorList);
            assertThat(anchors.proximity(p)).as(p.id()).isEqualTo(expected);
            byScore[expected == 1.5 ? 0 : expected == 0.5 ? 1 : 2]++;
            boolean near = townWithin(p, anchorList, 40);
            assertThat(anchors.townWithin(p, 40)).as(p.id()).isEqualTo(near);
            towns += near ? 1 : 0;
        }
        assertThat(anchorList).hasSizeGreaterThan(200);
        assertThat(java.util.Arrays.stream(byScore).min().getAsInt()).as("fewest of within 60 km, 200 km, farther")
                .isGreaterThan(50);
        assertThat(towns).isGreaterThan(50);
    }

    @Test
    void decidesAtTheThresholdsAsGeoKmDoes() {
        Place anchor = town("a", 35.0, 38.0);
        Anchors one = Anchors.of(List.of(anchor));
        int cases = 0;
        for (double km : new double[] {40, 60, 200}) {
            double degrees = Math.toDegrees(km / Geo.EARTH_KM);
            for (double nudge = -3e-9; nudge <= 3e-9; nudge += 1e-10) {
                for (Place p : List.of(town("n", 35.0 + degrees + nudge, 38.0), town("s", 35.0 - degrees + nudge, 38.0),
                        town("e", 35.0, 38.0 + degrees / Math.cos(Math.toRadians(35)) + nudge))) {
                    assertThat(one.proximity(p)).as(km + " " + nudge).isEqualTo(proximity(p, List.of(anchor)));
                    assertThat(one.townWithin(p, km)).as(km + " " + nudge)
                            .isEqualTo(townWithin(p, List.of(anchor), km));
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
        // the anchor itself and countries give nothing; an administrative unit is no town
        assertThat(one.proximity(anchor)).isZero();
        Place country = new Place("c", "Syria", 35.0, 38.0, "A", "PCLI", "SY", null, null, null, 0, List.of());
        assertThat(Anchors.of(List.of(country)).proximity(town("b", 35.1, 38.0))).isZero();
        Place unit = new Place("u", "Raqqa", 35.0, 38.0, "A", "ADM1", "SY", "Raqqa", null, null, 0, List.of());
        assertThat(Anchors.of(List.of(unit)).proximity(town("b", 35.1, 38.0))).isEqualTo(1.5);
        assertThat(Anchors.of(List.of(unit)).townWithin(town("b", 35.1, 38.0), 40)).isFalse();
        assertThat(Anchors.NONE.proximity(anchor)).isZero();
    }

    private static Place town(String id, double lat, double lon) {
        return new Place(id, id, lat, lon, "P", "PPL", "SY", null, null, null, 0, List.of());
    }

    /** The geoparser's proximity before {@link Anchors}: every anchor by {@link Geo#km}. */
    private static double proximity(Place p, List<Place> anchors) {
        double best = 0;
        for (Place a : anchors) {
            if (a.id().equals(p.id()) || a.isCountry()) {
                continue;
            }
            double km = Geo.km(p.lat(), p.lon(), a.lat(), a.lon());
            if (km < 60) {
                best = Math.max(best, 1.5);
            } else if (km < 200) {
                best = Math.max(best, 0.5);
            }
        }
        return best;
    }

    /** The geoparser's test of a partial name before {@link Anchors}. */
    private static boolean townWithin(Place p, List<Place> anchors, double km) {
        for (Place a : anchors) {
            if (!a.isCountry() && !a.isAdmin() && Geo.km(p.lat(), p.lon(), a.lat(), a.lon()) <= km) {
                return true;
            }
        }
        return false;
    }
}
