package org.frontline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.FrontlineException;
import org.frontline.app.Json;

/**
 * Quality floors kept in the repository ({@code eval/floors.json}): per eval kind, the lowest acceptable value
 * of each metric, and a tolerance (default 0.02) a run may fall below a floor before it fails.
 */
record Floors(Map<String, Double> floors, double tolerance) {
    static Floors read(Path file, String kind) {
        JsonNode root;
        try {
            root = Json.newMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new FrontlineException(file + ": cannot read the floors file: " + e.getMessage(), e);
        }
        JsonNode section = root.path(kind);
        if (!section.isObject()) {
            throw new FrontlineException(file + ": no \"" + kind + "\" object of floors");
        }
        Map<String, Double> floors = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new FrontlineException(file + ": " + kind + "." + e.getKey() + ": floor must be a number");
            }
            floors.put(e.getKey(), e.getValue().asDouble());
        }
        return new Floors(floors, root.path("tolerance").asDouble(0.02));
    }

    /** One line per metric more than the tolerance below its floor (or missing from the scores). */
    List<String> violations(Map<String, Number> scores) {
        List<String> out = new ArrayList<>();
        floors.forEach((metric, floor) -> {
            Number v = scores.get(metric);
            if (v == null) {
                out.add(metric + ": missing from the scores (floor " + floor + ")");
            } else if (v.doubleValue() < floor - tolerance - 1e-9) {
                out.add(String.format(Locale.ROOT, "%s: %.3f is more than %.2f below its floor %.3f", metric,
                        v.doubleValue(), tolerance, floor));
            }
        });
        return out;
    }
}
