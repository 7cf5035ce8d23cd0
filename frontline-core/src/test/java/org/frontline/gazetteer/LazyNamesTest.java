package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place record made from the column store reads its alternate names as it is asked for them ({@link LazyNames},
 * speed round 19g), and is what the record with every name copied was: the same names in order, equal records with
 * equal hashes and TSV lines, unmodifiable, with the same bounds; on places made to test and on the bundled
 * gazetteer's first 30,000 places.
 */
class LazyNamesTest {
    private static Place place(String id, List<String> names) {
        return new Place(id, "Halab", 36.2, 37.16, "P", "PPLA", "SY", "Aleppo", null, null, 2_000_000, names);
    }

    @Test
    void readsEveryNameOfAPlaceMadeToTestAsTheCopyHeldThem() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(i % 3 == 0 ? "Alep " + i : i % 3 == 1 ? "حلب " + i : "Ħalab-Şehri " + i);
        }
        List<List<String>> lists = List.of(List.of(), List.of("Aleppo"), List.of("Alep", "Aleppo", "حلب"), many);
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        for (int i = 0; i < lists.size(); i++) {
            b.add(place("t:" + i, lists.get(i)));
        }
        PlaceColumns columns = b.build();
        for (int i = 0; i < lists.size(); i++) {
            Place p = columns.place(i);
            List<String> expected = lists.get(i);
            assertThat(p.names()).containsExactlyElementsOf(expected);
            for (int k = expected.size() - 1; k >= 0; k--) { // any order of reads, each twice
                assertThat(p.names().get(k)).isEqualTo(expected.get(k)).isSameAs(p.names().get(k));
                assertThat(columns.nameOf(i, columns.firstName(i) + 1 + k)).isEqualTo(expected.get(k));
            }
            assertThat(p.names()).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
            assertThat(p).isEqualTo(place("t:" + i, expected)).hasSameHashCodeAs(place("t:" + i, expected));
            assertThatThrownBy(() -> p.names().add("Beroea")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.names().get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> p.names().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void theBundledGazetteersPlacesAreTheRecordsWithTheirNamesCopied() {
        List<Place> places = KeyIndexGazetteer.loadBundled().places();
        int withNames = 0;
        for (int r = 0; r < Math.min(30_000, places.size()); r++) {
            Place p = places.get(r);
            Place copied = new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(),
                    p.country(), p.admin1(), p.admin2(), p.admin3(), p.population(), new ArrayList<>(p.names()));
            assertThat(p).isEqualTo(copied).hasSameHashCodeAs(copied);
            assertThat(PlaceTsv.line(p)).isEqualTo(PlaceTsv.line(copied));
            withNames += p.names().isEmpty() ? 0 : 1;
        }
        assertThat(withNames).isGreaterThan(10_000);
    }
}
