package org.frontline.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@link InputFormat#AUTO} means: the name's extension when it names a format (.jsonl/.ndjson, .html/.htm,
 * .rss/.atom), else the first characters: a line starting with "{" is JSONL, "&lt;rss"/"&lt;feed"/"&lt;rdf:RDF"
 * (after an optional XML declaration and comments) a feed, "&lt;!doctype html"/"&lt;html" a page, a first line
 * starting "date YYYY-MM" (leading blanks allowed) the seed format, anything else plain text.
 */
final class FormatDetector {
    private static final int SNIFF_CHARS = 2048;
    private static final Pattern SEED = Pattern.compile("(?i)[ \\t]*date[ \\t]+\\d{4}-\\d{2}.*", Pattern.DOTALL);
    private static final Pattern FEED = Pattern.compile("<(rss|feed|rdf:rdf)[\\s>]");
    private static final Pattern HTML = Pattern.compile("<(!doctype html|html|head|body)[\\s>]");

    private FormatDetector() {
    }

    /** @param text the decoded input (BOM already dropped, LF line ends) */
    static InputFormat detect(String name, String text) {
        InputFormat byName = byExtension(name);
        return byName != null ? byName : byContent(text);
    }

    static InputFormat byExtension(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return InputFormat.RSS;
        }
        return null;
    }

    static InputFormat byContent(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (trimmed.startsWith("<")) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                return InputFormat.HTML;
            }
            if (FEED.matcher(lower).find()) {
                return InputFormat.RSS;
            }
            if (HTML.matcher(lower).find()) {
                return InputFormat.HTML;
            }
        }
        if (SEED.matcher(head).matches()) {
            return InputFormat.SEED;
        }
        return InputFormat.TEXT;
    }
}
