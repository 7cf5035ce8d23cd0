package org.frontline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.FrontlineException;
import org.frontline.Pipeline;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * What the commands run against, passed in by {@link Main} so tests can give fakes: the pipeline (built lazily,
 * once per command run, because building it loads the gazetteer), the article readers, stdin, whether stderr is
 * a terminal (progress lines are written only then), and the environment and home directory that locate a user
 * gazetteer ({@link GazetteerChoice}).
 */
public record AppContext(Pipelines pipelines, ArticleSource articles, InputStream stdin, boolean stderrIsTerminal,
                         Map<String, String> env, Path home) {
    /** Builds the pipeline over a user gazetteer file, or over the bundled one when the path is null. */
    @FunctionalInterface
    public interface Pipelines {
        Function<Article, Extraction> build(Path gazetteerOrNull);
    }

    public AppContext {
        Objects.requireNonNull(pipelines, "pipelines");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(stdin, "stdin");
        env = Map.copyOf(env);
        Objects.requireNonNull(home, "home");
    }

    /** The real thing: the standard pipeline, the core readers, the process's stdin, environment and home. */
    public static AppContext standard() {
        return standard(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The standard pipeline and readers, with the environment and home directory given (tests). */
    public static AppContext standard(Map<String, String> env, Path home) {
        return new AppContext(AppContext::standardPipeline, new ArticleReaders()::read, System.in,
                detectTerminalStderr(), env, home);
    }

    private static Function<Article, Extraction> standardPipeline(Path gazetteer) {
        Frontline.Config config = Frontline.Config.defaults();
        if (gazetteer != null) {
            try {
                config = config.withGazetteer(KeyIndexGazetteer.load(gazetteer));
            } catch (IOException e) {
                throw new FrontlineException("cannot read the gazetteer " + gazetteer + ": " + e.getMessage(), e);
            } catch (FrontlineException e) {
                throw new FrontlineException(gazetteer + ": " + e.getMessage(), e);
            }
        }
        Pipeline pipeline = Frontline.pipeline(config);
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
