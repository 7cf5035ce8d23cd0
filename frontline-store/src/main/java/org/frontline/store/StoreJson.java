package org.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.actors.ActorMention;
import org.frontline.article.Article;
import org.frontline.claims.SourceMention;
import org.frontline.events.Event;
import org.frontline.geoparse.PlaceMention;

/**
 * The extraction JSON (DESIGN §5) as the stores keep it. The article's body and title are not part of that JSON,
 * so they live in their own columns and {@link #extraction} puts them back.
 */
final class StoreJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new FrontlineException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    Event event(String json) {
        try {
            return mapper.readValue(json, Event.class);
        } catch (JsonProcessingException e) {
            throw new FrontlineException("stored event JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** The stored extraction JSON around {@code article} (read from the article's columns). */
    Extraction extraction(String json, Article article) {
        try {
            JsonNode root = mapper.readTree(json);
            return new Extraction(article,
                    list(root, "places", new TypeReference<List<PlaceMention>>() { }),
                    list(root, "actors", new TypeReference<List<ActorMention>>() { }),
                    list(root, "sources", new TypeReference<List<SourceMention>>() { }),
                    list(root, "events", new TypeReference<List<Event>>() { }),
                    list(root, "problems", new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FrontlineException("stored extraction of " + article.id() + " is unreadable: "
                    + e.getMessage(), e);
        }
    }

    private <T> List<T> list(JsonNode root, String field, TypeReference<List<T>> type) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? List.of() : mapper.convertValue(node, type);
    }
}
