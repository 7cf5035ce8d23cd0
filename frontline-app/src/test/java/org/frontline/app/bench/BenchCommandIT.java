package org.frontline.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on a tiny corpus, with real child JVMs for the cold start: the figures exist and are sane. */
public class BenchCommandIT {
    @TempDir
    Path dir;

    private static AppContext realPipeline() {
        return AppContext.standard(Map.of(), Cli.NO_HOME);
    }

    private Path smallCorpus() throws Exception {
        Files.writeString(dir.resolve("khanasir.txt"), "Les forces gouvernementales syriennes ont repris le contrôle "
                + "de Khanacer, au sud-est d'Alep, après des combats avec le front al-Nosra, selon l'OSDH.");
        Files.writeString(dir.resolve("notes.csv"), "event_date,notes\n9-May-20,\"On 9 May 2020, Syrian regime "
                + "forces shelled Kafr Nabl in Idleb, killing two civilians.\"\n10-May-20,\"Protesters gathered "
                + "in Baghdad against the government.\"\n");
        Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n1\tThe US warplanes pounded the "
                + "village of Kashkash near al-Shadadi, killing 6 civilians\tAIR_STRIKE\n");
        return dir;
    }

    @Test
    void printsThroughputColdStartAndHeapAsOneJsonObject() throws Exception {
        Cli.Run run = Cli.run(realPipeline(), "bench", "--corpus", smallCorpus().toString(), "--json",
                "--threads", "1", "--seconds", "0.5", "--warmup", "0", "--cold-runs", "1");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        for (String key : List.of("articles_per_s", "mb_per_s_per_core", "tokens_per_s_per_core", "cold_start_s",
                "cold_pipeline_s", "cold_pipeline_cpu_s", "peak_heap_mb", "live_heap_mb", "tokens_per_cpu_s",
                "gazetteer_load_s", "gazetteer_load_cpu_s", "gazetteer_heap_mb", "gazetteer_rss_mb")) {
            assertThat(figures.get(key)).as(key).isNotNull();
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(figures.get("corpus_articles").asInt()).isEqualTo(4);
        assertThat(figures.get("cpu_share").asDouble()).isPositive();
        assertThat(figures.get("jit_share").asDouble()).isNotNegative(); // the compilers' time in the window
        assertThat(figures.get("warmup_s").asDouble()).isZero(); // as asked: the default is long, for the JIT
        assertThat(figures.get("gc").asText()).isNotBlank(); // which collector the figures were measured with
        assertThat(figures.get("huge_pages").isBoolean()).isTrue(); // whether the heap was in transparent huge pages
        assertThat(figures.get("jvm").asText()).contains(System.getProperty("java.vm.version")); // and which JVM
        assertThat(figures.get("passes").asText()).isEqualTo("fresh"); // each pass on a new pipeline unless told
        // the bundled gazetteer: its heap per place is what the columns and key indexes cost, not a record's ~1.3 kB
        assertThat(figures.get("gazetteer_places").asInt()).isGreaterThan(10_000);
        assertThat(figures.get("gazetteer_bytes_per_place").asDouble()).isBetween(50.0, 1000.0);
        assertThat(figures.get("gazetteer_rss_mb").asDouble()).isGreaterThan(figures.get("gazetteer_heap_mb")
                .asDouble());
        assertThat(figures.get("articles").asLong()).isPositive();
        assertThat(figures.get("peak_heap_mb").asDouble()).isGreaterThanOrEqualTo(figures.get("live_heap_mb")
                .asDouble());
        // tokens and bytes come from the same articles: ~5 UTF-8 bytes per token in prose, never 1 or 100
        double bytesPerToken = figures.get("mb_per_s_per_core").asDouble() * 1e6
                / figures.get("tokens_per_s_per_core").asDouble();
        assertThat(bytesPerToken).isBetween(2.0, 20.0);
    }

    @Test
    void longerArticlesKeepTheArticleCountAndMultiplyTheTokens() throws Exception {
        Cli.Run once = Cli.run(realPipeline(), "bench", "--corpus", smallCorpus().toString(), "--json",
                "--threads", "1", "--seconds", "0.2", "--warmup", "0", "--cold-runs", "0");
        Cli.Run tenTimes = Cli.run(realPipeline(), "bench", "--corpus", dir.toString(), "--json",
                "--threads", "1", "--seconds", "0.2", "--warmup", "0", "--cold-runs", "0", "--repeat", "10",
                "--warm-passes");

        JsonNode a = new ObjectMapper().readTree(once.out());
        JsonNode b = new ObjectMapper().readTree(tenTimes.out());
        assertThat(b.get("corpus_articles").asInt()).isEqualTo(a.get("corpus_articles").asInt());
        assertThat(b.get("corpus_tokens").asLong()).isEqualTo(10 * a.get("corpus_tokens").asLong());
        assertThat(b.has("cold_start_s")).isFalse();
        assertThat(b.get("passes").asText()).isEqualTo("warm");
    }

    @Test
    void aCorpusThatDoesNotExistIsRejectedInOneLine() {
        Cli.Run run = Cli.run(realPipeline(), "bench", "--corpus", dir.resolve("missing").toString(),
                "--cold-runs", "0");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).contains("missing").doesNotContain("\n");
    }

    @Test
    void aMissingCoreNlpBuildSaysHowToBuildIt() throws Exception {
        Cli.Run run = Cli.run(realPipeline(), "bench", "--corpus", smallCorpus().toString(), "--baseline",
                "corenlp", "--threads", "1", "--seconds", "0.1", "--warmup", "0", "--cold-runs", "0",
                "--corenlp-classpath", dir.resolve("none.classpath").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("-Pcorenlp");
    }
    @Test
    void storeBenchLoadsASmallStoreAndTimesItsRoutesOrOnlyLoadsIt() throws Exception {
        Path db = dir.resolve("bench-store.db");
        Cli.Run loadOnly = Cli.run(realPipeline(), "bench", "store", "--events", "300", "--queries", "0",
                "--db", db.toString());
        assertThat(loadOnly.code()).as(loadOnly.err()).isZero();
        assertThat(loadOnly.out()).contains("not timed (--queries 0)").doesNotContain("p99");

        Cli.Run timed = Cli.run(realPipeline(), "bench", "store", "--events", "300", "--queries", "20",
                "--db", db.toString());
        assertThat(timed.code()).as(timed.err()).isZero();
        assertThat(timed.out()).contains("p99").doesNotContain("not timed");
    }
}
