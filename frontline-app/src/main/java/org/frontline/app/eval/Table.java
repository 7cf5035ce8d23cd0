package org.frontline.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.frontline.FrontlineException;

/** A CSV or TSV file with a header, read whole, each row knowing the line it starts on (for "file:line:field"). */
final class Table {
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
            .setIgnoreSurroundingSpaces(false).setTrim(false).get();

    /** One data row. */
    record Row(String file, int line, CSVRecord record) {
        /** The cell, stripped; "" when the row is short. */
        String get(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        /** A FrontlineException "file:line:column: why 'value'". */
        FrontlineException bad(String column, String why) {
            return new FrontlineException(file + ":" + line + ":" + column + ": " + why + " '" + get(column) + "'");
        }
    }

    private Table() {
    }

    /** @throws FrontlineException naming the file (and line 1 for a missing column) when it cannot be used at all */
    static List<Row> read(Path file, CSVFormat format, List<String> required) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FrontlineException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : required) {
                if (!header.containsKey(column)) {
                    throw new FrontlineException(file + ":1:" + column + ": missing column");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(file.toString(), lineOf(lineStarts, record.getCharacterPosition()), record));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new FrontlineException(file + ": not a readable table: " + e.getMessage(), e);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a char offset. */
    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
