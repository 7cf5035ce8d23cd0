package org.frontline.app.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.frontline.Extraction;
import org.frontline.events.AcledColumns;
import org.frontline.events.Event;
import org.frontline.events.Location;

/**
 * An RFC 7946 FeatureCollection: one Point feature ([lon, lat]) per event that has a location; properties are the
 * ACLED columns we fill, the attribution, and the article's id and input id. Events with no location are left out.
 */
final class GeoJsonOutput implements ExtractionWriter {
    private final PrintWriter out;
    private final ObjectMapper mapper;
    private final JsonGenerator json;

    GeoJsonOutput(PrintWriter out, ObjectMapper mapper) throws IOException {
        this.out = out;
        this.mapper = mapper;
        this.json = mapper.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        for (Event e : extraction.events()) {
            if (e.location() != null) {
                json.writeTree(feature(extraction, e));
            }
        }
    }

    private ObjectNode feature(Extraction extraction, Event e) {
        Location loc = e.location();
        ObjectNode feature = mapper.createObjectNode().put("type", "Feature");
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(loc.lon()).add(loc.lat());
        ObjectNode props = feature.putObject("properties");
        for (Map.Entry<String, Object> column : AcledColumns.of(e).entrySet()) {
            if (column.getValue() != null) {
                props.set(column.getKey(), mapper.valueToTree(column.getValue()));
            }
        }
        props.put("location_id", loc.id());
        props.set("attribution", mapper.valueToTree(e.attribution()));
        props.put("article_id", extraction.article().id());
        props.put("input_id", extraction.article().inputId());
        return feature;
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.println();
        out.flush();
    }
}
