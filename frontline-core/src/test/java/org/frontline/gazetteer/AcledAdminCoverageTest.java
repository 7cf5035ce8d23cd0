package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.Bundled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the gazetteer's Syrian admin names against ACLED's coding of its 157 Syrian rows of May 2020 (location,
 * coordinates and admin1/2/3 copied from shared/eval/acled-2020-05-dev.csv into a fixture beside this test).
 */
class AcledAdminCoverageTest {
    private record Row(String id, String location, double lat, double lon, String admin1, String admin2,
                       String admin3) {
    }

    private static KeyIndexGazetteer gazetteer;
    private static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = Bundled.gazetteer();
        rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AcledAdminCoverageTest.class.getResourceAsStream("acled-2020-05-syria-locations.tsv")),
                StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).forEach(f -> rows.add(new Row(
                    f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], f[5], f[6])));
        }
    }

    private static Set<String> unitNames(int level) {
        return gazetteer.places().stream().filter(p -> "SY".equals(p.country()) && p.adminLevel() == level)
                .map(Place::name).collect(Collectors.toSet());
    }

    private static double share(Function<Row, String> column, Set<String> names) {
        return rows.stream().filter(r -> names.contains(column.apply(r))).count() / (double) rows.size();
    }

    @Test
    void spellsEveryAcledSyrianAdminNameAsAcledDoes() {
        double a1 = share(Row::admin1, unitNames(1));
        double a2 = share(Row::admin2, unitNames(2));
        double a3 = share(Row::admin3, unitNames(3));
        System.out.printf("ACLED Syria rows whose admin spelling exists: admin1 %.3f admin2 %.3f admin3 %.3f (n=%d)%n",
                a1, a2, a3, rows.size());
        assertThat(rows).hasSize(157);
        assertThat(List.of(a1, a2, a3)).containsOnly(1.0);
    }

    /** The gazetteer place named like ACLED's location and nearest ACLED's point, if within 5 km. */
    private static Optional<Place> resolve(Row row) {
        Place point = new Place("acled:" + row.id(), row.location(), row.lat(), row.lon(), null, null, "SY", null,
                null, null, 0, List.of());
        return gazetteer.lookup(row.location()).stream().map(PlaceMatch::place)
                .filter(p -> "SY".equals(p.country()) && !p.isAdmin())
                .filter(p -> FoldKeyQualityTest.km(p, point) <= 5)
                .min(Comparator.comparingDouble(p -> FoldKeyQualityTest.km(p, point)));
    }

    @Test
    void assignsAcledsAdminNamesToTheLocationsAcledCoded() {
        int[] agree = new int[4];
        for (Row row : rows) {
            resolve(row).ifPresent(p -> {
                agree[3]++;
                agree[0] += row.admin1().equals(p.admin1()) ? 1 : 0;
                agree[1] += row.admin2().equals(p.admin2()) ? 1 : 0;
                agree[2] += row.admin3().equals(p.admin3()) ? 1 : 0;
            });
        }
        int n = agree[3];
        System.out.printf("ACLED locations resolved within 5 km: %d of %d; admin agreement: admin1 %.3f admin2 %.3f"
                + " admin3 %.3f%n", n, rows.size(), agree[0] / (double) n, agree[1] / (double) n, agree[2] / (double) n);
        // measured: 124 resolved; admin1 1.000, admin2 1.000, admin3 0.960 (admin3 is a nearest-unit estimate)
        assertThat(n).isGreaterThan(115);
        assertThat(agree[0] / (double) n).isGreaterThan(0.98);
        assertThat(agree[1] / (double) n).isGreaterThan(0.95);
        assertThat(agree[2] / (double) n).isGreaterThan(0.90);
    }
}
