package org.frontline.app.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.app.extract.ExtractionWriter;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frontline export}: the stored events, optionally within dates, in one of the extract formats or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the stored events as ACLED CSV, GeoJSON, JSONL (one extraction per article) or Parquet.",
            "Events are in store order; --since/--until keep those whose date range overlaps the period."})
public final class ExportCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FORMAT", required = true, converter = ExportFormat.Converter.class,
            description = "acled-csv, geojson, jsonl or parquet (parquet needs -o).")
    ExportFormat format;

    @Option(names = "--since", paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
    LocalDate until;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Mixin
    StoreOption storeOption;

    public ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (format == ExportFormat.PARQUET && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out parquet needs -o FILE");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since " + since + " is after --until "
                    + until);
        }
        EventQuery query = EventQuery.all().withDates(since, until);
        try (EventStore store = storeOption.open(context, spec.commandLine())) {
            ArticleGroups groups = format == ExportFormat.PARQUET ? write(store, query, new ParquetOutput(output))
                    : output == null ? write(store, query, spec.commandLine().getOut())
                    : writeFile(store, query);
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + groups.events() + " events of " + groups.articles()
                    + " articles" + (output == null ? "" : " written to " + output));
            err.flush();
        }
        return 0;
    }

    private ArticleGroups writeFile(EventStore store, EventQuery query) throws IOException {
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            ArticleGroups groups = write(store, query, file);
            if (file.checkError()) {
                throw new FrontlineException("cannot write " + output);
            }
            return groups;
        }
    }

    private ArticleGroups write(EventStore store, EventQuery query, PrintWriter out) throws IOException {
        return write(store, query, format.textFormat().open(out, Json.newMapper(), 2));
    }

    private static ArticleGroups write(EventStore store, EventQuery query, ExtractionWriter writer) throws IOException {
        ArticleGroups groups = new ArticleGroups(store, writer);
        try {
            store.forEachEvent(query, groups);
            groups.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        return groups;
    }
}
