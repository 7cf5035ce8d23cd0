package org.frontline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.frontline.article.SeedFormatReader;

/** The founding article's body, read from the classpath copy by the seed reader as the pipeline does. */
final class FoundingArticle {
    private FoundingArticle() {
    }

    static String body() {
        String resource = "/org/frontline/corpus/2018-01-aleppo-khanasir.txt";
        try (InputStream in = FoundingArticle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new SeedFormatReader().read("2018-01-aleppo-khanasir.txt", in.readAllBytes())
                    .articles().get(0).body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
