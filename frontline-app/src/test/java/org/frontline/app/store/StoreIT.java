package org.frontline.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.frontline.app.Fixtures;
import org.frontline.article.Article;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.Page;
import org.frontline.store.SqliteEventStore;
import org.frontline.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it, in child JVMs: killed mid-ingest, and exporting Parquet with no Hadoop. */
class StoreIT {
    private static final Path JAR = Path.of("target/frontline.jar");
    private static final String[] PLACES = {"Khanacer", "Alep", "Idleb", "Saraqeb", "Maarat al-Nouman", "Hama",
        "Homs", "Deraa", "Raqqa", "Deir ez-Zor", "Palmyre", "Tal Rifaat", "Afrine", "Manbij", "Jisr al-Choughour"};
    private static final String[] DEEDS = {"des frappes aériennes ont tué %d civils à %s",
        "l'armée syrienne a repris le village de %2$s après des combats qui ont fait %1$d morts",
        "des tirs d'artillerie ont visé %2$s, blessant %1$d personnes",
        "%d manifestants se sont rassemblés à %s contre le régime"};

    @TempDir
    Path dir;

    @Test
    void ingestKilledMidwayThenRerunLosesNothingAndDoublesNothing() throws Exception {
        int articles = 3000;
        Path input = reports(articles);
        Path db = dir.resolve("store.db");
        Process first = frontline("ingest", input.toString(), "--in", "jsonl", "--db", db.toString(), "--threads", "1");
        long storedWhenKilled = waitForSomeStored(first, db);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no flush
        first.waitFor();
        assertThat(storedWhenKilled).isBetween(1L, articles - 1L);

        Process second = frontline("ingest", input.toString(), "--in", "jsonl", "--db", db.toString());
        String summary = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor()).as(summary).isZero();
        assertThat(summary).contains(" already present, 0 rejected");

        try (EventStore store = SqliteEventStore.open(db)) {
            List<StoredArticle> all = allArticles(store);
            Set<String> inputIds = new HashSet<>();
            long codedEvents = 0;
            for (StoredArticle a : all) {
                inputIds.add(a.extraction().article().inputId());
                int coded = a.extraction().events().size();
                codedEvents += coded;
                assertThat(store.count(EventQuery.all().withArticle(a.id()))).as(a.id()).isEqualTo(coded);
            }
            assertThat(all).hasSize(articles);
            assertThat(inputIds).hasSize(articles);
            assertThat(store.count(EventQuery.all())).isEqualTo(codedEvents).isPositive();
        }
    }

    @Test
    void shadedJarWritesParquetWithoutHadoop() throws Exception {
        Path db = dir.resolve("store.db");
        try (EventStore store = SqliteEventStore.open(db)) {
            store.put(Fixtures.khanasir(Article.of("L'armée a repris Khanacer, rapporte le Média de guerre.")));
        }
        Path out = dir.resolve("events.parquet");
        Process export = frontline("export", "--out", "parquet", "-o", out.toString(), "--db", db.toString());
        String err = new String(export.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(export.waitFor()).as(err).isZero();
        assertThat(ExportCommandTest.readParquet(out)).hasSize(2)
                .extracting(row -> row.getString("event_type", 0)).containsExactly("Battles", "Battles");
    }

    private Path reports(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            String deed = String.format(DEEDS[i % DEEDS.length], 2 + i % 37, place);
            String text = "Le " + (1 + i % 28) + " mars 2019, " + deed + ", selon l'OSDH (dépêche " + i + ").";
            lines.add("{\"id\": \"r" + i + "\", \"text\": \"" + text.replace("\"", "\\\"")
                    + "\", \"published\": \"2019-03\", \"language\": \"fr\"}");
        }
        return Files.write(dir.resolve("reports.jsonl"), lines);
    }

    private Process frontline(String... args) throws IOException {
        assertThat(JAR).as("the shaded jar (built by package, before failsafe runs)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls the store (readable while the child writes, WAL) until it holds a few articles; fails if none come. */
    private static long waitForSomeStored(Process ingest, Path db) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertThat(ingest.isAlive()).as("ingest ended before it could be killed").isTrue();
            if (Files.exists(db)) {
                try (EventStore store = SqliteEventStore.open(db)) {
                    long stored = store.articles(1, 0).total();
                    if (stored >= 50) {
                        return stored;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no article stored within 5 minutes");
    }

    private static List<StoredArticle> allArticles(EventStore store) {
        List<StoredArticle> all = new ArrayList<>();
        Page<StoredArticle> page;
        do {
            page = store.articles(1000, all.size());
            all.addAll(page.items());
        } while (!page.items().isEmpty());
        return all;
    }
}
