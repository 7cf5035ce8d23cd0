package org.frontline;

import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * The bundled gazetteer and the default pipeline over it, built once per test JVM and shared by the test classes
 * that need them. Loading the 105k-place gazetteer again in every class cost a second each and, held by several
 * classes at once, ran the core suite's 1 GB JVM out of heap. Both are immutable, so sharing them changes no result.
 */
public final class Bundled {
    private static KeyIndexGazetteer gazetteer;
    private static Pipeline pipeline;

    private Bundled() {
    }

    /** The bundled gazetteer, loaded on first use. */
    public static synchronized KeyIndexGazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = KeyIndexGazetteer.loadBundled();
        }
        return gazetteer;
    }

    /** {@code Frontline.pipeline(Config.defaults())}, over the shared gazetteer. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Frontline.pipeline(Frontline.Config.defaults().withGazetteer(gazetteer()));
        }
        return pipeline;
    }
}
