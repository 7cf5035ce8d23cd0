package org.frontline.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One report as read: the body is the text every offset in an extraction refers to (UTF-16 indices).
 *
 * @param id        "sha256:" + hex digest of the body, so the same text read twice has the same id
 * @param inputId   the caller's id (JSONL "id", RSS guid, file name); nullable
 * @param source    publisher or outlet as given by the input ("Source: X", JSONL "source"); nullable
 * @param published "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullable when unknown
 * @param language  "fr" or "en" as given by the input; nullable means detect
 * @param title     headline when the format has one; nullable
 * @param body      the article text, never blank
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, @JsonProperty("input_id") String inputId, String source, String published,
                      String language, @JsonIgnore String title, @JsonIgnore String body) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Article {
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            throw new IllegalArgumentException("article body is empty");
        }
        if (id == null) {
            id = idOf(body);
        }
        if (published != null && !DATE.matcher(published).matches()) {
            throw new IllegalArgumentException("published must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + published + "'");
        }
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be fr or en, got '" + language + "'");
        }
    }

    /** An article with only a body; everything else unknown. */
    public static Article of(String body) {
        return new Article(null, null, null, null, null, null, body);
    }

    public Article withLanguage(String lang) {
        return new Article(id, inputId, source, published, lang, title, body);
    }

    public static String idOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
