package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code frontline} launcher script (the jar this build packaged) gives batch work the throughput collector
 * and leaves a collector named in FRONTLINE_JAVA_OPTS alone: the bench, run through the script, reports which
 * collector its JVM ran with.
 */
class LauncherGcIT {
    private static final Path LAUNCHER = Path.of("..", "frontline").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String benchCollector(String javaOpts) throws Exception {
        Path corpus = Files.writeString(dir.resolve("report.txt"), "Les forces gouvernementales syriennes ont repris "
                + "le contrôle de Khanacer, au sud-est d'Alep, après des combats avec le front al-Nosra.");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", LAUNCHER.toString(), "bench", "--json", "--corpus",
                corpus.toString(), "--threads", "1", "--seconds", "0.2", "--warmup", "0", "--cold-runs", "0"))
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("FRONTLINE_JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("FRONTLINE_JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        return new ObjectMapper().readTree(out).get("gc").asText();
    }

    @Test
    void benchRunsWithTheParallelCollectorUnlessTheUserNamesOne() throws Exception {
        assertThat(Files.isRegularFile(LAUNCHER)).as(LAUNCHER.toString()).isTrue();
        assertThat(benchCollector(null)).contains("PS Scavenge");
        assertThat(benchCollector("-Xmx512m -XX:+UseG1GC")).contains("G1").doesNotContain("PS ");
    }
}
