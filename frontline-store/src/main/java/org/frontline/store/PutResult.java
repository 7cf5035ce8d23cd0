package org.frontline.store;

/**
 * What {@link EventStore#put} did.
 *
 * @param articleId the article's id ("sha256:…")
 * @param added     false when the article was already stored (nothing was written)
 * @param events    how many events the stored article has
 */
public record PutResult(String articleId, boolean added, int events) {
    public PutResult {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId is required");
        }
        if (events < 0) {
            throw new IllegalArgumentException("events must be >= 0, got " + events);
        }
    }
}
