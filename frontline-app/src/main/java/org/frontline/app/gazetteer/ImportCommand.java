package org.frontline.app.gazetteer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerChoice;
import org.frontline.app.VersionProvider;
import org.frontline.gazetteer.GeoNamesImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline gazetteer import FILE...}: GeoNames dumps into a user gazetteer (see {@link GeoNamesImport}). */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import GeoNames dumps (https://download.geonames.org/export/dump/) into a",
            "user gazetteer, merged with the bundled places. FILEs (.txt, .txt.gz or .zip,",
            "any order): a places table (allCountries.zip, SY.zip, cities500.zip);",
            "optionally alternateNamesV2.zip or a country's alternatenames/SY.zip, and",
            "admin1CodesASCII.txt / admin2Codes.txt for admin names. A bad line is named",
            "on stderr (file:line:field) and skipped, exit 1; the output is replaced only",
            "when the import ends. extract, eval and demo then use it (see --gazetteer)."})
public final class ImportCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames files; each one's table is told from its "
            + "name or first line.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH", description = "Gazetteer to write (default: ~/"
            + GazetteerChoice.DEFAULT_FILE + ", where the pipeline finds it without options).")
    Path out;

    @Option(names = "--classes", paramLabel = "CLASSES", split = ",", description = "GeoNames feature classes to keep, "
            + "among A (admin), P (populated places), H, L, R, S, T, U, V (default: P,A).")
    List<String> classes = List.of("P", "A");

    public ImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Set<String> kept = new LinkedHashSet<>();
        for (String c : classes) {
            String cls = c.strip().toUpperCase(Locale.ROOT);
            if (!GeoNamesImport.FEATURE_CLASSES.contains(cls)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--classes: '" + c
                        + "' is not a GeoNames feature class (A, H, L, P, R, S, T, U, V)");
            }
            kept.add(cls);
        }
        Path target = out != null ? out : GazetteerChoice.defaultFile(context);
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        GeoNamesImport.Summary summary = GeoNamesImport.run(new GeoNamesImport.Options(files, target, kept),
                problem -> err.println(name + ": " + problem));
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(name + ": " + summary.line(target));
        stdout.flush();
        return summary.problems() == 0 ? 0 : 1;
    }
}
