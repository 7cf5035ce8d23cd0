package org.frontline.store;

import org.frontline.events.Event;

/**
 * An event as stored.
 *
 * @param id        the store's id, positive
 * @param articleId the article it was coded from
 * @param rank      its place in the article's salience order, 0 = most salient
 * @param event     the coded event, exactly as the pipeline produced it (evidence offsets into the article body)
 */
public record StoredEvent(long id, String articleId, int rank, Event event) {
    public StoredEvent {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive, got " + id);
        }
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be >= 0, got " + rank);
        }
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
    }
}
