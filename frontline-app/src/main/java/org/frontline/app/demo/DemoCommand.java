package org.frontline.app.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.app.serve.ServerOptions;
import org.frontline.article.Article;
import org.frontline.store.EventStore;
import org.frontline.store.PutResult;
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
        List<PutResult> stored;
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
                + stored.stream().mapToInt(PutResult::events).sum() + " events stored in " + db);
        ServerOptions.serveUntilStopped(server.config(store, context, gazetteer, spec.commandLine()),
                spec.commandLine(), "the map of the samples");
        return 0;
    }

    private List<PutResult> ingest(EventStore store) throws IOException {
        List<Article> articles = Samples.articles(context.articles());
        List<PutResult> results = new ArrayList<>();
        if (!articles.isEmpty()) {
            Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
            articles.forEach(a -> results.add(store.put(pipeline.apply(a))));
        }
        return results;
    }

    /** The extractions as read back from the store, in sample order. */
    private void print(EventStore store, List<PutResult> stored) throws IOException {
        List<Extraction> extractions = new ArrayList<>();
        for (PutResult put : stored) {
            extractions.add(store.article(put.articleId()).orElseThrow(() -> new FrontlineException(
                    "demo: article " + put.articleId() + " was stored but cannot be read back")).extraction());
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
