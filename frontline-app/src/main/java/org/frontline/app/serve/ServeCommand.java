package org.frontline.app.serve;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.VersionProvider;
import org.frontline.store.EventStore;
import org.frontline.store.PostgresEventStore;
import org.frontline.store.SqliteEventStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code frontline serve}: the REST API and the offline map over a store filled by {@code frontline ingest}. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the REST API (/api/...) and the offline map over a store.")
public final class ServeCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    GazetteerOption gazetteer;

    @ArgGroup(exclusive = true)
    Database database = new Database();

    /** Where the events are: one SQLite file (default) or a PostgreSQL server. */
    static final class Database {
        @Option(names = "--db", paramLabel = "PATH", description = "SQLite store file. Default: frontline.db.")
        Path db = Path.of("frontline.db");

        @Option(names = "--postgres", paramLabel = "JDBC_URL",
                description = "PostgreSQL store, e.g. jdbc:postgresql://localhost/frontline?user=…")
        String postgres;
    }

    public ServeCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        EventStore store = database.postgres != null ? PostgresEventStore.open(database.postgres)
                : SqliteEventStore.open(database.db);
        ServerOptions.serveUntilStopped(server.config(store, context, gazetteer, spec.commandLine()),
                spec.commandLine(), "serving " + (database.postgres != null ? "PostgreSQL" : database.db));
        return 0;
    }
}
