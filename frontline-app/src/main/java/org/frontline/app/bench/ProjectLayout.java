package org.frontline.app.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the build puts what the bench runs beside the product: the JMH jar and the CoreNLP classpath file live in
 * the source tree's other modules, found from where this class was loaded (frontline-app/target/frontline.jar or
 * frontline-app/target/classes, both three levels below the project root).
 */
final class ProjectLayout {
    static final String JMH_JAR = "frontline-bench/target/benchmarks.jar";
    static final String CORENLP_CLASSPATH = "frontline-corenlp/target/corenlp.classpath";

    private ProjectLayout() {
    }

    /** The project root, when this class runs from the build tree. */
    static Optional<Path> root() {
        try {
            Path here = Path.of(ProjectLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = here.getParent() == null ? null : here.getParent().getParent();
            root = root == null ? null : root.getParent();
            return root != null && Files.isRegularFile(root.resolve("pom.xml")) ? Optional.of(root) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty(); // not loaded from a file: no build tree to find, callers say what is missing
        }
    }

    /** A file of the build tree, or the path it would have relative to the current directory. */
    static Path file(String relative) {
        return root().map(r -> r.resolve(relative)).orElse(Path.of(relative));
    }
}
