package org.frontline.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.frontline.FrontlineException;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredArticle;
import org.frontline.store.StoredEvent;

/** The read-only API handlers: events, one event with its evidence, places, actors, articles, the OpenAPI file. */
final class Routes {
    static final String OPENAPI = "/org/frontline/app/serve/openapi.json";

    private final EventStore store;
    private final Views views;
    private final Evidence evidence;

    Routes(EventStore store, Views views) {
        this.store = store;
        this.views = views;
        this.evidence = new Evidence(views);
    }

    void events(Context ctx) {
        send(ctx, 200, views.page(store.events(EventParams.query(ctx)), views::event));
    }

    void event(Context ctx) {
        long id = id(ctx);
        StoredEvent event = store.event(id).orElse(null);
        if (event == null) {
            send(ctx, 404, views.error("no event with id " + id, "id"));
            return;
        }
        StoredArticle article = store.article(event.articleId()).orElseThrow(() -> new FrontlineException(
                "event " + id + " refers to article " + event.articleId() + ", which is not stored"));
        send(ctx, 200, evidence.of(event, article, eventIds(article.id())));
    }

    void places(Context ctx) {
        ObjectNode node = views.json().createObjectNode();
        ArrayNode items = node.putArray("items");
        store.places(EventParams.query(ctx)).forEach(p -> {
            ObjectNode item = views.json().valueToTree(p.place());
            items.add(item.put("events", p.events()));
        });
        send(ctx, 200, node);
    }

    void actors(Context ctx) {
        ObjectNode node = views.json().createObjectNode();
        ArrayNode items = node.putArray("items");
        store.actors(EventParams.query(ctx)).forEach(a -> items.addObject().put("name", a.name())
                .put("events", a.events()));
        send(ctx, 200, node);
    }

    void articles(Context ctx) {
        int limit = EventParams.integer(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, EventQuery.MAX_LIMIT);
        int offset = EventParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        send(ctx, 200, views.page(store.articles(limit, offset), views::articleSummary));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle article = store.article(id).orElse(null);
        if (article == null) {
            send(ctx, 404, views.error("no article with id " + id, "id"));
            return;
        }
        send(ctx, 200, views.article(article, eventIds(id)));
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new FrontlineException(OPENAPI + " is missing from the classpath");
            }
            ctx.status(200).contentType("application/json").result(in.readAllBytes());
        }
    }

    void send(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status).contentType("application/json").result(views.json().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new FrontlineException("cannot write the response to " + ctx.path() + " as JSON", e);
        }
    }

    private List<Long> eventIds(String articleId) {
        return store.events(EventQuery.all().withArticle(articleId).page(EventQuery.MAX_LIMIT, 0)).items().stream()
                .map(StoredEvent::id).sorted().toList();
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            throw new BadParameter("id", "id must be a positive integer, got '" + raw + "'", e);
        }
        throw new BadParameter("id", "id must be a positive integer, got '" + raw + "'");
    }
}
