package org.frontline.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.article.Article;

/**
 * Extracts the corpus round and round on {@code threads} threads for a fixed time and counts what got done. Each
 * thread takes the next article from one shared counter, so the threads stay busy until the deadline; only
 * articles finished before it count. A warm-up pass of the same kind runs first so that the JIT has compiled the
 * hot paths: the figure is the steady state a long ingest sees, not the first seconds of a JVM.
 * <p>
 * A pipeline remembers what it met across documents (the geoparser keeps the gazetteer's answers for the names it
 * has looked up), so a second pass over the same corpus finds every answer remembered, which no stream of new
 * reports does. {@link #measureFresh} therefore gives each measured pass a newly built pipeline (its build not
 * timed): the figure is what one pass over text that pipeline has never seen costs.
 *
 * @param articles articles extracted in the timed window
 * @param bytes    their UTF-8 bytes
 * @param tokens   their tokens
 * @param seconds  the measured window
 * @param threads  how many threads extracted
 * @param cpuSeconds CPU time the extracting threads used in the window: on a machine shared with other work the
 *                   per-CPU-second figures stay meaningful when the wall-clock ones drop
 * @param gcSeconds  the collectors' time in the window ({@link GarbageCollectorMXBean#getCollectionTime}: the pauses,
 *                   for the stop-the-world collectors the launcher gives batch work): every extracting thread stands
 *                   still through them, so a pause costs the wall clock of all threads and none of their CPU time
 * @param jitSeconds the JIT compilers' time in the window ({@link CompilationMXBean#getTotalCompilationTime}; 0 where
 *                   the JVM does not tell): work on cores the extracting threads would use, and a sign that the code
 *                   they run is not yet the steady state's
 */
public record Throughput(long articles, long bytes, long tokens, double seconds, int threads, double cpuSeconds,
                         double gcSeconds, double jitSeconds) {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public Throughput {
        if (seconds <= 0 || threads < 1) {
            throw new IllegalArgumentException("a throughput needs a positive window and at least one thread");
        }
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    /** Megabytes (10^6 bytes) of article text per second per thread, the threads being on their own cores. */
    public double mbPerSecondPerCore() {
        return bytes / 1e6 / seconds / threads;
    }

    public double tokensPerSecondPerCore() {
        return tokens / seconds / threads;
    }

    public double mbPerCpuSecond() {
        return bytes / 1e6 / cpuSeconds;
    }

    public double tokensPerCpuSecond() {
        return tokens / cpuSeconds;
    }

    /**
     * The share of the window's wall clock, on all threads together, that the extracting threads ran on a core: below
     * one when other work on the machine, the JIT or the collectors took cores from them (wall-clock figures then fall
     * by as much, the per-CPU-second ones do not).
     */
    public double cpuShare() {
        return cpuSeconds / (seconds * threads);
    }

    /** The share of the window the collectors took. */
    public double gcShare() {
        return gcSeconds / seconds;
    }

    /** The share of the window the JIT compilers took (of one core's wall clock; above 1 when several compiled). */
    public double jitShare() {
        return jitSeconds / seconds;
    }

    /** The compilers' time so far; 0 where the JVM does not measure it. */
    private static double jitSecondsSoFar() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3 : 0;
    }

    /** The collectors' time so far, all collectors together. */
    private static double gcSecondsSoFar() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    /** Warm up for {@code warmupSeconds} (at least one pass over the corpus), then measure {@code seconds}. */
    public static Throughput measure(BenchCorpus corpus, Function<Article, Extraction> pipeline, int threads,
                                     double warmupSeconds, double seconds) {
        run(corpus, pipeline, threads, warmupSeconds, true);
        return run(corpus, pipeline, threads, seconds, false);
    }

    /**
     * Passes shorter than this (a corpus of a few articles) share a pipeline: building one (a gazetteer load, a
     * third of a second and more) would otherwise make most of the run.
     */
    static final double SHORT_PASS_SECONDS = 0.1;

    /**
     * Warm up as {@link #measure} on {@code first}, then extract whole passes, each on a pipeline
     * {@code fresh} builds for it (the build untimed; the previous one let go first, so two gazetteers are never
     * held at once; the heap collected after the build, untimed too) unless the pass before was shorter than
     * {@link #SHORT_PASS_SECONDS}, until {@code seconds} of passes are summed.
     */
    public static Throughput measureFresh(BenchCorpus corpus, Function<Article, Extraction> first,
                                          Supplier<Function<Article, Extraction>> fresh, int threads,
                                          double warmupSeconds, double seconds) {
        Function<Article, Extraction> pipeline = first;
        Throughput warm = run(corpus, pipeline, threads, warmupSeconds, true);
        double last = warm.seconds() * corpus.articles().size() / Math.max(1, warm.articles()); // one pass's
        long[] total = new long[3];
        double wall = 0;
        double cpu = 0;
        double gc = 0;
        double jit = 0;
        do {
            if (last >= SHORT_PASS_SECONDS) {
                pipeline = null;
                pipeline = fresh.get();
                // untimed, like the build: the pipeline let go (a gazetteer, tenured) and the build's scraps are
                // collected here, not by a full collection inside the next pass's window, a pause that a stream of
                // reports on one pipeline never pays and that counted against the wall-clock figures
                System.gc();
            }
            Throughput pass = run(corpus, pipeline, threads, 0, true);
            last = pass.seconds();
            total[0] += pass.articles();
            total[1] += pass.bytes();
            total[2] += pass.tokens();
            wall += pass.seconds();
            cpu += pass.cpuSeconds();
            gc += pass.gcSeconds();
            jit += pass.jitSeconds();
        } while (wall < seconds);
        return new Throughput(total[0], total[1], total[2], wall, threads, cpu, gc, jit);
    }

    private static Throughput run(BenchCorpus corpus, Function<Article, Extraction> pipeline, int threads,
                                  double seconds, boolean wholePass) {
        AtomicLong next = new AtomicLong();
        int n = corpus.articles().size();
        double gcStart = gcSecondsSoFar();
        double jitStart = jitSecondsSoFar();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long[] done = new long[4];
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    while (true) {
                        long i = next.getAndIncrement();
                        boolean passDone = !wholePass || i >= n;
                        if (passDone && System.nanoTime() >= deadline) {
                            return done;
                        }
                        int k = (int) (i % n);
                        pipeline.apply(corpus.articles().get(k));
                        if (System.nanoTime() <= deadline || wholePass) {
                            done[0]++;
                            done[1] += corpus.utf8Bytes()[k];
                            done[2] += corpus.tokens()[k];
                            done[3] = CPU.getCurrentThreadCpuTime() - cpuStart;
                        }
                    }
                }));
            }
            long[] total = new long[4];
            for (Future<long[]> w : workers) {
                long[] done = w.get();
                for (int j = 0; j < 4; j++) {
                    total[j] += done[j];
                }
            }
            double elapsed = Math.min((System.nanoTime() - start) / 1e9, wholePass ? Double.MAX_VALUE : seconds);
            return new Throughput(total[0], total[1], total[2], Math.max(elapsed, 1e-9), threads,
                    Math.max(total[3] / 1e9, 1e-9), Math.min(gcSecondsSoFar() - gcStart, elapsed),
                    jitSecondsSoFar() - jitStart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted while benchmarking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pipeline failed during the bench", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
