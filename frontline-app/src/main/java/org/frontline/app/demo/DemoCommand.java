package org.frontline.app.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.Progress;
import org.frontline.app.VersionProvider;
import org.frontline.app.serve.ServerOptions;
import org.frontline.app.store.Ingester;
import org.frontline.article.Article;
import org.frontline.store.EventStore;
import org.frontline.store.EventQuery;
import org.frontline.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code frontline demo}: codes the bundled samples, stores them in a fresh SQLite store in a temporary directory
 * (so the map always shows what this build codes, never a stale earlier run) and serves the map over it.
 * {@code --no-serve} prints the stored extractions as one JSON array instead and exits.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Code the bundled sample reports, store them in a temporary store and serve the map.",
            "With --no-serve, print the stored extractions (JSON array) and exit."})
public final class DemoCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    ServerOptions server;

    @Option(names = "--no-serve", description = "Print the coded samples as stored and exit instead of serving.")
    boolean noServe;

    public DemoCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("frontline-demo");
        Path db = dir.resolve("demo.db");
        deleteOnExit(dir, db);
        EventStore store = SqliteEventStore.open(db);
        List<Article> stored;
        try {
            stored = ingest(store);
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
        if (noServe) {
            try (store) {
                print(store, stored);
            }
            return 0;
        }
        spec.commandLine().getErr().println("demo: " + stored.size() + " sample reports, "
                + store.count(EventQuery.all()) + " events stored in " + db);
        ServerOptions.serveUntilStopped(server.config(store, context, gazetteer, spec.commandLine()),
                spec.commandLine(), "the map of the samples");
        return 0;
    }

    /** Stores the samples; a sample the pipeline cannot code is a bug in this build, so it fails the demo. */
    private List<Article> ingest(EventStore store) throws IOException {
        List<Article> articles = Samples.articles(context.articles());
        if (!articles.isEmpty()) {
            List<String> rejected = new ArrayList<>();
            new Ingester(store, gazetteer.pipeline(context, spec.commandLine()), 1).ingest(articles,
                    new Progress(spec.commandLine().getErr(), false, "reports", articles.size()), rejected);
            if (!rejected.isEmpty()) {
                throw new FrontlineException("bundled sample rejected: " + rejected.get(0));
            }
        }
        return articles;
    }

    /** The extractions as read back from the store, in sample order. */
    private void print(EventStore store, List<Article> stored) throws IOException {
        List<Extraction> extractions = new ArrayList<>();
        for (Article a : stored) {
            extractions.add(store.article(a.id()).orElseThrow(() -> new FrontlineException(
                    "demo: article " + a.id() + " was stored but cannot be read back")).extraction());
        }
        spec.commandLine().getOut().println(Json.newMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(extractions));
        spec.commandLine().getOut().flush();
    }

    /** The store's files (SQLite's WAL and shared-memory files included) go when the JVM exits, then the dir. */
    private static void deleteOnExit(Path dir, Path db) {
        dir.toFile().deleteOnExit();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            new File(db + suffix).deleteOnExit();
        }
    }
}
