package org.frontline.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.frontline.FrontlineException;

/**
 * Imports GeoNames dumps into a user gazetteer: the places of the chosen feature classes, with their alternate
 * names and admin1/admin2 names, merged with a base (the bundled places) into one file in the bundled format.
 *
 * <p>Memory does not grow with the dump: places are streamed from input to output. What is held is the base, the
 * admin code names, a bit set of the geonameids imported and, when an alternateNames file is given, the names of
 * those ids only ({@link AlternateNameIndex}); for that the places files are read twice. A place of the base with
 * the same id keeps its name, coordinates and admin names (Syria's follow ACLED) and gains the dump's names.
 *
 * <p>A malformed line is reported as {@code file:line:field: problem} and skipped; an unreadable file fails the
 * import before anything is written. Output goes to a temporary file beside {@code out}, renamed over it at the
 * end, so a failed import leaves the previous gazetteer as it was.
 */
public final class GeoNamesImport {
    /** GeoNames feature classes: admin, hydro, area, populated, road, spot, terrain, undersea, vegetation. */
    public static final Set<String> FEATURE_CLASSES = Set.of("A", "H", "L", "P", "R", "S", "T", "U", "V");
    public static final Set<String> DEFAULT_CLASSES = Set.of("P", "A");
    /** Bad lines reported one by one before the rest are only counted. */
    static final int MAX_REPORTED = 100;

