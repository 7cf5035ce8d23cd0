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
import java.util.Arrays;
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

    /** Reads the whole stream (and closes it); a malformed line fails with its line number. */
    static List<Place> read(InputStream in) {
        List<Place> places = new ArrayList<>(64_000);
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    places.add(parse(line));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FrontlineException("cannot read gazetteer line " + lineNo, e);
        }
        return places;
    }

    static Place parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns, got " + f.length);
        }
        List<String> names = f[11].isEmpty() ? List.of() : Arrays.asList(f[11].split("\\|"));
        return new Place(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), nul(f[4]), nul(f[5]),
                nul(f[6]), nul(f[7]), nul(f[8]), nul(f[9]), Long.parseLong(f[10]), names);
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
