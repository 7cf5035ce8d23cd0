package org.frontline.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.FrontlineException;
import org.frontline.Pipeline;
import org.frontline.article.Article;

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
        return new AppContext(AppContext::standardPipeline, AppContext::unwiredReaders, System.in, detectTerminalStderr());
    }

    private static Function<Article, Extraction> standardPipeline() {
        try {
            Pipeline pipeline = Frontline.pipeline(Frontline.Config.defaults());
            return pipeline::extract;
        } catch (UnsupportedOperationException e) {
            throw new FrontlineException("the standard pipeline is not available in this build: " + e.getMessage(), e);
        }
    }

    // TODO(integrator): replace this method reference in standard() by org.frontline.article.Readers::read
    // (same signature: String name, byte[] content, InputFormat format -> ReadResult) once the readers land on main.
    private static org.frontline.article.ReadResult unwiredReaders(String name, byte[] content,
                                                                    org.frontline.article.InputFormat format) {
        throw new FrontlineException(name + ": cannot read articles: the core readers are not wired into this build yet");
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
