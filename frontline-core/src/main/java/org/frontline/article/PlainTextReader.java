package org.frontline.article;

import java.util.List;

/** The whole input is one article body, trimmed of surrounding blank lines; nothing else is known about it. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public ReadResult read(String name, byte[] content) {
        return readText(name, InputText.decode(name, content));
    }

    ReadResult readText(String name, String text) {
        return new ReadResult(List.of(new Article(null, name, null, null, null, null, text.strip())), List.of());
    }
}
