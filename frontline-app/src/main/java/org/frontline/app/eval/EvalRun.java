package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.app.AppContext;
import org.frontline.app.Json;
import org.frontline.app.Progress;
import org.frontline.article.Article;
import picocli.CommandLine;

/**
 * What every eval subcommand does around its scoring: extract with progress on a terminal stderr, collect the
 * rejected rows (one line each on stderr), print the scores, and turn all that into the exit code.
 */
final class EvalRun {
    private final AppContext context;
    private final EvalOptions options;
    private final CommandLine commandLine;
    private final List<String> rejected = new ArrayList<>();

    EvalRun(AppContext context, EvalOptions options, CommandLine commandLine) {
        this.context = context;
        this.options = options;
        this.commandLine = commandLine;
    }

    void reject(String problem) {
        rejected.add(problem);
    }

    /** Extracts in order; builds the pipeline only when there is something to extract. */
    List<Batch.Outcome> extract(List<Article> articles, String unit) {
        if (articles.isEmpty()) {
            return List.of();
        }
        return extract(articles, unit, options.gazetteer.pipeline(context, commandLine));
    }

    /** Extracts in order with the pipeline given (cross-validation and training build their own). */
    List<Batch.Outcome> extract(List<Article> articles, String unit, Function<Article, Extraction> pipeline) {
        Progress progress = new Progress(commandLine.getErr(), context.stderrIsTerminal(), unit, articles.size());
        return Batch.extract(articles, pipeline, options.threads, progress);
    }

    /** Prints the scores to stdout, the rejections and floor violations to stderr; 0 when there are none, else 1. */
    int finish(Map<String, Number> scores) throws JsonProcessingException {
        Report.print(scores, options.json, Json.newMapper(), commandLine.getOut());
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        rejected.forEach(problem -> err.println(name + ": rejected " + problem));
        List<String> below = options.floors == null ? List.of()
                : Floors.read(options.floors, commandLine.getCommandSpec().name()).violations(scores);
        below.forEach(line -> err.println(name + ": below floor: " + line));
        if (options.floors != null && below.isEmpty()) {
            err.println(name + ": all floors in " + options.floors + " met");
        }
        err.flush();
        return rejected.isEmpty() && below.isEmpty() ? 0 : 1;
    }
}
