package org.frontline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which user gazetteer the pipeline resolves places against, first found wins: {@code --gazetteer PATH}, then the
 * environment variable {@value #ENV}, then {@value #DEFAULT_FILE} under the home directory when it exists; none of
 * them means the bundled gazetteer.
 *
 * @param path where the gazetteer is
 * @param from which of the three named it, for the one stderr line saying so
 */
public record GazetteerChoice(Path path, String from) {
    public static final String ENV = "FRONTLINE_GAZETTEER";
    public static final String DEFAULT_FILE = ".frontline/gazetteer.tsv.gz";

    /** The user gazetteer to use; empty for the bundled one. */
    public static Optional<GazetteerChoice> resolve(Path option, AppContext context) {
        if (option != null) {
            return Optional.of(new GazetteerChoice(option, "--gazetteer"));
        }
        String env = context.env().get(ENV);
        if (env != null && !env.isBlank()) {
            return Optional.of(new GazetteerChoice(Path.of(env), ENV));
        }
        Path home = defaultFile(context);
        return Files.isRegularFile(home) ? Optional.of(new GazetteerChoice(home, "~/" + DEFAULT_FILE))
                : Optional.empty();
    }

    /** Where {@code frontline gazetteer import} writes by default and the pipeline looks last. */
    public static Path defaultFile(AppContext context) {
        return context.home().resolve(DEFAULT_FILE);
    }
}
