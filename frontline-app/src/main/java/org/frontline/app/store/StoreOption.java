package org.frontline.app.store;

import java.nio.file.Path;
import org.frontline.app.AppContext;
import org.frontline.store.EventStore;
import org.frontline.store.PostgresEventStore;
import org.frontline.store.SqliteEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --db PATH | --postgres JDBC_URL} for the commands that use the store, and opening it. Without either the
 * SQLite file is $FRONTLINE_DB, else ~/.frontline/frontline.db, so ingest, serve and export meet by default.
 */
public final class StoreOption {
    public static final String ENV = "FRONTLINE_DB";
    public static final String DEFAULT_FILE = ".frontline/frontline.db";

    @Option(names = "--db", paramLabel = "PATH",
            description = "SQLite store file (default: $" + ENV + ", else ~/" + DEFAULT_FILE + ").")
    Path db;

    @Option(names = "--postgres", paramLabel = "JDBC_URL",
            description = "PostgreSQL + PostGIS store instead, e.g. jdbc:postgresql://localhost/frontline?user=u&password=p")
    String postgres;

    /** Opens the chosen store, creating and migrating its schema when needed. */
    public EventStore open(AppContext context, CommandLine commandLine) {
        if (db != null && postgres != null) {
            throw new CommandLine.ParameterException(commandLine, "Give --db or --postgres, not both");
        }
        if (postgres != null) {
            if (!postgres.startsWith("jdbc:postgresql:")) {
                throw new CommandLine.ParameterException(commandLine,
                        "--postgres must be a jdbc:postgresql: URL, got '" + postgres + "'");
            }
            return PostgresEventStore.open(postgres);
        }
        return SqliteEventStore.open(sqliteFile(context));
    }

    /** The store chosen, for messages: the SQLite file, or "PostgreSQL" (the URL may hold a password). */
    public String describe(AppContext context) {
        return postgres != null ? "PostgreSQL" : sqliteFile(context).toString();
    }

    /** Where the SQLite store is: --db, else $FRONTLINE_DB, else ~/.frontline/frontline.db. */
    public Path sqliteFile(AppContext context) {
        if (db != null) {
            return db;
        }
        String env = context.env().get(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : context.home().resolve(DEFAULT_FILE);
    }
}
