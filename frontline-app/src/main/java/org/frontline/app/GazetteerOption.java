package org.frontline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
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