    /** What to import: GeoNames files of any kind, the gazetteer to write, the feature classes kept. */
    public record Options(List<Path> files, Path out, Set<String> featureClasses) {
        public Options {
            files = List.copyOf(files);
            Objects.requireNonNull(out, "out");
            featureClasses = Set.copyOf(featureClasses);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no GeoNames file to import");
            }
            if (featureClasses.isEmpty() || !FEATURE_CLASSES.containsAll(featureClasses)) {
                throw new IllegalArgumentException("feature classes must be among " + FEATURE_CLASSES + ": "
                        + featureClasses);
            }
        }
    }

    /**
     * @param read       rows of the places files
     * @param kept       rows of the kept feature classes that parsed
     * @param merged     kept rows whose id the base already had
     * @param duplicates kept rows whose id an earlier row had (the same file given twice), skipped
     * @param written    places in the output, base included
     * @param problems   malformed lines skipped
     */
    public record Summary(long read, long kept, long merged, long duplicates, long written, long problems,
                         double seconds) {
        public String line(Path out) {
            return String.format(java.util.Locale.ROOT, "read %d rows, kept %d, merged %d with bundled places%s, "
                    + "wrote %d places to %s in %.1f s%s", read, kept, merged,
                    duplicates > 0 ? ", " + duplicates + " duplicates skipped" : "", written, out, seconds,
                    problems > 0 ? " (" + problems + " bad lines skipped)" : "");
        }
    }

    private final Options options;
    private final Consumer<String> problems;
    private final Map<String, PlaceDraft> base = new LinkedHashMap<>();
    private final AdminNames admin;
    private long read;
    private long kept;
    private long merged;
    private long duplicates;
    private long written;
    private long bad;

    private GeoNamesImport(Options options, List<Place> basePlaces, Consumer<String> problems) {
        this.options = options;
        this.problems = problems;
        Map<String, Place> byId = new LinkedHashMap<>();
        for (Place p : basePlaces) {
            byId.put(p.id(), p);
            base.put(p.id(), PlaceDraft.of(p));
        }
        this.admin = new AdminNames(byId);
    }

    /** Imports into {@code options.out()} merged with the bundled places; each bad line goes to {@code problems}. */
    public static Summary run(Options options, Consumer<String> problems) {
        return run(options, bundledPlaces(), problems);
    }

    static Summary run(Options options, List<Place> basePlaces, Consumer<String> problems) {
        long t0 = System.nanoTime();
        GeoNamesImport im = new GeoNamesImport(options, basePlaces, problems);
        List<GeoNamesFile> files = options.files().stream().map(GeoNamesFile::of).toList();
        im.write(files);
        return new Summary(im.read, im.kept, im.merged, im.duplicates, im.written, im.bad,
                (System.nanoTime() - t0) / 1e9);
    }

    static List<Place> bundledPlaces() {
        InputStream in = GeoNamesImport.class.getClassLoader().getResourceAsStream(GazetteerBuilder.RESOURCE);
        if (in == null) {
            throw new FrontlineException("the bundled gazetteer " + GazetteerBuilder.RESOURCE + " is not on the classpath");
        }
        return PlaceTsv.read(in);
    }

    private void write(List<GeoNamesFile> files) {
        List<GeoNamesFile> places = ofKind(files, GeoNamesFile.Kind.PLACES);
        if (places.isEmpty()) {
            throw new FrontlineException("no places file among " + options.files()
                    + " (allCountries.zip, a country file like SY.zip, cities500.zip)");
        }
        for (GeoNamesFile f : files) {
            if (f.kind() == GeoNamesFile.Kind.ADMIN1_CODES || f.kind() == GeoNamesFile.Kind.ADMIN2_CODES) {
                f.forEachLine((n, line) -> guarded(f, n, () -> admin.addCodeLine(line)));
            }
        }
        List<GeoNamesFile> alternates = ofKind(files, GeoNamesFile.Kind.ALTERNATE_NAMES);
        boolean codesGiven = !ofKind(files, GeoNamesFile.Kind.ADMIN1_CODES).isEmpty()
                && !ofKind(files, GeoNamesFile.Kind.ADMIN2_CODES).isEmpty();
        BitSet wanted = alternates.isEmpty() && codesGiven ? new BitSet() : idsToImport(places);
        AlternateNameIndex names = new AlternateNameIndex(wanted);
        for (GeoNamesFile f : alternates) {
            f.forEachLine((n, line) -> guarded(f, n, () -> names.add(line)));
        }
        writeAtomically(places, names);
    }

    /** First pass: the ids of the rows kept, and the names of the ADM1/ADM2 rows for codes no codes file gave. */
    private BitSet idsToImport(List<GeoNamesFile> places) {
        BitSet wanted = new BitSet();
        base.keySet().stream().filter(id -> id.startsWith("geonames:"))
                .forEach(id -> wanted.set(Integer.parseInt(id.substring("geonames:".length()))));
        for (GeoNamesFile f : places) {
            f.forEachLine((n, line) -> {
                String cls = GeoNamesRow.featureClassOf(line);
                if (!options.featureClasses().contains(cls) && !"A".equals(cls)) {
                    return;
                }
                try {
                    GeoNamesRow row = GeoNamesRow.parse(line);
                    if (options.featureClasses().contains(cls)) {
                        wanted.set(row.id());
                    }
                    admin.addUnitRow(row);
                } catch (FrontlineException e) {
                    // the second pass reports it, once
                }
            });
        }
        return wanted;
    }

    private void writeAtomically(List<GeoNamesFile> places, AlternateNameIndex names) {
        Path out = options.out().toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(out.getParent());
            tmp = Files.createTempFile(out.getParent(), "." + out.getFileName() + "-", ".tmp");
            try (Writer w = PlaceTsv.open(Files.newOutputStream(tmp))) {
                BitSet seen = new BitSet();
                for (GeoNamesFile f : places) {
                    f.forEachLine((n, line) -> guarded(f, n, () -> importRow(line, seen, names, w)));
                }
                for (PlaceDraft d : base.values()) {
                    addIndexedNames(d, names);
                    writePlace(w, d);
                }
            }
            move(tmp, out);
        } catch (IOException e) {
            throw new FrontlineException("cannot write the gazetteer " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private void importRow(String line, BitSet seen, AlternateNameIndex names, Writer w) {
        read++;
        String cls = GeoNamesRow.featureClassOf(line);
        if (cls.length() == 1 && !options.featureClasses().contains(cls)) {
            return;
        }
        GeoNamesRow row = GeoNamesRow.parse(line);
        if (!options.featureClasses().contains(row.featureClass())) {
            return;
        }
        kept++;
        if (seen.get(row.id())) {
            duplicates++;
            return;
        }
        seen.set(row.id());
        PlaceDraft d = draft(row, names);
        PlaceDraft existing = base.get(d.id);
        if (existing != null) {
            merge(existing, d);
            merged++;
        } else {
            writePlace(w, d);
        }
    }

    private PlaceDraft draft(GeoNamesRow row, AlternateNameIndex names) {
        PlaceDraft d = new PlaceDraft("geonames:" + row.id(), row.name(), row.lat(), row.lon(), row.featureClass(),
                row.featureCode(), row.country());
        d.population = row.population();
        d.admin1 = admin.admin1(row);
        d.admin2 = admin.admin2(row);
        d.addName(row.name());
        if (GeoNamesCities.useful(row.asciiName())) {
            d.addName(row.asciiName());
        }
        for (String alt : row.alternateNames().split(",")) {
            if (GeoNamesCities.usefulFor(alt, row.country())) {
                d.addName(alt);
            }
        }
        d.addNames(names.names(row.id()));
        return d;
    }

    /** The base keeps its name, place and admin names (filled in where it had none) and gains every name. */
    private static void merge(PlaceDraft into, PlaceDraft imported) {
        into.addNames(imported.names());
        into.admin1 = into.admin1 != null ? into.admin1 : imported.admin1;
        into.admin2 = into.admin2 != null ? into.admin2 : imported.admin2;
        into.population = Math.max(into.population, imported.population);
    }

    private static void addIndexedNames(PlaceDraft d, AlternateNameIndex names) {
        if (d.id.startsWith("geonames:")) {
            d.addNames(names.names(Integer.parseInt(d.id.substring("geonames:".length()))));
        }
    }

    private void writePlace(Writer w, PlaceDraft d) {
        try {
            w.write(PlaceTsv.line(d.toPlace()));
            w.write('\n');
            written++;
        } catch (IOException e) {
            throw new FrontlineException("cannot write the gazetteer " + options.out() + ": " + e.getMessage(), e);
        }
    }

    /** Runs one line's work; a malformed line ("field: problem") is reported with its file and line and skipped. */
    private void guarded(GeoNamesFile f, int lineNo, Runnable work) {
        try {
            work.run();
        } catch (FrontlineException e) {
            if (e.getCause() instanceof IOException) {
                throw e;
            }
            bad++;
            if (bad <= MAX_REPORTED) {
                problems.accept(f.path() + ":" + lineNo + ":" + e.getMessage());
            } else if (bad == MAX_REPORTED + 1) {
                problems.accept("more than " + MAX_REPORTED + " bad lines: the rest are only counted");
            }
        }
    }

    private static List<GeoNamesFile> ofKind(List<GeoNamesFile> files, GeoNamesFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    private static void move(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // only a leftover hidden temp file beside the output; the import's own outcome is what matters
        }
    }
}
