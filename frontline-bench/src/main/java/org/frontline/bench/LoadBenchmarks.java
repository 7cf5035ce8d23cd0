package org.frontline.bench;

import java.util.concurrent.TimeUnit;
import org.frontline.actors.ActorCatalog;
import org.frontline.claims.SourceCatalog;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled data, which is most of a cold start: single shots in fresh forks (cold JIT, cold classes),
 * so the figure is what {@code frontline extract} pays once per process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LoadBenchmarks {
    @Benchmark
    public Object loadBundledGazetteer() {
        return KeyIndexGazetteer.loadBundled();
    }

    @Benchmark
    public Object loadActorCatalog() {
        return ActorCatalog.loadBundled();
    }

    @Benchmark
    public Object loadSourceCatalog() {
        return SourceCatalog.loadBundled();
    }
}
