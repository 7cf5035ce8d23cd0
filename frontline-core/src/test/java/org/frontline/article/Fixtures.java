package org.frontline.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test inputs read from the classpath, as bytes, the way the CLI hands them to readers. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }

    static byte[] foundingArticle() {
        return bytes("/org/frontline/corpus/2018-01-aleppo-khanasir.txt");
    }
}
