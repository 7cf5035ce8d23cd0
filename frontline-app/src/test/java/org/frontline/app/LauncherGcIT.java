package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code frontline} launcher script (the jar this build packaged) gives batch work the throughput collector
 * and leaves a collector named in FRONTLINE_JAVA_OPTS alone, asks for transparent huge pages where the kernel offers
 * them, and runs $JAVA_HOME's JVM when it is set: the bench, run through the script, reports which collector, which
 * JVM and whether huge pages it ran with.
 */
class LauncherGcIT {
    private static final Path LAUNCHER = Path.of("..", "frontline").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String benchCollector(String javaOpts) throws Exception {
        return bench(javaOpts, null).get("gc").asText();
    }

    private JsonNode bench(String javaOpts, Path javaHome) throws Exception {
        Path corpus = Files.writeString(dir.resolve("report.txt"), "Les forces gouvernementales syriennes ont repris "
                + "le contrôle de Khanacer, au sud-est d'Alep, après des combats avec le front al-Nosra.");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", LAUNCHER.toString(), "bench", "--json", "--corpus",
                corpus.toString(), "--threads", "1", "--seconds", "0.2", "--warmup", "0", "--cold-runs", "0"))
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("FRONTLINE_JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("FRONTLINE_JAVA_OPTS", javaOpts);
        }
        pb.environment().remove("JAVA_HOME");
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void benchRunsWithTheParallelCollectorUnlessTheUserNamesOne() throws Exception {
        assertThat(Files.isRegularFile(LAUNCHER)).as(LAUNCHER.toString()).isTrue();
        assertThat(benchCollector(null)).contains("PS Scavenge");
        assertThat(benchCollector("-Xmx512m -XX:+UseG1GC")).contains("G1").doesNotContain("PS ");
    }

    @Test
    void asksForTransparentHugePagesWhereTheKernelOffersThemUnlessTheUserSaysOtherwise() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean offered = mode.contains("[always]") || mode.contains("[madvise]");
        assertThat(bench(null, null).get("huge_pages").asBoolean()).isEqualTo(offered);
        assertThat(bench("-Xmx512m -XX:-UseTransparentHugePages", null).get("huge_pages").asBoolean()).isFalse();
    }

    @Test
    void runsTheJvmOfJavaHomeWhenSet() throws Exception {
        String running = System.getProperty("java.vm.version");
        assertThat(bench(null, Path.of(System.getProperty("java.home"))).get("jvm").asText()).contains(running);
        // another JDK on this machine (Debian's layout; this image has Temurin 25 beside OpenJDK 17): its version
        Optional<Path> other;
        try (Stream<Path> homes = Files.isDirectory(Path.of("/usr/lib/jvm")) ? Files.list(Path.of("/usr/lib/jvm"))
                : Stream.empty()) {
            other = homes.filter(h -> Files.isExecutable(h.resolve("bin/java"))
                            && Files.isRegularFile(h.resolve("release")))
                    .filter(h -> !version(h).equals(System.getProperty("java.version")) && feature(h) >= 17)
                    .findFirst();
        }
        Assumptions.assumeTrue(other.isPresent(), "no second JDK 17+ under /usr/lib/jvm");
        assertThat(bench(null, other.get()).get("jvm").asText()).contains(version(other.get()))
                .doesNotContain(running);
    }

    /** JAVA_VERSION of a JDK's release file ("25.0.3"), "" when unreadable. */
    private static String version(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int feature(Path home) {
        String v = version(home);
        return v.matches("\\d+(\\..*)?") ? Integer.parseInt(v.split("\\.")[0]) : 0;
    }
}
