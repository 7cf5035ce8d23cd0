package org.frontline.store;

import org.frontline.Extraction;

/**
 * An article as stored, with its whole extraction (places, actors, sources, events, problems).
 *
 * @param ingested   when it was stored, ISO-8601 UTC instant
 * @param extraction what the pipeline made of it; {@code extraction.article().body()} is the text as read
 */
public record StoredArticle(String ingested, Extraction extraction) {
    public StoredArticle {
        if (extraction == null) {
            throw new IllegalArgumentException("extraction is required");
        }
    }

    public String id() {
        return extraction.article().id();
    }
}
