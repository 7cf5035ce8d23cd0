package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.frontline.FrontlineException;

/**
 * The bundled gazetteer format: gzip'd UTF-8, one place per line, tab-separated, in the column order of
 * {@link #HEADER}; empty cells are null, names are '|'-separated. Plain text so that a diff of the committed
 * resource shows what a builder change did; keys are not stored, so a change to NameKey needs no rebuild.
 */
final class PlaceTsv {
    static final String HEADER = "#id\tname\tlat\tlon\tclass\tcode\tcountry\tadmin1\tadmin2\tadmin3\tpopulation\tnames";
    private static final int COLUMNS = 12;

    private PlaceTsv() {
    }

    static void write(List<Place> places, OutputStream out) throws IOException {
        try (Writer w = open(out)) {
            for (Place p : places) {
                w.write(line(p));
                w.write('\n');
            }
        }
    }

    /** A writer for places one {@link #line} at a time, the header already written; closing it finishes the gzip. */
    static Writer open(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write('\n');
        return w;
    }

    static String line(Place p) {
        return String.join("\t", p.id(), p.name(), coordinate(p.lat()), coordinate(p.lon()),
                cell(p.featureClass()), cell(p.featureCode()), cell(p.country()), cell(p.admin1()),
                cell(p.admin2()), cell(p.admin3()), Long.toString(p.population()), String.join("|", p.names()));
    }

    /** Reads the whole stream (and closes it) into records; a malformed line fails with its line number. */
    static List<Place> read(InputStream in) {
        PlaceColumns columns = readColumns(in);
        List<Place> places = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            places.add(columns.place(i));
        }
        return places;
    }

    /**
     * Reads the whole stream (and closes it) into columns, without a record per place: a world import has
     * millions. A malformed line fails with its line number.
     */
    static PlaceColumns readColumns(InputStream in) {
        PlaceColumns.Builder places = new PlaceColumns.Builder();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    parse(line, places);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FrontlineException("cannot read gazetteer line " + lineNo, e);
        }
        return places.build();
    }

    private static void parse(String line, PlaceColumns.Builder places) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns, got " + f.length);
        }
        int i = places.begin(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Long.parseLong(f[10]));
        places.setPooled(i, nul(f[4]), nul(f[5]), nul(f[6]), nul(f[7]), nul(f[8]), nul(f[9]));
        places.alternates(f[11]);
    }

    /** Five decimals (about a metre), trailing zeros dropped, never exponent notation. */
    static String coordinate(double v) {
        return BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String cell(String s) {
        return s == null ? "" : s;
    }

    private static String nul(String s) {
        return s.isEmpty() ? null : s;
    }
}
