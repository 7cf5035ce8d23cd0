package org.frontline.app.serve;

import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.VersionProvider;
import org.frontline.app.store.StoreOption;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code frontline serve}: the REST API and the offline map over the store {@code frontline ingest} fills. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the REST API (/api/...) and the offline map over a store.")
public final class ServeCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    StoreOption storeOption;

    @Mixin
    GazetteerOption gazetteer;

    public ServeCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        EventStore store = storeOption.open(context, spec.commandLine());
        ServerOptions.serveUntilStopped(server.config(store, context, gazetteer, spec.commandLine()),
                spec.commandLine(), "serving " + storeOption.describe(context));
        return 0;
    }
}
