package org.frontline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.article.Article;
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
        List<org.frontline.events.Event> events = pipeline().extract(
                new Article(null, null, null, published, language, null, text)).events();
        org.assertj.core.api.Assertions.assertThat(events).as(text).isNotEmpty();
        return events.get(0);
    }

    /** A test report's text and what the default pipeline extracts from it. */
    public record Extracted(String body, Extraction extraction) {
    }

    /**
     * The founding article and four reports of the offensive of January 2018 (two French, two English), each
     * extracted by the default pipeline as published on 2018-01-22: the real mentions the events stage's helpers
     * are checked on.
     */
    public static List<Extracted> fiveReports() throws IOException {
        List<Extracted> out = new ArrayList<>();
        for (String[] report : new String[][] {{"corpus/2018-01-aleppo-khanasir.txt", "fr"},
                {"fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fr"},
                {"fusion/offensive/2018-01-22-enab-saraqib-fr.txt", "fr"},
                {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "en"},
                {"fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "en"}}) {
            String body = TestTexts.read(report[0]);
            out.add(new Extracted(body, pipeline().extract(new Article(null, null, null, "2018-01-22", report[1], null,
                    body))));
        }
        return out;
    }

    /** {@code Frontline.pipeline(Config.defaults())}, over the shared gazetteer. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Frontline.pipeline(Frontline.Config.defaults().withGazetteer(gazetteer()));
        }
        return pipeline;
    }
}
