package org.frontline.article;

import java.util.Objects;

/**
 * The one entry point for reading inputs: picks the reader for a format, detecting it for
 * {@link InputFormat#AUTO} (rules in {@link #detect}). Every reader gets its text through the same strict
 * decoding: UTF-8 with or without BOM, CRLF and CR turned into LF, so article offsets index the normalized text.
 * Empty, binary (NUL bytes or more than 5% control characters) and non-UTF-8 inputs throw
 * {@link org.frontline.FrontlineException} with one line "NAME: WHY" (the CLI adds "rejected"). Stateless and thread-safe.
 */
public final class ArticleReaders implements ArticleReader {
    private final SeedFormatReader seed = new SeedFormatReader();
    private final PlainTextReader plain = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonlReader jsonl = new JsonlReader();
    private final FeedReader feed = new FeedReader();

    /** Reads with {@link InputFormat#AUTO}. */
    @Override
    public ReadResult read(String name, byte[] content) {
        return read(name, content, InputFormat.AUTO);
    }

    /**
     * @param name    the input's name for messages and AUTO detection (a path, "-" for stdin, a URL)
     * @param content raw bytes
     * @param format  how to read them; AUTO detects
     * @throws org.frontline.FrontlineException when the input cannot be read at all (one-line message)
     */
    public ReadResult read(String name, byte[] content, InputFormat format) {
        Objects.requireNonNull(format, "format");
        String text = InputText.decode(name, content);
        InputFormat chosen = format == InputFormat.AUTO ? FormatDetector.detect(name, text) : format;
        return switch (chosen) {
            case SEED -> seed.readText(name, text);
            case TEXT -> plain.readText(name, text);
            case HTML -> html.readText(name, text);
            case JSONL -> jsonl.readText(name, text);
            case RSS -> feed.readText(name, text);
            case AUTO -> throw new IllegalStateException("AUTO detection returned AUTO for " + name);
        };
    }

    /**
     * The format AUTO picks: by extension first (.jsonl/.ndjson → JSONL, .html/.htm/.xhtml → HTML, .rss/.atom →
     * RSS), else by the first characters: "{" → JSONL; "&lt;!doctype html"/"&lt;html" → HTML; "&lt;rss",
     * "&lt;feed", "&lt;rdf:RDF" → RSS; a first line starting "date YYYY-MM" → SEED; otherwise TEXT.
     *
     * @throws org.frontline.FrontlineException when the input cannot be decoded at all
     */
    public InputFormat detect(String name, byte[] content) {
        return FormatDetector.detect(name, InputText.decode(name, content));
    }
}
