package org.frontline.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object per line (DESIGN §4): {@code {"id", "text", "published", "source", "language"}}, only
 * {@code text} required. A bad line costs only itself: it becomes the problem "NAME:LINE: why (field X)" and the
 * other lines are read. Blank lines are skipped but still counted, so line numbers match an editor's. Unknown
 * fields are ignored, so richer exports can be fed as they are.
 */
public final class JsonlReader implements ArticleReader {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public ReadResult read(String name, byte[] content) {
        return readText(name, InputText.decode(name, content));
    }

    ReadResult readText(String name, String text) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                articles.add(article(lines[i]));
            } catch (BadLine e) {
                problems.add(InputText.displayName(name) + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new ReadResult(articles, problems);
    }

    private Article article(String line) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("invalid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (!node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadLine("missing text (field text)");
        }
        if (!text.isTextual()) {
            throw new BadLine("text must be a string (field text)");
        }
        if (text.asText().isBlank()) {
            throw new BadLine("text is empty (field text)");
        }
        return new Article(null, id(node), optionalString(node, "source"), published(node), language(node), null,
                text.asText().replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String id(JsonNode node) throws BadLine {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            throw new BadLine("id must be a string or an integer (field id)");
        }
        return id.asText();
    }

    private static String published(JsonNode node) throws BadLine {
        String raw = optionalString(node, "published");
        if (raw == null) {
            return null;
        }
        return PublishedDates.parse(raw).orElseThrow(() -> new BadLine(
                "published must be a date YYYY, YYYY-MM or YYYY-MM-DD, got '" + raw + "' (field published)"));
    }

    private static String language(JsonNode node) throws BadLine {
        String raw = optionalString(node, "language");
        if (raw == null) {
            return null;
        }
        String code = LanguageTags.codeOf(raw);
        if (code == null) {
            throw new BadLine("language must be fr or en, got '" + raw + "' (field language)");
        }
        return code;
    }

    private static String optionalString(JsonNode node, String field) throws BadLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine(field + " must be a string (field " + field + ")");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** Why one line was not read; becomes a problem, never escapes the reader. */
    private static final class BadLine extends Exception {
        BadLine(String why) {
            super(why);
        }
    }
}
