package org.frontline.app.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR|- arguments into the inputs to read, in a stable order. */
final class InputPaths {
    static final String STDIN = "-";

    private InputPaths() {
    }

    /**
     * Files stay as given, "-" is stdin, a directory becomes every regular, non-hidden file under it, recursively,
     * sorted by path. An argument that does not exist is added to {@code rejected} ("path: no such file or directory").
     */
    static List<String> expand(List<String> args, List<String> rejected) {
        List<String> inputs = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (arg.equals(STDIN)) {
                inputs.add(STDIN);
            } else if (Files.isDirectory(path)) {
                inputs.addAll(filesUnder(path, rejected));
            } else if (Files.isRegularFile(path)) {
                inputs.add(arg);
            } else {
                rejected.add(arg + ": no such file or directory");
            }
        }
        return inputs;
    }

    private static List<String> filesUnder(Path dir, List<String> rejected) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            rejected.add(dir + ": cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }

    /** A path with any component starting with "." (".git/…", ".DS_Store") is not an input. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
