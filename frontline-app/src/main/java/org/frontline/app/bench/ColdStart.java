package org.frontline.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.frontline.FrontlineException;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * Cold start, timed in fresh JVMs with the launcher's JVM options: {@code pipelineSeconds} is building the pipeline
 * and extracting one article inside the child (what a library user waits for), {@code processSeconds} the whole
 * {@code frontline extract one.txt} process from fork to exit (what a shell user waits for), {@code probeCpuSeconds}
 * the CPU time of the probe child's whole process (all threads), which load from other work does not inflate.
 * Medians of the runs.
 */
public record ColdStart(double pipelineSeconds, double processSeconds, double probeCpuSeconds, int runs) {
    /**
     * The JVM options the {@code frontline} launcher script passes (keep the two in step), with this JVM's heap limit
     * when one was set ({@code FRONTLINE_JAVA_OPTS=-Xmx3g} for a large user gazetteer), else the launcher's 512 MB.
     */
    static List<String> launcherOptions(Path classpathJar) {
        List<String> ours = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        String heap = ours.stream().filter(a -> a.startsWith("-Xmx")).reduce((first, last) -> last).orElse("-Xmx512m");
        List<String> options = new ArrayList<>(List.of(heap));
        // the launcher's huge pages: a choice of the user's (FRONTLINE_JAVA_OPTS, so this JVM's too) carried over,
        // else asked for where the kernel offers them
        ours.stream().filter(a -> a.contains("HugePages")).reduce((first, last) -> last)
                .or(() -> hugePagesOffered(HUGE_PAGES) ? Optional.of(TRANSPARENT_HUGE_PAGES) : Optional.empty())
                .ifPresent(options::add);
        if (classpathJar.toString().endsWith(".jar")) {
            options.add("-D" + KeyIndexGazetteer.CACHE_PROPERTY + "=" + classpathJar.resolveSibling("gazetteer-cache"));
        }
        // the launcher names the archive by the JVM that made it and can use it (one with another's is refused), or
        // frontline.jsa when it could not read the JVM's version from its release file
        Path archive = classpathJar.resolveSibling("frontline-" + System.getProperty("java.version") + ".jsa");
        if (!Files.isRegularFile(archive)) {
            archive = classpathJar.resolveSibling("frontline.jsa");
        }
        if (classpathJar.toString().endsWith(".jar") && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        // what the launcher adds to the extraction of one small file: C1 alone, since a one-off extraction does not
        // live long enough to repay C2's compilations
        options.add("-XX:TieredStopAtLevel=1");
        return options;
    }

    static final String TRANSPARENT_HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** Where Linux tells whether it offers transparent huge pages: "always [madvise] never", the mode in brackets. */
    static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Whether the kernel whose setting {@code enabled} is gives transparent huge pages to a JVM that asks (mode
     * always or madvise), as the launcher reads it. No such file (not Linux, or a kernel without them) or an
     * unreadable one: not offered, and the launcher does not ask either.
     */
    static boolean hugePagesOffered(Path enabled) {
        String mode;
        try {
            mode = Files.readString(enabled, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return false;
        }
        return mode.contains("[always]") || mode.contains("[madvise]");
    }

    /**
     * @param body      the one article
     * @param gazetteer a user gazetteer, or null for the bundled one
     * @param runs      how many times each child is run (the median is kept)
     */
    public static ColdStart measure(String body, Path gazetteer, int runs) {
        Path article = null;
        try {
            article = Files.createTempFile("frontline-bench-article", ".txt");
            Files.writeString(article, body, StandardCharsets.UTF_8);
            String cp = JvmChild.ownClasspath();
            List<String> options = launcherOptions(Path.of(cp.split(java.io.File.pathSeparator)[0]));
            double[] pipeline = new double[runs];
            double[] process = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                List<String> probeArgs = new ArrayList<>(List.of(article.toString()));
                List<String> extractArgs = new ArrayList<>(List.of("extract", article.toString()));
                if (gazetteer != null) {
                    probeArgs.add(gazetteer.toString());
                    extractArgs.addAll(List.of("--gazetteer", gazetteer.toString()));
                }
                String line = JvmChild.run(options, cp, ColdProbe.class.getName(), probeArgs).stdout().strip();
                String[] fields = line.split(" ");
                pipeline[i] = Double.parseDouble(fields[0]);
                cpu[i] = Double.parseDouble(fields[3]);
                process[i] = JvmChild.run(options, cp, "org.frontline.app.Main", extractArgs).wallSeconds();
            }
            return new ColdStart(median(pipeline), median(process), median(cpu), runs);
        } catch (IOException e) {
            throw new FrontlineException("cannot write the cold-start article: " + e.getMessage(), e);
        } finally {
            if (article != null) {
                article.toFile().delete(); // a leftover temp file changes no figure
            }
        }
    }

    /** The median of the runs (the upper one of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
