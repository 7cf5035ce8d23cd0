package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
    /** The shared data the bundled resource is built from, when this checkout sits beside it. */
    private static final List<Path> GEO_DIRS = List.of(Path.of("../../shared/geo"), Path.of("../shared/geo"),
            Path.of("/work/shared/geo"));

    @Test
    void writesAndReadsPlacesWithoutLoss() throws IOException {
        Place khanasir = new Place("geonames:168351", "Khanasir", 35.78159, 37.49919, "P", "PPLA3", "SY", "Aleppo",
                "As-Safira", "Khanaser", 0, List.of("Khanasser", "خناصر"));
        Place beijing = new Place("geonames:1816670", "Beijing", 39.9075, 116.39723, "P", "PPLC", "CN", null, null,
                null, 18_960_744, List.of("Pékin"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlaceTsv.write(List.of(khanasir, beijing), out);
        assertThat(PlaceTsv.read(new ByteArrayInputStream(out.toByteArray()))).containsExactly(khanasir, beijing);
    }

    @Test
    void namesTheLineOfAMalformedResource() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write((PlaceTsv.HEADER + "\ngeonames:1\tX\tnot-a-number\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> KeyIndexGazetteer.load(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("line 2");
    }

    @Test
    void readsQuotedCsvFieldsWithCommasQuotesAndNewlines() throws IOException {
        String csv = "wof_id,name,name_fra\n1,\"Ma'arrat, an-Nu'man\",\"Maarat \"\"al\"\"\nNumane\"\n2,Idlib,Idleb";
        List<Map<String, String>> rows = CsvRows.read(new BufferedReader(new StringReader(csv)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("name", "Ma'arrat, an-Nu'man").containsEntry("name_fra",
                "Maarat \"al\"\nNumane");
        assertThat(rows.get(1)).containsEntry("name_fra", "Idleb");
    }

    @Test
    void takesTheGeoNamesIdOfAWofPlaceWhenItHasOne() {
        assertThat(WofPlaces.placeId(Map.of("wof_id", "1210011089", "geonames_id", "168351")))
                .isEqualTo("geonames:168351");
        assertThat(WofPlaces.placeId(Map.of("wof_id", "85903037", "geonames_id", ""))).isEqualTo("wof:85903037");
    }

    @Test
    void placesACountryAtTheCentroidOfItsLargestPolygon() {
        double[][] square = {{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};
        double[][] islet = {{10, 10}, {10.1, 10}, {10.1, 10.1}, {10, 10}};
        assertThat(Polygons.centroidOfLargest(List.of(islet, square))).containsExactly(1.0, 1.0);
        assertThat(Polygons.contains(square, 1, 1)).isTrue();
        assertThat(Polygons.contains(square, 3, 1)).isFalse();
    }

    @Test
    void rebuildsTheBundledResourceByteForByte(@TempDir Path tmp) throws IOException {
        Path geo = GEO_DIRS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(geo != null, "shared/geo is not beside this checkout");
        Path rebuilt = tmp.resolve("places.tsv.gz");
        GazetteerBuilder.write(GazetteerBuilder.build(geo), rebuilt);
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(GazetteerBuilder.RESOURCE)) {
            assertThat(Files.readAllBytes(rebuilt))
                    .as("places.tsv.gz is stale: rerun GazetteerBuilder").isEqualTo(bundled.readAllBytes());
        }
    }
}
