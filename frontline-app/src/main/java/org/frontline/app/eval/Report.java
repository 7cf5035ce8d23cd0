package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints scores: an aligned two-column table for people, or one JSON object for scripts. */
final class Report {
    private Report() {
    }

    static void print(Map<String, Number> scores, boolean json, ObjectMapper mapper, PrintWriter out)
            throws JsonProcessingException {
        out.println(json ? mapper.writeValueAsString(scores) : table(scores));
        out.flush();
    }

    /** "metric  value" rows, names padded to the longest, ratios with 3 decimals, counts as integers. */
    static String table(Map<String, Number> scores) {
        int width = scores.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Number> e : scores.entrySet()) {
            Number v = e.getValue();
            String value = v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString();
            sb.append(String.format(Locale.ROOT, "%-" + width + "s  %s\n", e.getKey(), value));
        }
        return sb.toString().stripTrailing();
    }
}
