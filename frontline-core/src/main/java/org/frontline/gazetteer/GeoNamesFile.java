package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.frontline.FrontlineException;

/**
 * One file of a GeoNames dump: plain {@code .txt}, {@code .txt.gz}, or a {@code .zip} holding the table as its
 * largest {@code .txt} entry (country zips also hold a readme, alternateNamesV2.zip the language codes). Which table
 * it holds is told by its name when that is unambiguous (allCountries, cities500, alternateNamesV2, admin1CodesASCII,
 * admin2Codes), else by the column count of its first line: a country file "SY.zip" is either the places or, from
 * the alternatenames directory, the alternate names of that country.
 */
final class GeoNamesFile {
    /** The GeoNames tables an import reads. */
    enum Kind { PLACES, ALTERNATE_NAMES, ADMIN1_CODES, ADMIN2_CODES }

    /** Receives each line with its 1-based number. */
    interface LineHandler {
        void line(int lineNo, String line);
    }

    static final int PLACE_COLUMNS = 19;
    private static final Pattern ADMIN1_CODE = Pattern.compile("[A-Z0-9]{2}\\.[^.]+");
    private static final Pattern ADMIN2_CODE = Pattern.compile("[A-Z0-9]{2}\\.[^.]+\\.[^.]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Path path;
    private final Kind kind;

    private GeoNamesFile(Path path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    /** Opens {@code path} far enough to tell its table; fails naming the file when it cannot be read or told. */
    static GeoNamesFile of(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new FrontlineException(path + ": no such file");
        }
        Kind byName = kindFromName(path.getFileName().toString());
        if (byName != null) {
            return new GeoNamesFile(path, byName);
        }
        String first;
        try (BufferedReader r = open(path)) {
            first = r.readLine();
        } catch (IOException e) {
            throw new FrontlineException(path + ": cannot read: " + e.getMessage(), e);
        }
        Kind byLine = first == null ? null : kindFromLine(first);
        if (byLine == null) {
            throw new FrontlineException(path + ": not a GeoNames places, alternate names or admin codes table "
                    + "(first line has " + (first == null ? 0 : first.split("\t", -1).length) + " columns)");
        }
        return new GeoNamesFile(path, byLine);
    }

    static Kind kindFromName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.startsWith("allcountries") || n.startsWith("cities") || n.startsWith("no-country")) {
            return Kind.PLACES;
        }
        if (n.startsWith("alternatenames")) {
            return Kind.ALTERNATE_NAMES;
        }
        if (n.startsWith("admin1codes")) {
            return Kind.ADMIN1_CODES;
        }
        return n.startsWith("admin2codes") ? Kind.ADMIN2_CODES : null;
    }

    static Kind kindFromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length == PLACE_COLUMNS) {
            return Kind.PLACES;
        }
        if ((f.length == 10 || f.length == 8) && DIGITS.matcher(f[0]).matches() && DIGITS.matcher(f[1]).matches()) {
            return Kind.ALTERNATE_NAMES;
        }
        if (f.length == 4 && ADMIN1_CODE.matcher(f[0]).matches()) {
            return Kind.ADMIN1_CODES;
        }
        return f.length == 4 && ADMIN2_CODE.matcher(f[0]).matches() ? Kind.ADMIN2_CODES : null;
    }

    Kind kind() {
        return kind;
    }

    Path path() {
        return path;
    }

    /** Streams every line; an I/O failure is fatal and names the file and line. */
    void forEachLine(LineHandler handler) {
        int lineNo = 0;
        try (BufferedReader r = open(path)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isEmpty()) {
                    handler.line(lineNo, line);
                }
            }
        } catch (IOException e) {
            throw new FrontlineException(path + ":" + lineNo + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static BufferedReader open(Path path) throws IOException {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        InputStream in;
        if (n.endsWith(".zip")) {
            in = zipped(path);
        } else if (n.endsWith(".gz")) {
            in = new GZIPInputStream(Files.newInputStream(path), 1 << 16);
        } else {
            in = Files.newInputStream(path);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The largest .txt entry of the zip, as a stream that closes the zip with it. */
    private static InputStream zipped(Path path) throws IOException {
        ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        try {
            ZipEntry table = zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".txt"))
                    .max(Comparator.comparingLong(ZipEntry::getSize))
                    .orElseThrow(() -> new IOException("the zip holds no .txt file"));
            return new FilterInputStream(zip.getInputStream(table)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }
}
