package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Bundled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot of an indexed gazetteer answers exactly as the gazetteer indexed from its TSV, and is never stale. */
class GazetteerSnapshotTest {
    private static final List<String> SURFACES = List.of("Khanacer", "Alep", "Aleppo", "حلب", "Tal-Damane", "Idleb",
            "Maaret al-Noomane", "Deir ez-Zor", "Hassaké", "Washington", "Paris", "Bab", "Pékin", "nowhere at all");

    @TempDir
    Path dir;

    private static KeyIndexGazetteer roundTrip(KeyIndexGazetteer g) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            g.write(out);
        }
        return KeyIndexGazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static void assertSameAnswers(KeyIndexGazetteer read, KeyIndexGazetteer indexed) {
        assertThat(read.size()).isEqualTo(indexed.size());
        for (String s : SURFACES) {
            assertThat(read.lookup(s)).as(s).isEqualTo(indexed.lookup(s));
        }
        for (String s : SURFACES) {
            List<String> run = List.of(s, s + " et", s + " et Alep");
            assertThat(read.reach(3, run::get)).as(s).isEqualTo(indexed.reach(3, run::get));
        }
        assertThat(read.country("SY")).isEqualTo(indexed.country("SY"));
        assertThat(read.admin1("SY", "Idleb")).isEqualTo(indexed.admin1("SY", "Idleb"));
        assertThat(read.byId("geonames:168351")).isEqualTo(indexed.byId("geonames:168351")).isPresent();
    }

    @Test
    void answersTheBundledLookupsExactlyAsTheIndexedGazetteer() throws IOException {
        KeyIndexGazetteer indexed = Bundled.gazetteer();
        KeyIndexGazetteer read = roundTrip(indexed);
        assertSameAnswers(read, indexed);
        assertThat(read.places().subList(0, 2000)).isEqualTo(indexed.places().subList(0, 2000));
    }

    private static byte[] tsv(Place... places) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlaceTsv.write(List.of(places), out);
        return out.toByteArray();
    }

    private static Place place(String id, String name, long population) {
        return new Place(id, name, 35.78159, 37.49919, "P", "PPL", "SY", "Aleppo", null, null, population,
                List.of(name + "e"));
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void readsTheSnapshotOnTheNextLoadAndReplacesItWhenTheGazetteerChanges() throws IOException {
        byte[] first = tsv(place("geonames:1", "Khanasir", 10), place("geonames:2", "Khanacer", 5));
        KeyIndexGazetteer indexed = GazetteerCache.load("t", first, dir);
        Path snapshot = snapshots().get(0);
        assertThat(snapshot.getFileName().toString()).startsWith("t-").endsWith(".bin");
        Files.setLastModifiedTime(snapshot, java.nio.file.attribute.FileTime.fromMillis(0));

        KeyIndexGazetteer read = GazetteerCache.load("t", first, dir);
        assertThat(snapshots()).containsExactly(snapshot);
        assertThat(Files.getLastModifiedTime(snapshot).toMillis()).isZero(); // read, not written again
        assertThat(read.lookup("Khanassir")).isEqualTo(indexed.lookup("Khanassir")).hasSize(2);

        byte[] second = tsv(place("geonames:1", "Khanasir", 10));
        assertThat(GazetteerCache.load("t", second, dir).size()).isEqualTo(1);
        assertThat(snapshots()).hasSize(1).doesNotContain(snapshot);
    }

    @Test
    void indexesAgainOverABrokenSnapshot() throws IOException {
        byte[] tsv = tsv(place("geonames:1", "Khanasir", 10));
        GazetteerCache.load("t", tsv, dir);
        Path snapshot = snapshots().get(0);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(GazetteerCache.load("t", tsv, dir).byId("geonames:1")).isPresent();
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(whole);
    }
}
