package org.frontline.app.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.frontline.article.Article;

/**
 * The columns of one ACLED export row that the evaluation uses.
 *
 * @param line      line of the file the row starts on
 * @param eventDate ISO "YYYY-MM-DD", converted from ACLED's "9-May-20"
 */
record AcledRow(int line, String dataId, String eventDate, String eventType, String subEventType, String actor1,
                String actor2, String region, String country, String admin1, double latitude, double longitude,
                int fatalities, String notes) {
    static final List<String> COLUMNS = List.of("data_id", "event_date", "event_type", "sub_event_type", "actor1",
            "actor2", "region", "country", "admin1", "latitude", "longitude", "fatalities", "notes");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    /** The file's usable rows in order; each unusable one is rejected on {@code run} with its line and field. */
    static List<AcledRow> readAll(java.nio.file.Path file, EvalRun run) {
        List<AcledRow> rows = new java.util.ArrayList<>();
        for (Table.Row row : Table.read(file, Table.CSV, COLUMNS)) {
            try {
                rows.add(parse(row));
            } catch (org.frontline.FrontlineException e) {
                run.reject(e.getMessage());
            }
        }
        return rows;
    }

    /** @throws org.frontline.FrontlineException "file:line:field: why 'value'" for a cell that cannot be used */
    static AcledRow parse(Table.Row row) {
        if (row.get("notes").isEmpty()) {
            throw row.bad("notes", "empty notes, nothing to code");
        }
        return new AcledRow(row.line(), row.get("data_id"), isoDate(row), row.get("event_type"),
                row.get("sub_event_type"), row.get("actor1"), row.get("actor2"), row.get("region"),
                row.get("country"), row.get("admin1"), number(row, "latitude", 90), number(row, "longitude", 180),
                fatalities(row), row.get("notes"));
    }

    /** The notes as an English article published on the event date, named after the data_id (or the line). */
    Article article() {
        String id = dataId.isEmpty() ? "line " + line : dataId;
        return new Article(null, id, null, eventDate, "en", null, notes);
    }

    static String isoDate(Table.Row row) {
        String text = row.get("event_date");
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).toString();
            } catch (DateTimeParseException e) {
                // not this spelling; the next one may fit, and none fitting is reported below
            }
        }
        throw row.bad("event_date", "not a date like 9-May-20 or 2020-05-09");
    }

    private static double number(Table.Row row, String column, double bound) {
        try {
            double v = Double.parseDouble(row.get(column));
            if (Math.abs(v) <= bound) {
                return v;
            }
        } catch (NumberFormatException e) {
            throw row.bad(column, "not a number");
        }
        throw row.bad(column, "out of range ±" + (int) bound);
    }

    private static int fatalities(Table.Row row) {
        try {
            int v = Integer.parseInt(row.get("fatalities"));
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            throw row.bad("fatalities", "not a whole number");
        }
        throw row.bad("fatalities", "negative");
    }
}
