package org.frontline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        CompletableFuture<Function<Article, Extraction>> building = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                building.complete(context.pipelines().build(null));
            } catch (RuntimeException | Error e) {
                building.completeExceptionally(e);
            }
        }, "frontline-pipeline");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return building.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw (Error) e.getCause();
            }
        };
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
