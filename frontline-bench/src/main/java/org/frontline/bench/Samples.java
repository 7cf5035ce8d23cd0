package org.frontline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.article.InputFormat;

/** The reports the benchmarks run on: copies of the app's bundled samples (one French, two English). */
final class Samples {
    static final List<String> NAMES = List.of("2018-01-aleppo-khanasir.txt", "2019-10-raqqa-shelling.txt",
            "2020-01-idlib-maarat.txt");

    private Samples() {
    }

    static List<Article> articles() {
        ArticleReaders readers = new ArticleReaders();
        List<Article> articles = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = Samples.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("sample " + name + " is missing from the benchmarks jar");
                }
                articles.addAll(readers.read(name, in.readAllBytes(), InputFormat.AUTO).articles());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sample " + name, e);
            }
        }
        return articles;
    }
}
