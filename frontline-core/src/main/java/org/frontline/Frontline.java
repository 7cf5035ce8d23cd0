package org.frontline;

/** Builds the standard {@link Pipeline} from a {@link Config}; the only class that names stage implementations. */
public final class Frontline {
    private Frontline() {
    }

    /** Knobs of the standard pipeline, with named defaults. */
    public record Config(boolean detectLanguage) {
        public static Config defaults() {
            return new Config(true);
        }
    }

    public static Pipeline pipeline(Config config) {
        throw new UnsupportedOperationException("the standard stages are wired when they land on main");
    }
}
