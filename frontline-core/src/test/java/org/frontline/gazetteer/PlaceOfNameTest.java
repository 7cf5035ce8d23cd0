package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.frontline.Bundled;
import org.junit.jupiter.api.Test;

/** The block table finds the place of every name of the bundled gazetteer as the binary search it replaced did. */
class PlaceOfNameTest {
    @Test
    void findsThePlaceOfEveryBundledNameAsABinarySearchDoes() {
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        Bundled.gazetteer().places().forEach(b::add);
        PlaceColumns columns = b.build();
        assertSameAsBinarySearch(columns);
        assertThat(columns.nameCount()).isGreaterThan(columns.size() * 2);
    }

    @Test
    void stepsOverPlacesWithManyNamesAndBlocksWithOnePlace() {
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(n -> "Alias " + n).toList();
        b.add(new Place("geonames:1", "Alep", 36.2, 37.16, "P", "PPL", "SY", "Aleppo", null, null, 100, many));
        b.add(new Place("geonames:2", "Idleb", 35.9, 36.6, "P", "PPL", "SY", "Idlib", null, null, 10, List.of()));
        b.add(new Place("geonames:3", "Saraqib", 35.8, 36.8, "P", "PPL", "SY", "Idlib", null, null, 5,
                List.of("Sarakeb", "Saraqeb")));
        PlaceColumns columns = b.build();
        assertThat(columns.nameCount()).isGreaterThan(40);
        assertSameAsBinarySearch(columns);
        assertThat(columns.placeOfName(columns.nameCount() - 1)).isEqualTo(2);
        assertThat(columns.placeOfName(columns.firstName(1))).isEqualTo(1);
        assertThat(columns.placeOfName(columns.firstName(1) - 1)).isZero();
    }

    private static void assertSameAsBinarySearch(PlaceColumns columns) {
        int[] first = new int[columns.size() + 1];
        for (int i = 0; i <= columns.size(); i++) {
            first[i] = i < columns.size() ? columns.firstName(i) : columns.nameCount();
        }
        for (int g = 0; g < columns.nameCount(); g++) {
            assertThat(columns.placeOfName(g)).as("name %d", g).isEqualTo(binarySearch(first, g));
        }
    }

    /** The lookup as it was: the last place whose first name is at or before {@code g}. */
    private static int binarySearch(int[] first, int g) {
        int i = Arrays.binarySearch(first, g);
        if (i >= 0) {
            while (i + 1 < first.length && first[i + 1] == g) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }
}
