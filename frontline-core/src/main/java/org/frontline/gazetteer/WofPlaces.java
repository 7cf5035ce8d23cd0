package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.FrontlineException;

/**
 * Rows of the Who's On First Syria extract ({@code syria-places-wof.csv}). Rows without a placetype (WOF lists each
 * alternate geometry as such a row) and deprecated rows are dropped. Rows with {@code is_current=0} but not
 * deprecated are kept: in this extract they are mostly villages of the occupied Golan and of GeoNames imports that
 * WOF stopped curating, still real places a report can name.
 */
final class WofPlaces {
    static final List<String> NAME_COLUMNS = List.of("name", "name_eng", "name_fra", "name_ara");
    static final List<String> VARIANT_COLUMNS = List.of("name_eng_variants", "name_fra_variants", "name_ara_variants");

    private WofPlaces() {
    }

    static List<Map<String, String>> read(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<Map<String, String>> kept = new ArrayList<>();
            for (Map<String, String> row : CsvRows.read(r)) {
                if (!row.get("placetype").isEmpty() && row.get("deprecated").isEmpty()) {
                    kept.add(row);
                }
            }
            return kept;
        } catch (IOException e) {
            throw new FrontlineException("cannot read Who's On First places from " + csv, e);
        }
    }

    /** Every name of a row: name, name_eng, name_fra, name_ara and the '|'-separated variants. */
    static List<String> names(Map<String, String> row) {
        List<String> names = new ArrayList<>();
        for (String c : NAME_COLUMNS) {
            if (!row.get(c).isBlank()) {
                names.add(row.get(c));
            }
        }
        for (String c : VARIANT_COLUMNS) {
            for (String v : row.get(c).split("\\|")) {
                if (!v.isBlank()) {
                    names.add(v);
                }
            }
        }
        return names;
    }

    /** The English name when WOF has one, else the first name in Latin script, else WOF's name. */
    static String primaryName(Map<String, String> row) {
        for (String c : List.of("name_eng", "name", "name_fra")) {
            String n = row.get(c);
            if (!n.isBlank() && isLatin(n)) {
                return n.strip();
            }
        }
        return row.get("name").strip();
    }

    static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** "geonames:N" when the row has a GeoNames id, else "wof:N". */
    static String placeId(Map<String, String> row) {
        String g = row.get("geonames_id");
        return g.isBlank() || "0".equals(g) || "-1".equals(g) ? "wof:" + row.get("wof_id") : "geonames:" + g;
    }

    /** A parent id column, null when WOF has none (empty or -1). */
    static String parent(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() || v.startsWith("-") ? null : v;
    }

    static String[] feature(Map<String, String> row) {
        return switch (row.get("placetype")) {
            case "neighbourhood" -> new String[] {"P", "PPLX"};
            case "campus" -> row.get("name_eng").toLowerCase().contains("airport")
                    ? new String[] {"S", "AIRP"} : new String[] {"S", "BLDG"};
            default -> new String[] {"P", "PPL"};
        };
    }
}
