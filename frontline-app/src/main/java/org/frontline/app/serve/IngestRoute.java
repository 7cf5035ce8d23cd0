package org.frontline.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.app.ArticleSource;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import org.frontline.article.ReadResult;
import org.frontline.store.EventStore;
import org.frontline.store.PutResult;

/**
 * {@code POST /api/ingest}: one article object as a {@code --in jsonl} line (DESIGN §4), or a JSON array of them,
 * coded by the pipeline and stored. Writing needs {@code Authorization: Bearer TOKEN}; a server started without a
 * token refuses every ingest (403), so a map served on a shared machine cannot be written to by accident.
 * Items are read by the same JSONL reader as the CLI, so a bad item is named ("item:2: missing text (field text)")
 * and the good ones are still stored.
 */
final class IngestRoute {
    private final EventStore store;
    private final byte[] token;
    private final Supplier<Function<Article, Extraction>> pipeline;
    /** Built on the first ingest and kept: building it loads the gazetteer. Guarded by {@code this}. */
    private Function<Article, Extraction> coder;
    private final ArticleSource articles;
    private final Routes routes;
    private final Views views;

    IngestRoute(ApiServer.Config config, Routes routes, Views views) {
        this.store = config.store();
        this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
        this.pipeline = config.pipeline();
        this.articles = config.articles();
        this.routes = routes;
        this.views = views;
    }

    void ingest(Context ctx) {
        if (token == null) {
            routes.send(ctx, 403, views.error("ingest over HTTP is disabled: start the server with --token or "
                    + "$FRONTLINE_TOKEN", null));
            return;
        }
        if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            routes.send(ctx, 401, views.error("ingest needs the header 'Authorization: Bearer TOKEN' with the "
                    + "server's token", "Authorization"));
            return;
        }
        ReadResult read = articles.read("item", jsonl(ctx.body()), InputFormat.JSONL);
        if (read.articles().isEmpty()) {
            ObjectNode error = views.error("no article could be read from the request body", "body");
            error.set("problems", views.json().valueToTree(read.problems()));
            routes.send(ctx, 400, error);
            return;
        }
        routes.send(ctx, 200, store(read));
    }

    /** Codes and stores every article read; the pipeline is shared by requests, so one codes at a time. */
    private ObjectNode store(ReadResult read) {
        ObjectNode node = views.json().createObjectNode();
        ArrayNode items = node.putArray("articles");
        int added = 0;
        int events = 0;
        synchronized (this) {
            if (coder == null) {
                coder = pipeline.get();
            }
            for (Article article : read.articles()) {
                PutResult put = store.put(coder.apply(article));
                added += put.added() ? 1 : 0;
                events += put.events();
                items.addObject().put("id", put.articleId()).put("input_id", article.inputId())
                        .put("added", put.added()).put("events", put.events());
            }
        }
        node.put("read", read.articles().size()).put("added", added).put("events", events);
        node.set("problems", views.json().valueToTree(read.problems()));
        return node;
    }

    /** The body as JSONL: an array becomes one line per element, anything else stays one line. */
    private byte[] jsonl(String body) {
        JsonNode root;
        try {
            root = views.json().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadParameter("body", "the request body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new BadParameter("body", "the request body must be an article object or an array of them");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode item : root.isArray() ? root : views.json().createArrayNode().add(root)) {
            lines.append(item.toString()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
