package org.frontline.app.eval;

import org.frontline.app.GazetteerOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every {@code eval} subcommand takes. */
final class EvalOptions {
    @Option(names = "--json", description = "Print one JSON object with the scores and n instead of a table.")
    boolean json;

    @Option(names = "--floors", paramLabel = "FILE", description = "Fail (exit 1) when a metric falls more than the "
            + "file's tolerance (default 0.02) below its floor; the file maps eval kinds to {metric: floor}.")
    java.nio.file.Path floors;

    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    GazetteerOption gazetteer;
}
