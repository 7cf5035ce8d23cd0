package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heap too small for the gazetteer (what a user meets with a large import and the default heap) ends with one line
 * that names the limit and the remedy, and exit 1, not a stack trace.
 */
class OutOfMemoryIT {
    private static final Path JAR = Path.of("target/frontline.jar");

    /**
     * Heaps that run out at different points: while the command line is read, and on the thread that builds the
     * pipeline while the input is read (where an error must still reach the one line, not hang or print a trace).
     */
    @ParameterizedTest(name = "-Xmx{0}m")
    @ValueSource(ints = {10, 16, 24})
    void aHeapTooSmallForTheGazetteerIsReportedInOneLineWithTheRemedy(int megabytes) throws Exception {
        assertThat(JAR).as("the shaded jar (built by package, before failsafe runs)").exists();
        Path article = Path.of("src/main/resources/org/frontline/app/samples/2018-01-aleppo-khanasir.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + megabytes + "m", "-jar", JAR.toString(), "extract", article.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith("frontline: out of memory: the Java heap is limited to " + megabytes + " MB")
                .contains("FRONTLINE_JAVA_OPTS=-Xmx");
    }
}
