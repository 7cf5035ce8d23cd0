package org.frontline.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.frontline.FrontlineException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome: one article per entry, its body the entry's content (or its
 * description when there is none) with the HTML stripped to paragraphs. Published is the entry's publication
 * (else update) date as a UTC day; the input id is the entry's link (else its uri/guid); the source is the
 * feed's title. An entry with no text is a problem naming its position and link; the other entries go on.
 * Doctype declarations are refused by Rome's defaults, so a feed cannot pull in external entities.
 */
public final class FeedReader implements ArticleReader {
    @Override
    public ReadResult read(String name, byte[] content) {
        return readText(name, InputText.decode(name, content));
    }

    ReadResult readText(String name, String text) {
        SyndFeed feed = parse(name, text);
        String source = blankToNull(feed.getTitle());
        String language = LanguageTags.codeOf(feed.getLanguage());
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String id = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink() : entry.getUri();
            String body = body(entry);
            if (body.isEmpty()) {
                problems.add(InputText.displayName(name) + ": entry " + (i + 1)
                        + (id == null ? "" : " (" + id + ")") + ": no text (field content/description)");
                continue;
            }
            String published = PublishedDates.ofDate(
                    entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            String title = entry.getTitle() == null ? null : blankToNull(Jsoup.parse(entry.getTitle()).text());
            articles.add(new Article(null, id, source, published, language, title, body));
        }
        return new ReadResult(articles, problems);
    }

    private static SyndFeed parse(String name, String text) {
        try {
            return new SyndFeedInput().build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new FrontlineException(
                    InputText.displayName(name) + ": not a readable RSS or Atom feed (" + why + ")", e);
        }
    }

    private static String body(SyndEntry entry) {
        String html = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining("\n"));
        if (html.isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html = entry.getDescription().getValue();
        }
        if (html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        return HtmlText.blockText(HtmlText.clean(body));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
