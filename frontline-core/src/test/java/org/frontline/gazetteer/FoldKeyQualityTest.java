package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link NameKey#fold} on the bundled Syrian gazetteer: how often two spellings of one place meet
 * (recall), and how often a place's key is also another place's more than 10 km away (collisions). The bounds
 * are the measured figures with a little slack, so a change to the key that loses recall or adds collisions fails.
 */
class FoldKeyQualityTest {
    private static List<Place> syrian;

    @BeforeAll
    static void load() {
        syrian = KeyIndexGazetteer.loadBundled().places().stream()
                .filter(p -> "SY".equals(p.country()) && !p.isCountry()).toList();
    }

    @Test
    void foldMakesMostLatinSpellingsOfOnePlaceMeet() {
        double[] r = recall(false);
        System.out.printf("fold recall, Latin-Latin pairs differing under normalize: %.3f of %d%n", r[0], (int) r[1]);
        assertThat(r[0]).isGreaterThan(0.57); // measured 0.588 over 22,002 pairs
    }

    @Test
    void foldMakesArabicScriptMeetLatinSpellings() {
        double[] r = recall(true);
        System.out.printf("fold recall, Arabic-Latin pairs: %.3f of %d%n", r[0], (int) r[1]);
        assertThat(r[0]).isGreaterThan(0.63); // measured 0.647 over 24,243 pairs
    }

    @Test
    void foldAddsFewCollisionsBetweenDistantPlaces() {
        double strict = collisionRate(NameKey::normalize);
        double loose = collisionRate(NameKey::fold);
        System.out.printf("collision rate (>10 km), normalize: %.3f, fold: %.3f over %d places%n", strict, loose,
                syrian.size());
        assertThat(strict).isLessThan(0.20); // measured 0.182: villages that share a name
        assertThat(loose).isLessThan(0.53); // measured 0.509
    }

    /** {share, pairs} over same-place name pairs: Latin with Latin (normalize keys differing), or Arabic with Latin. */
    static double[] recall(boolean arabic) {
        long pairs = 0;
        long met = 0;
        for (Place p : syrian) {
            List<String> names = new ArrayList<>(p.names());
            names.add(0, p.name());
            if (names.size() > 25) {
                continue; // big cities: their GeoNames exonyms (Damaskus, Şam) are not transliterations
            }
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    String a = names.get(i);
                    String b = names.get(j);
                    boolean mixed = isArabic(a) != isArabic(b);
                    boolean counted = arabic ? mixed : !isArabic(a) && !isArabic(b)
                            && !NameKey.normalize(a).equals(NameKey.normalize(b));
                    if (counted) {
                        pairs++;
                        met += NameKey.fold(a).equals(NameKey.fold(b)) ? 1 : 0;
                    }
                }
            }
        }
        return new double[] {(double) met / pairs, pairs};
    }

    /** Share of places whose primary-name key is also the primary-name key of a place more than 10 km away. */
    static double collisionRate(Function<String, String> key) {
        Map<String, List<Place>> byKey = new HashMap<>();
        for (Place p : syrian) {
            byKey.computeIfAbsent(key.apply(p.name()), k -> new ArrayList<>()).add(p);
        }
        long colliding = syrian.stream().filter(p -> byKey.get(key.apply(p.name())).stream()
                .anyMatch(o -> o != p && km(p, o) > 10)).count();
        return (double) colliding / syrian.size();
    }

    static boolean isArabic(String s) {
        return s.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    static double km(Place a, Place b) {
        double dlat = Math.toRadians(b.lat() - a.lat());
        double dlon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dlat / 2) * Math.sin(dlat / 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.sin(dlon / 2) * Math.sin(dlon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
