package org.frontline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.Extraction;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGap;

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
        return putAll(extractions, Fusion.AT_PUT);
    }

    /** When the stored fusion (fused events, control claims, reported gaps) takes in what a put adds. */
    enum Fusion {
        /** In the put's own transaction: the store is always fused (the default). */
        AT_PUT,
        /**
         * Later, by {@link #rebuildFusion}, for bulk loads: the events are stored, not fused. Until then, no other
         * put; a store closed before is fused when next opened, as one made by an earlier version is.
         */
        DEFERRED
    }

    /** {@link #putAll(List)}, fusing at each put or leaving fusion to {@link #rebuildFusion}. */
    List<PutResult> putAll(List<Extraction> extractions, Fusion fusion);

    /**
     * Drops the stored fusion and builds it again from every stored article in one pass, in one transaction: what
     * putting each article with {@link Fusion#AT_PUT} gives, at a fraction of the cost for a bulk load.
     */
    void rebuildFusion();

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

    /**
     * Fused events matching the query, in the fuser's order (date, place name, id). Every put fuses its new events
     * with the stored ones within reach in its own transaction, so this is what fusing the whole store at once
     * gives, without doing it.
     */
    Page<StoredFused> fused(FusedQuery query);

    /**
     * What the fused events say about who holds a place given by id ("geonames:168351") or by name in any spelling
     * the folding key joins, one claim per fused event, in the fused events' order; empty when no event hands it to
     * anyone. {@link org.frontline.control.TerritoryControl#timeline} makes its timeline.
     */
    List<ControlClaim> controlClaims(String place);

    /**
     * For a page of the places (ordered by name) that fused events inside the box, dated by {@code day}, speak of:
     * the claims of each place's latest day on or before {@code day}. The box is required so that the cost follows
     * the map's view, not the store's size.
     */
    List<ControlClaim> controlAt(LocalDate day, BoundingBox box, int limit, int offset);

    /**
     * The control claims whose fused event lies in the box (required) that the gaps between fronts from
     * {@code from} to {@code until} need: each place's claims of its latest day on or before {@code from} (in force
     * then) and every claim of the days after it up to {@code until}. Either end is nullable: without {@code from},
     * every claim up to {@code until}; without {@code until}, any later day. Earlier claims, which a map's time
     * window cannot see, are not read, so the cost follows the view and its days, not the place's whole history.
     */
    List<ControlClaim> controlClaimsIn(BoundingBox box, LocalDate from, LocalDate until);

    /**
     * The gaps between fronts that the sources report ("de 10 km à 2 km") in fused events inside the box
     * (required) whose days overlap {@code from..until} (either end nullable), in the fused events' order.
     */
    List<FrontGap> reportedGaps(BoundingBox box, LocalDate from, LocalDate until);

    /** Releases the connection(s); a closed store refuses further calls with an {@link IllegalStateException}. */
    @Override
    void close();
}
