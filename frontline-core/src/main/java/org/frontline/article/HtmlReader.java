package org.frontline.article;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One news page as one article: only the main text. Page furniture (nav, aside, scripts, forms, and the page's
 * own header and footer) is dropped; the longest {@code <article>} is preferred, then {@code <main>}, then the
 * body. A header inside the article is kept, since it holds the headline. The title comes from {@code <title>}
 * or the first {@code <h1>}; the date from {@code article:published_time}-style meta tags or the first
 * {@code <time datetime>}, cut to the day; the language from {@code <html lang>} when it is fr or en.
 */
public final class HtmlReader implements ArticleReader {
    private static final String PUBLISHED_META = "meta[property=article:published_time],"
            + " meta[name=article:published_time], meta[itemprop=datePublished], meta[name=date],"
            + " meta[property=og:published_time]";

    @Override
    public ReadResult read(String name, byte[] content) {
        return readText(name, InputText.decode(name, content));
    }

    ReadResult readText(String name, String text) {
        Document doc = Jsoup.parse(text);
        String title = title(doc);
        String published = published(doc);
        Element html = doc.selectFirst("html");
        String language = LanguageTags.codeOf(html == null ? null : html.attr("lang"));
        String source = attr(doc, "meta[property=og:site_name]", "content").orElse(null);
        HtmlText.clean(doc.body());
        doc.body().select("header, footer").stream()
                .filter(el -> el.closest("article") == null)
                .forEach(Element::remove);
        String body = HtmlText.blockText(mainElement(doc));
        if (body.isEmpty()) {
            body = HtmlText.blockText(doc.body());
        }
        if (body.isEmpty()) {
            throw InputText.rejected(name, "no text in the HTML body");
        }
        return new ReadResult(List.of(new Article(null, name, source, published, language, title, body)), List.of());
    }

    private static Element mainElement(Document doc) {
        Optional<Element> article = doc.body().select("article").stream()
                .max(Comparator.comparingInt(el -> el.text().length()));
        if (article.isPresent() && !article.get().text().isBlank()) {
            return article.get();
        }
        Element main = doc.body().selectFirst("main, [role=main]");
        return main != null && !main.text().isBlank() ? main : doc.body();
    }

    private static String title(Document doc) {
        String title = doc.title().strip();
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        return title.isEmpty() ? null : title;
    }

    private static String published(Document doc) {
        return attr(doc, PUBLISHED_META, "content")
                .or(() -> attr(doc, "time[datetime]", "datetime"))
                .flatMap(PublishedDates::parse)
                .orElse(null);
    }

    private static Optional<String> attr(Document doc, String query, String attribute) {
        return doc.select(query).stream().map(el -> el.attr(attribute).strip()).filter(v -> !v.isEmpty()).findFirst();
    }
}
