package org.frontline.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;

/**
 * What the commands run against, passed in by {@link Main} so tests can give fakes: the pipeline (built lazily,
 * once per command run, because building it loads the gazetteer), the article readers, stdin, and whether stderr is
 * a terminal (progress lines are written only then).
 */
public record AppContext(Supplier<Function<Article, Extraction>> pipeline, ArticleSource articles,
                         InputStream stdin, boolean stderrIsTerminal) {
    public AppContext {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** The real thing: the standard pipeline, the core readers, the process's stdin. */
    public static AppContext standard() {
        return new AppContext(AppContext::standardPipeline, new ArticleReaders()::read, System.in, detectTerminalStderr());
    }

    private static Function<Article, Extraction> standardPipeline() {
        Pipeline pipeline = Frontline.pipeline(Frontline.Config.defaults());
        return pipeline::extract;
    }

    /** Linux: fd 2 points at a tty; elsewhere fall back to "there is a console at all". */
    private static boolean detectTerminalStderr() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException e) {
                return false; // unreadable link: no progress line, which only costs the progress display
            }
        }
        return System.console() != null;
    }
}
