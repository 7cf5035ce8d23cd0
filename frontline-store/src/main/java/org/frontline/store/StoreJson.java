package org.frontline.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.claims.Source;
import org.frontline.control.ControlClaim;
import org.frontline.events.Location;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;
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
    /** Claims are read by the thousand per front-gaps answer: one streaming pass each, no tree in between. */
    private final ObjectReader claims = mapper.readerFor(StoredClaim.class);

    /** A control claim's JSON as {@link ControlClaim} writes it (its first day is a column, not in the JSON). */
    record StoredClaim(Location place, String controller, String camp, String date,
                       @JsonProperty("time_precision") int timePrecision, double confidence, boolean contested,
                       List<Source> sources, @JsonProperty("fused_event_id") String fusedEventId) {
    }

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

    /** What fusion needs of a report beyond its event: outlet, publication date, excerpt and settlements. */
    String reportJson(ReportedEvent r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("outlet", r.outlet());
        o.put("published", r.published());
        o.put("excerpt", r.excerpt());
        o.set("settlements", mapper.valueToTree(r.settlements()));
        return o.toString();
    }

    ReportedEvent report(String id, Event event, String json) {
        try {
            JsonNode o = mapper.readTree(json);
            return new ReportedEvent(id, text(o, "outlet"), text(o, "published"), event,
                    mapper.convertValue(o.get("settlements"), new TypeReference<List<Location>>() { }),
                    text(o, "excerpt"));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FrontlineException("stored report " + id + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** A fused event as the API gives it: each report with the store's id of its event. */
    String fusedJson(FusedEvent f, Map<String, Long> eventIds) {
        ObjectNode o = mapper.valueToTree(f);
        ArrayNode reports = (ArrayNode) o.get("reports");
        for (int i = 0; i < f.reports().size(); i++) {
            ((ObjectNode) reports.get(i)).put("event_id", eventIds.get(f.reports().get(i).id()));
        }
        return o.toString();
    }

    /** A stored claim; its first day is stored beside it, as the JSON leaves it out. */
    ControlClaim claim(String json, long dayFrom) {
        try {
            StoredClaim o = claims.readValue(json);
            return new ControlClaim(o.place(), o.controller(), o.camp(), o.date(), o.timePrecision(),
                    LocalDate.ofEpochDay(dayFrom), o.confidence(), o.contested(), o.sources(), o.fusedEventId());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FrontlineException("stored control claim is unreadable: " + e.getMessage(), e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new FrontlineException("stored " + type.getSimpleName() + " JSON is unreadable: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
