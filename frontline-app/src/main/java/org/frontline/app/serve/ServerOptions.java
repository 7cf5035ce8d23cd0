package org.frontline.app.serve;

import java.util.concurrent.CountDownLatch;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that start the server ({@code serve}, {@code demo}), and running it until the
 * process is stopped. The server listens on loopback only: the product never opens a port to the network.
 */
public final class ServerOptions {
    public static final String TOKEN_ENV = "FRONTLINE_TOKEN";
    static final String HOST = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (loopback only), 0 for any free port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token", paramLabel = "T", description = {
        "Bearer token that allows POST /api/ingest (else $" + TOKEN_ENV + ");",
        "without one, ingest over HTTP is refused."})
    String token;

    /** The server's configuration over {@code store}; the pipeline is built on the first ingest request. */
    public ApiServer.Config config(EventStore store, AppContext context, GazetteerOption gazetteer,
                                   CommandLine commandLine) {
        String chosen = token != null ? token : context.env().get(TOKEN_ENV);
        return new ApiServer.Config(store, chosen, () -> gazetteer.pipeline(context, commandLine),
                context.articles(), commandLine.getErr(), HOST, port);
    }

    /**
     * Starts the server, prints its URL and blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then stops
     * the server and closes the store before the process exits.
     */
    public static void serveUntilStopped(ApiServer.Config config, CommandLine commandLine, String what)
            throws InterruptedException {
        ApiServer server;
        try {
            server = ApiServer.start(config);
        } catch (RuntimeException e) {
            config.store().close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            config.store().close();
            stopped.countDown();
        }, "frontline-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        commandLine.getOut().println(commandLine.getCommandSpec().qualifiedName() + ": " + what + " at "
                + server.url() + "  (API: " + server.url() + "api/events, Ctrl-C to stop)");
        commandLine.getOut().flush();
        stopped.await();
    }
}
