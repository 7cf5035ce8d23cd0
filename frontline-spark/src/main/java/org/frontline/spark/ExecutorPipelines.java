package org.frontline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.Frontline;
import org.frontline.FrontlineException;
import org.frontline.Pipeline;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * The pipelines of one executor JVM, built once and shared by every task that runs there. Building a pipeline
 * (gazetteer, catalogs, model) costs one to two CPU-seconds; built per partition it was paid again for every task,
 * on every core at once, which is why two local cores ran barely faster than one. Spark has no per-executor hook
 * and a pipeline is neither small nor serializable, so the JVM's class is the executor's scope: this map is the one
 * place such state lives, and a {@link Pipeline} is immutable and thread-safe, so concurrent tasks share it.
 * A user gazetteer is keyed by its path, size and modification time, so a file replaced between jobs is read again.
 */
final class ExecutorPipelines {
    private static final String BUNDLED = "bundled";
    private static final Map<String, Pipeline> BUILT = new ConcurrentHashMap<>();
    private static final AtomicLong BUILDS = new AtomicLong();

    private ExecutorPipelines() {
    }

    /** The pipeline for a user gazetteer readable on this executor, or for the bundled one when null. */
    static Pipeline of(String gazetteer) {
        return BUILT.computeIfAbsent(key(gazetteer), k -> build(gazetteer));
    }

    /** How many pipelines this JVM has built: what the scaling test and a curious operator check. */
    static long builds() {
        return BUILDS.get();
    }

    private static String key(String gazetteer) {
        if (gazetteer == null) {
            return BUNDLED;
        }
        Path path = Path.of(gazetteer);
        try {
            return path.toAbsolutePath() + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new FrontlineException("cannot read the gazetteer " + gazetteer + " on this executor: "
                    + e.getMessage(), e);
        }
    }

    private static Pipeline build(String gazetteer) {
        BUILDS.incrementAndGet();
        Frontline.Config config = Frontline.Config.defaults();
        if (gazetteer != null) {
            try {
                config = config.withGazetteer(KeyIndexGazetteer.load(Path.of(gazetteer)));
            } catch (IOException e) {
                throw new FrontlineException("cannot read the gazetteer " + gazetteer + " on this executor: "
                        + e.getMessage(), e);
            }
        }
        return Frontline.pipeline(config);
    }
}
