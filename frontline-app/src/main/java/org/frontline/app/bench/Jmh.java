package org.frontline.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.FrontlineException;

/** {@code frontline bench --jmh}: runs the JMH jar that the frontline-bench module builds, output to the terminal. */
final class Jmh {
    private Jmh() {
    }

    static int run(PrintWriter err) {
        Path jar = ProjectLayout.file(ProjectLayout.JMH_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new FrontlineException(jar + " is missing: build it with ./mvnw -q -B -DskipTests package");
        }
        err.println("frontline bench: java -jar " + jar);
        err.flush();
        try {
            return new ProcessBuilder(List.of(JvmChild.java(), "-jar", jar.toString())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new FrontlineException("cannot run " + jar + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted while running " + jar, e);
        }
    }
}
