package org.frontline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.StageClock;
import org.frontline.StageClock.Stage;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.fusion.ReportedEvent;

/**
 * The cost of each pipeline stage over a corpus, in CPU time of the extracting thread: which stage a speed-up
 * should attack is read here, not guessed from a flat profile. One thread; a first pass, passes for the warm-up's
 * seconds, then whole passes over the corpus for the measured seconds; then the fusion of every extracted event,
 * timed the same way.
 * Run: {@code java -cp frontline-bench/target/benchmarks.jar org.frontline.bench.StageCosts [--fresh] [--warmup S]
 * SECONDS FILE...}; the warm-up (passes for S seconds, 45 by default) is not counted.
 * With {@code --fresh} every measured pass runs on a newly built pipeline (its build not counted): nothing a
 * pipeline remembers across documents (the gazetteer answers of the surfaces it met) carries over from an earlier
 * pass over the same corpus, as in one pass over new text; without it, passes after the first find every answer
 * remembered.
 */
public final class StageCosts implements StageClock {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);

    private StageCosts() {
    }

    @Override
    public long now() {
        return CPU.getCurrentThreadCpuTime();
    }

    @Override
    public void spent(Stage stage, long took) {
        nanos.merge(stage, took, Long::sum);
    }

    public static void main(String[] args) throws IOException {
        int first = 0;
        boolean fresh = false;
        double warmup = 45;
        while (args[first].startsWith("--")) {
            if (args[first].equals("--fresh")) {
                fresh = true;
                first++;
            } else if (args[first].equals("--warmup")) {
                warmup = Double.parseDouble(args[first + 1]);
                first += 2;
            } else {
                throw new IllegalArgumentException("unknown option " + args[first]
                        + "; usage: StageCosts [--fresh] [--warmup S] SECONDS FILE...");
            }
        }
        double seconds = Double.parseDouble(args[first]);
        List<Article> corpus = new ArrayList<>(Samples.articles());
        ArticleReaders readers = new ArticleReaders();
        for (int i = first + 1; i < args.length; i++) {
            corpus.addAll(readers.read(args[i], Files.readAllBytes(Path.of(args[i]))).articles());
        }
        long bytes = corpus.stream().mapToLong(a -> a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum();
        Pipeline pipeline = Frontline.pipeline(Frontline.Config.defaults());
        Analysis analysis = Frontline.analysis(Frontline.Config.defaults());
        List<Extraction> extractions = new ArrayList<>();
        for (Article a : corpus) {
            extractions.add(pipeline.extract(a, new StageCosts()));
        }
        // the JIT's C2 compiles for ~35 s after start (docs/performance.md, round 30): passes until then measure
        // code still being compiled
        long warm = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < warm) {
            if (fresh) {
                pipeline = Frontline.pipeline(Frontline.Config.defaults());
            }
            for (Article a : corpus) {
                pipeline.extract(a, new StageCosts());
            }
        }
        StageCosts costs = new StageCosts();
        long cpuStart = costs.now();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        long builds = 0;
        do {
            if (fresh) {
                long buildStart = costs.now();
                pipeline = Frontline.pipeline(Frontline.Config.defaults());
                builds += costs.now() - buildStart;
            }
            for (Article a : corpus) {
                pipeline.extract(a, costs);
            }
            passes++;
        } while (System.nanoTime() < deadline);
        double total = (costs.now() - cpuStart - builds) / 1e9;
        List<ReportedEvent> reports = new ArrayList<>();
        extractions.forEach(x -> reports.addAll(ReportedEvent.of(x)));
        long fusionStart = costs.now();
        int fusions = 0;
        do {
            analysis.fuser().fuse(reports);
            fusions++;
        } while (costs.now() - fusionStart < 2e9);
        double fusion = (costs.now() - fusionStart) / 1e9 / fusions;
        System.out.printf("corpus: %d articles, %.3f MB; %d passes%s, %.2f CPU-s, %.3f MB per CPU-s%n",
                corpus.size(), bytes / 1e6, passes, fresh ? " (each on a fresh pipeline)" : "", total,
                bytes * passes / 1e6 / total);
        System.out.println("| stage | CPU-s | share | µs per article | MB per CPU-s of the stage alone |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<Stage, Long> e : costs.nanos.entrySet()) {
            double s = e.getValue() / 1e9;
            System.out.printf("| %s | %.2f | %.1f%% | %.1f | %.2f |%n", e.getKey(), s, 100 * s / total,
                    s * 1e6 / passes / corpus.size(), bytes * passes / 1e6 / s);
        }
        System.out.printf("| fusion (%d reported events, once) | %.3f | | %.1f | %.2f |%n", reports.size(), fusion,
                fusion * 1e6 / corpus.size(), bytes / 1e6 / fusion);
    }
}
