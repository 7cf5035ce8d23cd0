package org.frontline.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.Extraction;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerChoice;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.app.demo.Samples;
import org.frontline.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code frontline bench}: how fast the whole extraction runs, how cold it starts and how much heap it takes, on a
 * corpus of real reports (the bundled samples plus ../shared/eval's ACLED notes and CASE snippets, or any files).
 * Speed targets are checked here and in JMH, never by timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure extraction throughput (articles/s, MB/s and tokens/s per core), cold start",
            "and peak heap; optionally against Stanford CoreNLP's French pipeline."})
public final class BenchCommand implements Callable<Integer> {
    static final Path SHARED_EVAL = Path.of("../shared/eval");

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    GazetteerOption gazetteer;

    @Option(names = "--corpus", paramLabel = "DIR|FILE", description = {"Articles to extract (walked recursively;",
        "ACLED .csv notes and CASE .tsv snippets are read as articles).",
        "Default: the bundled samples and ../shared/eval if present."})
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", paramLabel = "S", description = "Measured window (default: ${DEFAULT-VALUE}).")
    double seconds = 10;

    /**
     * The JIT compiles for some 40 CPU-seconds before the extraction's code is the steady state's (2026-12-02, JFR:
     * C2 busy on a core for 35 s): after 3 s of warm-up, the default until then, two threads ran at 0.65-0.75 MB/s
     * per core with C2 taking a core from them, and at 1.14-1.18 after 60 s (docs/performance.md).
     */
    @Option(names = "--warmup", paramLabel = "S", description = {"Warm-up before it, at least one pass over the",
        "corpus; long enough for the JIT to finish its",
        "work (default: ${DEFAULT-VALUE}; see jit_share)."})
    double warmup = 45;

    @Option(names = "--warm-passes", description = {"Measure passes on the warm-up's pipeline, which then",
        "remembers the corpus's gazetteer answers (default: each",
        "measured pass on a newly built pipeline, as new text)."})
    boolean warmPasses;

    @Option(names = "--repeat", paramLabel = "K", description = "Make each article K times longer (default: 1).")
    int repeat = 1;

    @Option(names = "--cold-runs", paramLabel = "N", description = {"Fresh JVMs timed for the cold start, median",
        "kept; 0 skips it (default: ${DEFAULT-VALUE})."})
    int coldRuns = 3;

    @Option(names = "--baseline", paramLabel = "corenlp", description = {"Also run Stanford CoreNLP's French",
        "tokenize,ssplit,pos,ner on the same text (needs ./mvnw -Pcorenlp package)."})
    Baseline baseline;

    @Option(names = "--corenlp-classpath", paramLabel = "FILE", hidden = true,
            description = "The classpath file of the CoreNLP build (default: the one -Pcorenlp writes).")
    Path corenlpClasspath;

    @Option(names = "--jmh", description = "Run the JMH benchmarks of the hot stages instead (frontline-bench).")
    boolean jmh;

    /** The baselines the bench knows. */
    public enum Baseline { corenlp }

