package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled actor catalog read from its snapshot recognises exactly what the YAML gives, and is never stale. */
class ActorSnapshotTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadBundled();
    private static final CatalogActorRecognizer FROM_YAML = new CatalogActorRecognizer(CATALOG);
    private static final List<String> COUNTRIES = Arrays.asList("SY", "IN", null);

    @TempDir
    Path dir;

    /**
     * Every name and alias of the catalog, and every generic pattern spelled out for a few countries, each in a
     * sentence of its own: a text that touches each exact key of the phrase tables, plus the founding article.
     */
    private static List<String> texts() throws IOException {
        StringBuilder names = new StringBuilder();
        for (ActorEntry e : CATALOG.entries()) {
            Stream.concat(Stream.of(e.name()), Stream.concat(e.aliases().stream(), e.localAliases().stream()))
                    .forEach(n -> names.append(n).append(". "));
        }
        StringBuilder patterns = new StringBuilder();
        for (String iso2 : List.of("SY", "IQ", "US", "RU", "TR", "IN")) {
            Country c = CATALOG.country(iso2).orElseThrow();
            CATALOG.patterns().values().forEach(list -> list.forEach(p -> {
                for (String adj : c.adjectives()) {
                    patterns.append(p.replace("{adj}", adj).replace("{name}", c.name())).append(". ");
                }
            }));
        }
        String coordinated = "Military forces of India and Pakistan clashed. Turkish and Russian forces patrolled. "
                + "Jaish al-Izzah fighters and the Media de guerre (MG) said anti-Houthi forces advanced.";
        return List.of(names.toString(), patterns.toString(), coordinated, FoundingArticleActorsTest.article());
    }

    private static void assertSameMentions(CatalogActorRecognizer read) throws IOException {
        for (String text : texts()) {
            for (String country : COUNTRIES) {
                AnalyzedText t = new AnalyzedText(text, Language.FR, List.of());
                LocalDate date = LocalDate.of(2018, 1, 1);
                List<ActorMention> expected = FROM_YAML.recognize(t, date, country);
                assertThat(read.recognize(t, date, country)).as(country).isEqualTo(expected);
                assertThat(expected.size()).isGreaterThan(text.length() > 5000 ? 500 : 3);
            }
        }
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void readsTheSnapshotOnTheNextStartAndFindsTheSameActorsAsTheYaml() throws IOException {
        CatalogActorRecognizer built = ActorSnapshot.loadBundled(dir);
        Path snapshot = snapshots().get(0);
        assertThat(snapshots()).hasSize(1);
        assertThat(snapshot.getFileName().toString()).startsWith("actors-").endsWith(".bin");
        Files.setLastModifiedTime(snapshot, FileTime.fromMillis(0));

        CatalogActorRecognizer read = ActorSnapshot.loadBundled(dir);
        assertThat(Files.getLastModifiedTime(snapshot).toMillis()).isZero(); // read, not written again
        assertThat(read.catalog().entries()).isEqualTo(CATALOG.entries());
        assertThat(read.catalog().countries()).isEqualTo(CATALOG.countries());
        assertThat(read.catalog().patterns()).isEqualTo(CATALOG.patterns());
        assertThat(read.catalog().byAlias("front al-Nosra")).isEqualTo(CATALOG.byAlias("front al-Nosra")).isNotEmpty();
        assertSameMentions(built);
        assertSameMentions(read);
    }

    @Test
    void aChangedCatalogFileGetsAnotherSnapshotName() {
        Map<String, byte[]> files = ActorCatalog.bundledFiles();
        Map<String, byte[]> edited = new LinkedHashMap<>(files);
        byte[] sy = files.get("sy.yaml").clone();
        sy[sy.length - 2] ^= 1;
        edited.put("sy.yaml", sy);
        assertThat(ActorSnapshot.fingerprint(ActorCatalog.bundledFiles())).isEqualTo(ActorSnapshot.fingerprint(files));
        assertThat(ActorSnapshot.fingerprint(edited)).isNotEqualTo(ActorSnapshot.fingerprint(files));
    }

    @Test
    void replacesAStaleSnapshotAndRebuildsABrokenOne() throws IOException {
        Path stale = dir.resolve("actors-00000000000000000000000000000000.bin");
        Files.write(stale, new byte[] {1, 2, 3});
        ActorSnapshot.loadBundled(dir);
        Path snapshot = snapshots().get(0);
        assertThat(snapshots()).containsExactly(snapshot).doesNotContain(stale);
        byte[] whole = Files.readAllBytes(snapshot);

        Files.write(snapshot, Arrays.copyOf(whole, whole.length / 2)); // cut short, as by a full disk
        assertSameMentions(ActorSnapshot.loadBundled(dir));
        assertThat(Files.size(snapshot)).isEqualTo(whole.length); // written whole again

        byte[] damaged = whole.clone();
        damaged[damaged.length / 2] ^= 0x20; // one letter of one phrase changes case: still parses
        Files.write(snapshot, damaged);
        assertSameMentions(ActorSnapshot.loadBundled(dir));
        assertThat(Files.size(snapshot)).isEqualTo(whole.length);
    }
}
