package org.frontline.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
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

    /** "SY" → "Syria"; a value that is not an ISO 3166 alpha-2 code is passed through. */
    static String countryName(String code) {
        int slot = Countries.slot(code);
        if (slot < 0) {
            return code;
        }
        String known = Countries.NAMES[slot];
        return known != null ? known : nameOf(region(code));
    }

    /** "SY" → "SYR"; null when unknown. */
    static String iso3(String code) {
        int slot = Countries.slot(code);
        if (slot < 0) {
            return null;
        }
        String known = Countries.ISO3[slot];
        return known != null ? known : iso3Of(region(code));
    }

    private static String nameOf(Locale region) {
        return region.getDisplayCountry(Locale.ENGLISH);
    }

    private static String iso3Of(Locale region) {
        try {
            return region.getISO3Country();
        } catch (MissingResourceException e) {
            return null; // a well-formed but unassigned code has no alpha-3: the column stays empty
        }
    }

    private static Locale region(String code) {
        return new Locale.Builder().setRegion(code).build();
    }

    /**
     * The English name and alpha-3 code of every ISO 3166 country, worked out once (on first use): building a
     * Locale and asking for its display name per event was a quarter of what the Spark job spent per row outside
     * the extraction itself. A two-letter code outside the list (user-assigned, Kosovo's XK) is worked out per call,
     * as before. The region is case-blind ("sy" is Syria), as {@link Locale.Builder#setRegion} is.
     */
    private static final class Countries {
        static final String[] NAMES = new String[26 * 26];
        static final String[] ISO3 = new String[26 * 26];

        static {
            for (String code : Locale.getISOCountries()) {
                int slot = slot(code);
                if (slot >= 0) {
                    Locale region = region(code);
                    NAMES[slot] = nameOf(region);
                    ISO3[slot] = iso3Of(region);
                }
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
