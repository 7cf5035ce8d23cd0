package org.frontline.app.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import org.frontline.article.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILE|DIR|-... [--in FORMAT]} arguments of the commands that read articles (extract, ingest), and
 * reading them into articles in input order. Problems never stop the reading: each unreadable input or bad record
 * is added to {@code rejected} as one line naming it.
 */
public final class ArticleInputs {
    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Inputs; - is stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--in", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, seed, text, html, jsonl, rss (default: ${DEFAULT-VALUE}).")
    InputFormat in;

    /** Inputs given some other way than as the command's positional parameters ({@code control --from}). */
    public static ArticleInputs of(List<String> inputs, InputFormat in) {
        ArticleInputs a = new ArticleInputs();
        a.inputs = new ArrayList<>(inputs);
        a.in = in;
        return a;
    }

    /** The articles; no input at all is a usage error. */
    public List<Article> read(AppContext context, CommandLine commandLine, List<String> rejected) {
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "No input: give FILE, DIR, or - for stdin");
        }
        List<Article> articles = new ArrayList<>();
        for (String name : InputPaths.expand(inputs, rejected)) {
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
