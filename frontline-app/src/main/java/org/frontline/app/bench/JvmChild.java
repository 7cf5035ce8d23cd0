package org.frontline.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineException;

/**
 * Runs a class of this classpath (or another classpath) in a fresh JVM: the only honest way to time a cold start,
 * and the way to run a baseline whose jars must never be on the product's classpath.
 */
final class JvmChild {
    /** What a child printed on stdout, how it ended and how long it took from fork to exit. */
    record Result(int exitCode, String stdout, double wallSeconds) {
    }

    private JvmChild() {
    }

    /** The java launcher of the running JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The running JVM's classpath (the fat jar, or the module's classes and its dependencies in tests). */
    static String ownClasspath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Runs {@code java jvmOptions -cp classpath mainClass args}, stderr inherited so its problems show; a non-zero
     * exit is a failed measurement, reported with the command line.
     */
    static Result run(List<String> jvmOptions, String classpath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Path out = null;
        try {
            out = Files.createTempFile("frontline-bench-child", ".out");
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(new File("/dev/null"));
            builder.environment().remove("FRONTLINE_GAZETTEER"); // the gazetteer is passed explicitly, if any
            Process process = builder.start();
            int code = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (code != 0) {
                throw new FrontlineException("bench child exited " + code + ": " + String.join(" ", command));
            }
            return new Result(code, stdout, wall);
        } catch (IOException e) {
            throw new FrontlineException("cannot run the bench child " + mainClass + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted while running " + mainClass, e);
        } finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            file.toFile().delete(); // a temp file left behind costs only disk space, nothing the caller reads
        }
    }
}
