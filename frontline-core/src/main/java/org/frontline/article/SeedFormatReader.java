package org.frontline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The founding format: the first line starts with " date YYYY-MM[-DD] " and goes straight on with the body,
 * and a last line "Source: X" names the outlet. Both are taken off the body; the language is left to detection.
 * Without the date prefix the article is still read, with a problem saying the date is unknown.
 */
public final class SeedFormatReader implements ArticleReader {
    static final Pattern DATE_PREFIX = Pattern.compile(
            "\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}(?:-\\d{2})?)(?=[ \\t\\n]|\\z)[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "\\n[ \\t]*Sources?[ \\t]*:[ \\t]*(\\S[^\\n]*?)[ \\t]*\\s*\\z", Pattern.CASE_INSENSITIVE);

    @Override
    public ReadResult read(String name, byte[] content) {
        return readText(name, InputText.decode(name, content));
    }

    ReadResult readText(String name, String text) {
        List<String> problems = new ArrayList<>();
        String published = null;
        String rest = text;
        Matcher date = DATE_PREFIX.matcher(text);
        if (date.find()) {
            Optional<String> parsed = PublishedDates.parse(date.group(1));
            if (parsed.isEmpty()) {
                problems.add(InputText.displayName(name) + ":1: '" + date.group(1) + "' is not a calendar date; "
                        + "published unknown (field date)");
            }
            published = parsed.orElse(null);
            rest = text.substring(date.end());
        } else {
            problems.add(InputText.displayName(name) + ":1: no ' date YYYY-MM ' prefix; published unknown");
        }
        String source = null;
        Matcher sourceLine = SOURCE_LINE.matcher(rest);
        if (sourceLine.find()) {
            source = sourceLine.group(1);
            rest = rest.substring(0, sourceLine.start());
        }
        String body = rest.strip();
        if (body.isEmpty()) {
            throw InputText.rejected(name, "no article text after the date and source lines");
        }
        return new ReadResult(List.of(new Article(null, name, source, published, null, null, body)), problems);
    }
}
