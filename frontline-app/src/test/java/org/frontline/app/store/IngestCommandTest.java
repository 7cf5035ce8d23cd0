package org.frontline.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.SqliteEventStore;
import org.frontline.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline ingest} with the real readers and pipeline into a real SQLite file. */
class IngestCommandTest {
    static final String KHANACER = "L'armée syrienne a repris Khanacer, à 45 km au sud-est d'Alep, après des combats"
            + " contre le front al-Nosra, rapporte le Média de guerre du Hezbollah.";
    static final String IDLEB = "Des frappes aériennes russes ont tué cinq civils à Idleb le 3 mars 2020, selon"
            + " l'Observatoire syrien des droits de l'homme.";

    @TempDir
    Path dir;

    private Cli.Run ingest(AppContext context, String... args) {
        List<String> all = new ArrayList<>(List.of("ingest"));
        all.addAll(List.of(args));
        return Cli.run(context, all.toArray(String[]::new));
    }

    private AppContext standard() {
        return AppContext.standard(Map.of(), dir.resolve("home"));
    }

    private Path reports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("khanacer.txt"), KHANACER);
        Files.writeString(reports.resolve("idleb.txt"), IDLEB);
        return reports;
    }

    @Test
    void storesADirectoryOnceAndFindsItPresentTheSecondTime() throws IOException {
        Path db = dir.resolve("store.db");
        Cli.Run first = ingest(standard(), reports().toString(), "--db", db.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("frontline ingest: 2 articles stored, 0 already present, 0 rejected; ");
        long events;
        try (EventStore store = SqliteEventStore.open(db)) {
            events = store.count(EventQuery.all());
            assertThat(events).isPositive();
            StoredArticle khanacer = store.articles(10, 0).items().stream()
                    .filter(a -> a.extraction().article().inputId().endsWith("khanacer.txt")).findFirst().orElseThrow();
            assertThat(khanacer.extraction().article().body()).isEqualTo(KHANACER);
            assertThat(khanacer.extraction().events()).isNotEmpty();
        }
        assertThat(first.out()).contains("; " + events + " events stored");

        Cli.Run second = ingest(standard(), reports().toString(), "--db", db.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).startsWith("frontline ingest: 0 articles stored, 2 already present, 0 rejected; 0 events stored");
        try (EventStore store = SqliteEventStore.open(db)) {
            assertThat(store.count(EventQuery.all())).isEqualTo(events);
            assertThat(store.articles(10, 0).total()).isEqualTo(2);
        }
    }

    @Test
    void namesEachRejectedInputOnOneLineAndStoresTheRest() throws IOException {
        Path reports = reports();
        Files.writeString(reports.resolve("empty.txt"), "   \n");
        Path db = dir.resolve("store.db");
        Cli.Run run = ingest(standard(), reports.toString(), dir.resolve("missing.txt").toString(), "--db",
                db.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("frontline ingest: rejected "))).hasSize(2);
        assertThat(run.err()).contains("frontline ingest: rejected " + dir.resolve("missing.txt") + ": no such file or directory");
        assertThat(run.err()).contains("empty.txt");
        assertThat(run.out()).startsWith("frontline ingest: 2 articles stored, 0 already present, 2 rejected; ");
    }

    @Test
    void storesInFrontlineDbWhenNoStoreIsNamed() throws IOException {
        Path db = dir.resolve("from-env.db");
        AppContext context = AppContext.standard(Map.of(StoreOption.ENV, db.toString()), dir.resolve("home"));
        assertThat(ingest(context, reports().resolve("idleb.txt").toString()).code()).isZero();
        try (EventStore store = SqliteEventStore.open(db)) {
            assertThat(store.articles(10, 0).total()).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("home/.frontline/frontline.db"))).isFalse();
    }

    @Test
    void refusesTwoStoresAsAUsageError() {
        Cli.Run run = Cli.run("ingest", "x.txt", "--db", "a.db", "--postgres", "jdbc:postgresql://localhost/x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Give --db or --postgres, not both");
    }
}
