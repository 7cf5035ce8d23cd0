package org.frontline.app.store;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Progress;
import org.frontline.app.VersionProvider;
import org.frontline.app.extract.ArticleInputs;
import org.frontline.article.Article;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frontline ingest}: extract every article of every input and keep it in the store, once. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract news reports and store them with their events; idempotent (an article already",
            "stored is skipped), one transaction per article, so an interrupted ingest can simply be re-run.",
            "Directories are read recursively in path order; - reads stdin. Exit 1 when some input was rejected."})
public final class IngestCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    StoreOption storeOption;

    @Mixin
    GazetteerOption gazetteer;

    public IngestCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> rejected = new ArrayList<>();
        List<Article> articles = inputs.read(context, spec.commandLine(), rejected);
        Ingester.Tally tally;
        try (EventStore store = storeOption.open(context, spec.commandLine())) {
            Progress progress = new Progress(err, context.stderrIsTerminal(), "articles", articles.size());
            tally = articles.isEmpty() ? new Ingester.Tally(0, 0, 0, 0)
                    : new Ingester(store, gazetteer.pipeline(context, spec.commandLine()), threads)
                            .ingest(articles, progress, rejected);
        }
        rejected.forEach(problem -> err.println(spec.qualifiedName() + ": rejected " + problem));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(spec.qualifiedName() + ": " + new Ingester.Tally(tally.stored(), tally.present(),
                rejected.size(), tally.events()).line()); // unreadable inputs count as rejected too
        out.flush();
        return rejected.isEmpty() ? 0 : 1;
    }
}
