package org.frontline.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.article.Article;

/** Runs the real command tree in-process against fakes, capturing stdout, stderr and the exit code. */
public final class Cli {
    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {
    }

    /** A home directory without ~/.frontline, so that no user gazetteer of the machine running the tests is used. */
    public static final Path NO_HOME = Path.of("/nonexistent-frontline-test-home");

    private Cli() {
    }

    /** A pipeline that must not be built: the run under test should not need one. */
    public static Function<Article, Extraction> noPipeline() {
        throw new FrontlineException("test: the pipeline should not have been built");
    }

    public static AppContext context(Function<Article, Extraction> pipeline, ArticleSource articles, String stdin) {
        return new AppContext(gazetteer -> pipeline, articles,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, Map.of(), NO_HOME);
    }

    /** A run as {@link Main#main} makes it: the tree holds only the subcommand the first argument names. */
    public static Run run(AppContext context, String... args) {
        return run(context, true, args);
    }

    /** A run through the tree of every subcommand ({@code oneCommand} false) or of the one named first. */
    public static Run run(AppContext context, boolean oneCommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(context, new PrintWriter(out), new PrintWriter(err),
                oneCommand && args.length > 0 ? args[0] : null).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A run whose pipeline and readers fail loudly if used (for usage and help). */
    public static Run run(String... args) {
        return run(unused(), args);
    }

    /** A context whose pipeline and readers fail loudly if used. */
    public static AppContext unused() {
        return new AppContext(gazetteer -> noPipeline(), (n, b, f) -> {
            throw new FrontlineException("test: nothing should be read");
        }, new ByteArrayInputStream(new byte[0]), false, Map.of(), NO_HOME);
    }
}
