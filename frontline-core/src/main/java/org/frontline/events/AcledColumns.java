package org.frontline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.claims.Attribution;

/**
 * An event as ACLED's export columns, in ACLED's order. Columns we cannot know (ACLED's own ids, numeric ISO code,
 * region, source_scale, upload timestamp) are null. Dates stay ISO ("2020-05-09", or "2018-01" when only the month
 * is known) rather than ACLED's "9-May-20": the column names and order are ACLED's, the date spelling is ours.
 */
public final class AcledColumns {
    /** The header of an ACLED export (as in eval/acled-2020-05-dev.csv). */
    public static final List<String> HEADER = List.of("data_id", "iso", "event_id_cnty", "event_id_no_cnty",
            "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
            "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "timestamp", "iso3");

    private AcledColumns() {
    }

    /** Every {@link #HEADER} column, in order, mapped to the event's value or null. */
    public static Map<String, Object> of(Event e) {
        Map<String, Object> row = new LinkedHashMap<>();
        HEADER.forEach(column -> row.put(column, null));
        row.put("event_date", e.eventDate());
        row.put("year", e.eventDate() == null ? null : Integer.valueOf(e.eventDate().substring(0, 4)));
        row.put("time_precision", e.timePrecision());
        row.put("event_type", e.eventType());
        row.put("sub_event_type", e.subEventType());
        row.put("actor1", e.actor1());
        row.put("assoc_actor_1", joined(e.assocActor1()));
        row.put("inter1", e.inter1());
        row.put("actor2", e.actor2());
        row.put("assoc_actor_2", joined(e.assocActor2()));
        row.put("inter2", e.inter2());
        row.put("interaction", e.interaction());
        Location loc = e.location();
        if (loc != null) {
            row.put("country", countryName(loc.country()));
            row.put("admin1", loc.admin1());
            row.put("admin2", loc.admin2());
            row.put("admin3", loc.admin3());
            row.put("location", loc.name());
            row.put("latitude", loc.lat());
            row.put("longitude", loc.lon());
            row.put("geo_precision", loc.geoPrecision());
            row.put("iso3", iso3(loc.country()));
        }
        row.put("source", joined(e.attribution().stream().map(Attribution::source).distinct().toList()));
        row.put("notes", e.notes());
        row.put("fatalities", e.fatalities());
        return row;
    }

    /** ACLED joins multiple values with "; "; null when there are none. */
    private static String joined(List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        return present.isEmpty() ? null : String.join("; ", present);
    }

    /**
     * "SY" → "Syria", "CD" → "Democratic Republic of Congo": ACLED's spelling of the country (see
     * acled-countries.tsv); a value that is not a listed ISO 3166 alpha-2 code is passed through.
     */
    static String countryName(String code) {
        int slot = Countries.slot(code);
        String known = slot < 0 ? null : Countries.NAMES[slot];
        return known != null ? known : code;
    }

    /** "SY" → "SYR", ACLED's code where it differs from ISO's (Romania "ROM"); null when the code is not listed. */
    static String iso3(String code) {
        int slot = Countries.slot(code);
        return slot < 0 ? null : Countries.ISO3[slot];
    }

    /**
     * ACLED's name and alpha-3 code of every country, read once (on first use) from acled-countries.tsv, indexed by
     * the two letters, either case ("sy" is Syria). A table rather than the JDK's display names: those are not
     * ACLED's ("Congo - Kinshasa", "Myanmar (Burma)", "Palestinian Territories" for three countries of the dev
     * export) and change with the JDK's locale data (JDK 25 says "Türkiye"), so the export would not join on
     * ACLED's own columns nor be the same from one JVM to the next. An array rather than a map: the Spark job looks
     * a country up per row.
     */
    private static final class Countries {
        static final String[] NAMES = new String[26 * 26];
        static final String[] ISO3 = new String[26 * 26];
        private static final String TABLE = "acled-countries.tsv";

        static {
            try (InputStream in = AcledColumns.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + TABLE + " is missing from the classpath");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (line.startsWith("#") || line.startsWith("alpha2\t")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    int slot = f.length == 3 ? slot(f[0]) : -1;
                    if (slot < 0 || f[1].length() != 3 || f[2].isBlank()) {
                        throw new IllegalStateException(TABLE + ":" + number + ": expected alpha2, iso3 and country"
                                + " separated by tabs, got \"" + line + "\"");
                    }
                    NAMES[slot] = f[2];
                    ISO3[slot] = f[1];
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TABLE, e);
            }
        }

        private Countries() {
        }

        /** The table index of a two-ASCII-letter code, either case; -1 for anything else (null included). */
        static int slot(String code) {
            if (code == null || code.length() != 2) {
                return -1;
            }
            int first = letter(code.charAt(0));
            int second = letter(code.charAt(1));
            return first < 0 || second < 0 ? -1 : first * 26 + second;
        }

        private static int letter(char c) {
            if (c >= 'A' && c <= 'Z') {
                return c - 'A';
            }
            return c >= 'a' && c <= 'z' ? c - 'a' : -1;
        }
    }
}
