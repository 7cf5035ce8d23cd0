package org.frontline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.article.Article;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --gazetteer PATH} for the commands that run the pipeline, and building that pipeline. */
public final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "PATH", description = {
        "Gazetteer to resolve places against, as written by",
        "'frontline gazetteer import'. First found wins:",
        "--gazetteer, then $" + GazetteerChoice.ENV + ", then",
        "~/" + GazetteerChoice.DEFAULT_FILE + " if it exists,",
        "then the bundled one."})
    Path gazetteer;

    /** The {@code --gazetteer} given, null when none (the environment or home directory may still name one). */
    public Path path() {
        return gazetteer;
    }

    /**
     * {@link #pipeline}, started now on a daemon thread when the choice is the bundled gazetteer, so that a command
     * can read its inputs meanwhile (a cold {@code extract} of one report spends a sixth of its time there); the
     * supplier waits for it and throws what building threw. A user gazetteer is built when asked for, as before,
     * so that its stderr line and its errors come only when there is something to extract.
     */
    public Supplier<Function<Article, Extraction>> pipelineAhead(AppContext context, CommandLine commandLine) {
        if (GazetteerChoice.resolve(gazetteer, context).isPresent()) {
            return () -> pipeline(context, commandLine);
        }
        // a FutureTask keeps what building threw without allocating, so an OutOfMemoryError reaches the caller
        // (and Main's one-line message); should even that fail, the thread's death is kept and rethrown here, so
        // the caller never waits on a thread that is gone
        FutureTask<Function<Article, Extraction>> building = new FutureTask<>(() -> context.pipelines().build(null));
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread thread = new Thread(building, "frontline-pipeline");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> died.set(e));
        thread.start();
        return () -> {
            try {
                while (true) {
                    try {
                        return building.get(100, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        if (!thread.isAlive() && !building.isDone()) {
                            throw rethrown(died.get());
                        }
                    }
                }
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FrontlineException("interrupted while the pipeline was being built", e);
            }
        };
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new FrontlineException("cannot build the pipeline: " + cause, cause);
    }

    /**
     * The pipeline over the chosen gazetteer; says on stderr which user gazetteer it is (nothing for the bundled
     * one). A named gazetteer that does not exist is a rejected input, not a silent fallback to the bundled one.
     */
    public Function<Article, Extraction> pipeline(AppContext context, CommandLine commandLine) {
        Optional<GazetteerChoice> choice = GazetteerChoice.resolve(gazetteer, context);
        if (choice.isEmpty()) {
            return context.pipelines().build(null);
        }
        Path path = choice.get().path();
        if (!Files.isRegularFile(path)) {
            throw new FrontlineException("gazetteer " + path + " (from " + choice.get().from() + ") does not exist");
        }
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": gazetteer " + path
                + " (from " + choice.get().from() + ")");
        commandLine.getErr().flush();
        return context.pipelines().build(path);
    }
}