    public BenchCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || seconds <= 0 || warmup < 0 || repeat < 1 || coldRuns < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads and --repeat must be >= 1, --seconds > 0, --warmup and --cold-runs >= 0");
        }
        if (jmh) {
            return Jmh.run(spec.commandLine().getErr());
        }
        BenchCorpus articles = BenchCorpus.of(articles()).lengthened(repeat);
        progress("corpus: %d articles, %.2f MB, %d tokens", articles.articles().size(),
                articles.totalBytes() / 1e6, articles.totalTokens());
        long buildStart = System.nanoTime();
        Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        Throughput throughput;
        if (warmPasses) {
            throughput = Throughput.measure(articles, pipeline, threads, warmup, seconds);
        } else {
            Path chosen = GazetteerChoice.resolve(gazetteer.path(), context).map(GazetteerChoice::path).orElse(null);
            // the warm-up's pipeline is the one built above; each is let go before the next is built, so that only
            // one gazetteer is held at a time, and the last is kept for the live heap figure below
            AtomicReference<Function<Article, Extraction>> current = new AtomicReference<>(pipeline);
            pipeline = null;
            throughput = Throughput.measureFresh(articles, current.get(), () -> {
                current.set(null);
                System.gc(); // the pipeline let go is collected before the next is built: one gazetteer in the heap
                current.set(context.pipelines().build(chosen));
                return current.get();
            }, threads, warmup, seconds);
            pipeline = current.get();
        }
        Heap heap = Heap.measure();
        Reference.reachabilityFence(pipeline); // held through the measure: the live heap is the pipeline's
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles_per_s", round(throughput.articlesPerSecond()));
        figures.put("mb_per_s_per_core", round(throughput.mbPerSecondPerCore()));
        figures.put("tokens_per_s_per_core", round(throughput.tokensPerSecondPerCore()));
        figures.put("mb_per_s", round(throughput.mbPerSecondPerCore() * threads));
        figures.put("tokens_per_s", round(throughput.tokensPerSecondPerCore() * threads));
        figures.put("mb_per_cpu_s", round(throughput.mbPerCpuSecond()));
        figures.put("tokens_per_cpu_s", round(throughput.tokensPerCpuSecond()));
        figures.put("cpu_share", round(throughput.cpuShare()));
        figures.put("gc_pause_share", round(throughput.gcShare()));
        figures.put("jit_share", round(throughput.jitShare()));
        figures.put("warmup_s", warmup);
        if (coldRuns > 0) {
            progress("cold start: %d fresh JVMs of each kind", coldRuns * 2);
            Path user = GazetteerChoice.resolve(gazetteer.path(), context).map(GazetteerChoice::path).orElse(null);
            ColdStart cold = ColdStart.measure(articles.articles().get(0).body(), user, coldRuns);
            figures.put("cold_start_s", round(cold.processSeconds()));
            figures.put("cold_pipeline_s", round(cold.pipelineSeconds()));
            figures.put("cold_pipeline_cpu_s", round(cold.probeCpuSeconds()));
            GazetteerLoad load = GazetteerLoad.measure(user, coldRuns);
            figures.put("gazetteer_places", load.places());
            figures.put("gazetteer_load_s", round(load.seconds()));
            figures.put("gazetteer_load_cpu_s", round(load.cpuSeconds()));
            figures.put("gazetteer_heap_mb", round(load.heapMb()));
            figures.put("gazetteer_bytes_per_place", Math.round(load.bytesPerPlace()));
            figures.put("gazetteer_rss_mb", round(load.residentMb()));
            figures.put("gazetteer_index_s", round(load.indexSeconds()));
            figures.put("gazetteer_index_cpu_s", round(load.indexCpuSeconds()));
        }
        figures.put("peak_heap_mb", round(heap.peakMb()));
        figures.put("live_heap_mb", round(heap.liveMb()));
        figures.put("max_heap_mb", round(heap.maxMb()));
        figures.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "))); // which collector measured
        // which JVM measured: the same jar runs some 5% faster per CPU-second on JDK 25 than on 17 (docs/performance.md)
        figures.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        // whether the heap is in transparent huge pages (the launcher asks for them where the kernel offers them)
        figures.put("huge_pages", ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseTransparentHugePages").getValue().equals("true"));
        figures.put("pipeline_build_s", round(buildSeconds));
        figures.put("passes", warmPasses ? "warm" : "fresh"); // fresh: each measured pass on a new pipeline
        if (baseline == Baseline.corenlp) {
            progress("CoreNLP baseline: loading its French models takes a while");
            CoreNlpRun corenlp = CoreNlpRun.measure(articles, seconds, warmup,
                    corenlpClasspath != null ? corenlpClasspath : ProjectLayout.file(ProjectLayout.CORENLP_CLASSPATH));
            figures.put("corenlp_tokens_per_s", round(corenlp.tokensPerSecond()));
            figures.put("corenlp_tokens_per_cpu_s", round(corenlp.tokensPerCpuSecond()));
            figures.put("corenlp_mb_per_s", round(corenlp.mbPerSecond(), 6));
            // same text, so bytes compare what the two tokenizers count differently; CPU time, so that other
            // work on the machine during either window does not tilt the ratio
            figures.put("ratio_vs_corenlp", round(throughput.mbPerCpuSecond() / corenlp.mbPerCpuSecond()));
            figures.put("ratio_vs_corenlp_wall", round(throughput.mbPerSecondPerCore() / corenlp.mbPerSecond()));
        }
        figures.put("threads", threads);
        figures.put("seconds", round(throughput.seconds()));
        figures.put("articles", throughput.articles());
        figures.put("corpus_articles", articles.articles().size());
        figures.put("corpus_mb", round(articles.totalBytes() / 1e6));
        figures.put("corpus_tokens", articles.totalTokens());
        figures.put("repeat", repeat);
        print(figures);
        return 0;
    }

    /** The bundled samples, then ../shared/eval's own files when it exists; or only what --corpus names. */
    private List<Article> articles() throws IOException {
        if (corpus != null) {
            return BenchCorpus.read(corpus, true, context.articles());
        }
        List<Article> all = new ArrayList<>(Samples.articles(context.articles()));
        if (Files.isDirectory(SHARED_EVAL)) {
            all.addAll(BenchCorpus.read(SHARED_EVAL, false, context.articles()));
        }
        return all;
    }

    private void print(Map<String, Object> figures) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.newMapper().writeValueAsString(figures));
        } else {
            figures.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-24s %s", k, v)));
        }
        out.flush();
    }

    private void progress(String format, Object... args) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("frontline bench: " + String.format(Locale.ROOT, format, args));
        err.flush();
    }

    /** Three significant decimals are plenty for figures that vary by a few percent between runs. */
    private static double round(double v) {
        return round(v, 3);
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
