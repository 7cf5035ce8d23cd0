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

    /** The first event the default pipeline codes in {@code text}, failing the test when it codes none. */
    public static org.frontline.events.Event firstEvent(String text, String language, String published) {
        java.util.List<org.frontline.events.Event> events = pipeline().extract(
                new org.frontline.article.Article(null, null, null, published, language, null, text)).events();
        org.assertj.core.api.Assertions.assertThat(events).as(text).isNotEmpty();
        return events.get(0);
    }

    /** {@code Frontline.pipeline(Config.defaults())}, over the shared gazetteer. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Frontline.pipeline(Frontline.Config.defaults().withGazetteer(gazetteer()));
        }
        return pipeline;
    }
}
