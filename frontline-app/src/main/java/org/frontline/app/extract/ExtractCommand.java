package org.frontline.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frontline extract}: every article of every input, extracted, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract events, places, actors and sources from news reports.",
            "Directories are read recursively in path order; - reads stdin. Exit 1 when some input was rejected."})
public final class ExtractCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputs;

    @Option(names = "--out", paramLabel = "FORMAT", defaultValue = "json", converter = OutputFormat.Converter.class,
            description = {"Output: json, jsonl, acled-csv, geojson (default: ${DEFAULT-VALUE}).",
                "acled-csv keeps ACLED's columns and order but writes ISO dates (2020-05-09, or 2018-01)."})
    OutputFormat out;

    @Mixin
    GazetteerOption gazetteer;

    public ExtractCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Supplier<Function<Article, Extraction>> building = gazetteer.pipelineAhead(context, spec.commandLine());
        List<String> rejected = new ArrayList<>();
        List<Article> articles = inputs.read(context, spec.commandLine(), rejected);
        PrintWriter stdout = spec.commandLine().getOut();
        ExtractionWriter writer = out.open(stdout, Json.newMapper(), articles.size());
        if (!articles.isEmpty()) {
            Function<Article, Extraction> pipeline = building.get();
            for (Article article : articles) {
                writer.write(pipeline.apply(article));
            }
        }
        writer.finish();
        PrintWriter err = spec.commandLine().getErr();
        rejected.forEach(problem -> err.println(spec.qualifiedName() + ": rejected " + problem));
        err.flush();
        return rejected.isEmpty() ? 0 : 1;
    }
}
