package org.frontline.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.app.ArticleSource;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;

/**
 * The bundled sample reports: the files listed in {@code org/frontline/app/samples/index.txt} on the classpath,
 * in index order. The demo ingests them; the server's tests use them as real data.
 */
public final class Samples {
    static final String DIR = "/org/frontline/app/samples/";

    private Samples() {
    }

    /** The samples read as articles, in index order. */
    public static List<Article> articles(ArticleSource reader) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String name : names()) {
            articles.addAll(reader.read(name, resource(name), InputFormat.AUTO).articles());
        }
        return articles;
    }

    /** The names listed in the index, skipping blank lines and # comments. */
    static List<String> names() throws IOException {
        String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new FrontlineException("bundled sample " + DIR + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
