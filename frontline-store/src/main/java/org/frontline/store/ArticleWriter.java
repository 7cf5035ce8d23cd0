package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;

/**
 * Writes one article and its events inside the caller's transaction. The article row goes first with
 * {@code ON CONFLICT DO NOTHING}: when it was already there nothing else is written, which is the whole of
 * idempotence (a concurrent put of the same article waits on the unique key, then finds it present).
 */
final class ArticleWriter {
    /** Database-specific indexing of a stored article. */
    @FunctionalInterface
    interface ArticleIndex {
        void add(Statements sql, long seq, Article article) throws SQLException;
    }

    /** Database-specific indexing of a stored event. */
    @FunctionalInterface
    interface EventIndex {
        void add(Statements sql, long id, Event event, EventDays days) throws SQLException;
    }

    private static final String INSERT_ARTICLE = "INSERT INTO articles (id, input_id, source, published, language,"
            + " title, body, extraction, events, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING RETURNING seq";
    private static final String INSERT_EVENT = "INSERT INTO events (article_id, rank, event_type, sub_event_type,"
            + " event_date, day_first, day_last, place_id, lat, lon, notes, json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private final StoreJson json;
    private final ArticleIndex articleIndex;
    private final EventIndex eventIndex;

    ArticleWriter(StoreJson json, ArticleIndex articleIndex, EventIndex eventIndex) {
        this.json = json;
        this.articleIndex = articleIndex;
        this.eventIndex = eventIndex;
    }

    /** Stores {@code x} unless its article is there, with statements prepared once per transaction. */
    PutResult put(Statements sql, Extraction x) throws SQLException {
        Article a = x.article();
        Long seq = insertArticle(sql, x);
        if (seq == null) {
            return new PutResult(a.id(), false, storedEvents(sql, a.id()));
        }
        articleIndex.add(sql, seq, a);
        PreparedStatement actors = sql.get(nameInsert("event_actors"));
        PreparedStatement sources = sql.get(nameInsert("event_sources"));
        for (int rank = 0; rank < x.events().size(); rank++) {
            Event e = x.events().get(rank);
            EventDays days = EventDays.of(e.eventDate(), e.timePrecision());
            long id = insertEvent(sql.get(INSERT_EVENT), a.id(), rank, e, days);
            addNames(actors, id, actorNames(e));
            addNames(sources, id, sourceNames(e));
            eventIndex.add(sql, id, e, days);
        }
        actors.executeBatch();
        sources.executeBatch();
        return new PutResult(a.id(), true, x.events().size());
    }

    private Long insertArticle(Statements sql, Extraction x) throws SQLException {
        Article a = x.article();
        PreparedStatement ps = sql.get(INSERT_ARTICLE);
        ps.setString(1, a.id());
        ps.setString(2, a.inputId());
        ps.setString(3, a.source());
        ps.setString(4, a.published());
        ps.setString(5, a.language());
        ps.setString(6, a.title());
        ps.setString(7, a.body());
        ps.setString(8, json.write(x));
        ps.setInt(9, x.events().size());
        ps.setString(10, Instant.now().toString());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static int storedEvents(Statements sql, String articleId) throws SQLException {
        PreparedStatement ps = sql.get("SELECT events FROM articles WHERE id = ?");
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("article " + articleId + " conflicted on insert but is not there");
            }
            return rs.getInt(1);
        }
    }

    private long insertEvent(PreparedStatement ps, String articleId, int rank, Event e, EventDays days)
            throws SQLException {
        ps.setString(1, articleId);
        ps.setInt(2, rank);
        ps.setString(3, e.eventType());
        ps.setString(4, e.subEventType());
        ps.setString(5, e.eventDate());
        ps.setObject(6, days == null ? null : (Object) days.first());
        ps.setObject(7, days == null ? null : (Object) days.last());
        ps.setString(8, e.location() == null ? null : e.location().id());
        ps.setObject(9, e.location() == null ? null : (Object) e.location().lat());
        ps.setObject(10, e.location() == null ? null : (Object) e.location().lon());
        ps.setString(11, e.notes());
        ps.setString(12, json.write(e));
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String nameInsert(String table) {
        return "INSERT INTO " + table + " (name_key, event_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    }

    private static void addNames(PreparedStatement ps, long eventId, List<String> names) throws SQLException {
        for (Map.Entry<String, String> n : byKey(names).entrySet()) {
            ps.setString(1, n.getKey());
            ps.setLong(2, eventId);
            ps.setString(3, n.getValue());
            ps.addBatch();
        }
    }

    /** Names by their case-insensitive key, first spelling kept, blanks dropped. */
    static Map<String, String> byKey(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                byKey.putIfAbsent(Where.key(name), name.strip());
            }
        }
        return byKey;
    }

    static List<String> actorNames(Event e) {
        List<String> names = new java.util.ArrayList<>();
        names.add(e.actor1());
        names.add(e.actor2());
        names.addAll(e.assocActor1());
        names.addAll(e.assocActor2());
        return names;
    }

    static List<String> sourceNames(Event e) {
        List<String> names = new java.util.ArrayList<>();
        for (Attribution a : e.attribution()) {
            names.add(a.source());
            names.addAll(a.via());
        }
        return names;
    }
}
