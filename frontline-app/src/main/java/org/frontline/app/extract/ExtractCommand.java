package org.frontline.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import org.frontline.article.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline extract}: every article of every input, extracted, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract events, places, actors and sources from news reports.",
            "Directories are read recursively in path order; - reads stdin. Exit 1 when some input was rejected."})
public final class ExtractCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Inputs; - is stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--in", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, seed, text, html, jsonl, rss (default: ${DEFAULT-VALUE}).")
    InputFormat in;

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
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No input: give FILE, DIR, or - for stdin");
        }
        List<String> rejected = new ArrayList<>();
        List<Article> articles = read(InputPaths.expand(inputs, rejected), rejected);
        PrintWriter stdout = spec.commandLine().getOut();
        ExtractionWriter writer = out.open(stdout, Json.newMapper(), articles.size());
        if (!articles.isEmpty()) {
            Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
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

    private List<Article> read(List<String> names, List<String> rejected) {
        List<Article> articles = new ArrayList<>();
        for (String name : names) {
            try {
                byte[] bytes = name.equals(InputPaths.STDIN) ? context.stdin().readAllBytes()
                        : Files.readAllBytes(Path.of(name));
                ReadResult result = context.articles().read(name, bytes, in);
                rejected.addAll(result.problems());
                articles.addAll(withInputIds(name, result.articles()));
            } catch (IOException e) {
                rejected.add(name + ": cannot read: " + e.getMessage());
            } catch (FrontlineException e) {
                rejected.add(e.getMessage());
            }
        }
        return articles;
    }

    /** Articles the reader gave no id keep the input's name ("a.txt", or "feed.xml#2" when it holds several). */
    static List<Article> withInputIds(String name, List<Article> articles) {
        List<Article> named = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String id = a.inputId() != null ? a.inputId() : articles.size() == 1 ? name : name + "#" + (i + 1);
            named.add(new Article(a.id(), id, a.source(), a.published(), a.language(), a.title(), a.body()));
        }
        return named;
    }
}
