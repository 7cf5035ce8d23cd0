package org.frontline.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.frontline.store.Page;
import org.frontline.store.StoredArticle;
import org.frontline.store.StoredEvent;

/**
 * The JSON the API answers with. Events keep the extraction contract's field names (DESIGN §5) and gain the
 * store's {@code id}, {@code article_id} and {@code rank}, so a client can read them with the same code as
 * {@code frontline extract}'s output.
 */
final class Views {
    private final ObjectMapper json;

    Views(ObjectMapper json) {
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    /** An event as listed: the store's keys, then the coded event's fields. */
    ObjectNode event(StoredEvent stored) {
        ObjectNode node = json.createObjectNode();
        node.put("id", stored.id());
        node.put("article_id", stored.articleId());
        node.put("rank", stored.rank());
        node.setAll((ObjectNode) json.valueToTree(stored.event()));
        return node;
    }

    /** A page as {total, limit, offset, items}. */
    <T> ObjectNode page(Page<T> page, Function<T, ? extends JsonNode> item) {
        ObjectNode node = json.createObjectNode();
        node.put("total", page.total());
        node.put("limit", page.limit());
        node.put("offset", page.offset());
        ArrayNode items = node.putArray("items");
        page.items().forEach(t -> items.add(item.apply(t)));
        return node;
    }

    /** An article's metadata, without its body. */
    ObjectNode articleSummary(StoredArticle stored) {
        Article a = stored.extraction().article();
        ObjectNode node = json.createObjectNode();
        node.put("id", a.id());
        node.put("input_id", a.inputId());
        node.put("source", a.source());
        node.put("published", a.published());
        node.put("language", a.language());
        node.put("title", a.title());
        node.put("ingested", stored.ingested());
        node.put("events", stored.extraction().events().size());
        return node;
    }

    /** An article with its body (the text every offset refers to), mentions and problems, and its events' ids. */
    ObjectNode article(StoredArticle stored, List<Long> eventIds) {
        Extraction x = stored.extraction();
        ObjectNode node = articleSummary(stored);
        node.put("body", x.article().body());
        node.set("places", json.valueToTree(x.places()));
        node.set("actors", json.valueToTree(x.actors()));
        node.set("sources", json.valueToTree(x.sources()));
        node.set("event_ids", json.valueToTree(eventIds));
        node.set("problems", json.valueToTree(x.problems()));
        return node;
    }

    /** One error body: {"error": why, "parameter": which} (parameter omitted when none is to blame). */
    ObjectNode error(String message, String parameter) {
        ObjectNode node = json.createObjectNode();
        node.put("error", message);
        if (parameter != null) {
            node.put("parameter", parameter);
        }
        return node;
    }
}
