package org.frontline.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.Extraction;

/**
 * Keeps extractions and answers queries over their events. Every implementation passes the same contract test suite.
 *
 * <p>Contract: {@link #put} is idempotent by article id (the sha256 of the body): the same article twice is stored
 * once, its events once, whatever happened between the two calls (a crash included). One article is stored in one
 * transaction: after a crash an article is either wholly there or not at all. Event ids are assigned by the store,
 * positive, stable for the life of the store. Dates are compared as ranges: an event dated "2018-01" spans
 * 2018-01-01..2018-01-31 and matches any query range that overlaps it. Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

    /** Stores one article's extraction (its body included) unless an article with the same id is already stored. */
    PutResult put(Extraction extraction);

    /**
     * Stores many extractions, each as {@link #put} would, for bulk loads. The whole batch may be one transaction
     * (then a crash keeps all of it or none of it); results are in the input's order.
     */
    default List<PutResult> putAll(List<Extraction> extractions) {
        return extractions.stream().map(this::put).toList();
    }

    /** Events matching the query, ordered by event date (newest first), then id. */
    Page<StoredEvent> events(EventQuery query);

    /** How many events match the query's filters (its paging ignored). */
    long count(EventQuery query);

    Optional<StoredEvent> event(long id);

    /** Calls {@code sink} for every event matching the filters, in id order, without holding them all in memory. */
    void forEachEvent(EventQuery query, Consumer<StoredEvent> sink);

    Optional<StoredArticle> article(String articleId);

    /** Stored articles, newest ingest first. */
    Page<StoredArticle> articles(int limit, int offset);

    /** Places events are located at, with how many matching events each; most events first, paged by the query. */
    List<PlaceCount> places(EventQuery query);

    /**
     * Actors (actor1, actor2 and associated actors) of matching events, with event counts; most events first, paged
     * by the query.
     */
    List<ActorCount> actors(EventQuery query);

    /** Releases the connection(s); a closed store refuses further calls with an {@link IllegalStateException}. */
    @Override
    void close();
}
