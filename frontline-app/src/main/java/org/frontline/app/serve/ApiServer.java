package org.frontline.app.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.ArticleSource;
import org.frontline.app.Json;
import org.frontline.article.Article;
import org.frontline.store.EventStore;

/**
 * The HTTP server of {@code frontline serve}: the REST API under {@code /api}, the map's static files and the
 * Leaflet WebJars, all from the classpath so nothing is fetched at run time. Every response carries a strict
 * Content-Security-Policy (scripts and styles only from this server, no inline script), a second line of defence
 * behind the map's rule of never parsing article text as HTML.
 */
public final class ApiServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    static final String WEB = "/org/frontline/app/web";

    /**
     * What the server serves.
     *
     * @param token    the bearer token that allows {@code POST /api/ingest}; null disables ingest over HTTP
     * @param pipeline gives the pipeline on first ingest (building it loads the gazetteer, so not before)
     * @param err      where unexpected failures of a request are reported (the response only says "internal")
     * @param port     0 for any free port
     */
    public record Config(EventStore store, String token, Supplier<Function<Article, Extraction>> pipeline,
                         ArticleSource articles, PrintWriter err, String host, int port) {
        public Config {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(articles, "articles");
            Objects.requireNonNull(err, "err");
            Objects.requireNonNull(host, "host");
            token = token == null || token.isBlank() ? null : token.strip();
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
        }
    }

    private final Javalin app;
    private final String host;
    private final List<String> routes = new ArrayList<>();

    private ApiServer(Config config) {
        this.host = config.host();
        Views views = new Views(Json.newMapper());
        Routes read = new Routes(config.store(), views);
        IngestRoute ingest = new IngestRoute(config, read, views);
        ControlRoutes control = new ControlRoutes(config.store(), read, views);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff");
            });
            c.staticFiles.enableWebjars();
            c.routes.before(ctx -> ctx.header("Content-Security-Policy", CSP)
                    .header("X-Content-Type-Options", "nosniff"));
            get(c, "/api/events", read::events);
            get(c, "/api/events/{id}", read::event);
            get(c, "/api/places", read::places);
            get(c, "/api/actors", read::actors);
            get(c, "/api/articles", read::articles);
            get(c, "/api/articles/{id}", read::article);
            get(c, "/api/openapi.json", read::openApi);
            get(c, "/api/control", control::control);
            get(c, "/api/fused-events", control::fusedEvents);
            get(c, "/api/front-gaps", control::frontGaps);
            routes.add("POST /api/ingest");
            c.routes.post("/api/ingest", ingest::ingest);
            c.routes.get("/api/*", ctx -> notFound(read, views, ctx));
            c.routes.exception(BadParameter.class, (e, ctx) -> read.send(ctx, 400,
                    views.error(e.getMessage(), e.parameter())));
            c.routes.exception(Exception.class, (e, ctx) -> failed(config.err(), read, views, e, ctx));
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new FrontlineException("cannot listen on " + config.host() + ":" + config.port()
                        + " (in use?): pass --port N, or --port 0 for any free port", e);
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** Starts serving; the server runs until {@link #close()}. */
    public static ApiServer start(Config config) {
        return new ApiServer(config);
    }

    public int port() {
        return app.port();
    }

    /** The map's address, e.g. http://127.0.0.1:8080/ . */
    public String url() {
        return "http://" + host + ":" + port() + "/";
    }

    /** "GET /api/events", … every API route as registered, for the OpenAPI test. */
    List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }

    private void get(JavalinConfig c, String path, Handler handler) {
        routes.add("GET " + path);
        c.routes.get(path, handler);
    }

    /** Registered after every API route, so it answers only paths none of them matched. */
    private static void notFound(Routes read, Views views, Context ctx) {
        read.send(ctx, 404, views.error("no such API route: " + ctx.method() + " " + ctx.path()
                + " (see /api/openapi.json)", null));
    }

    private static void failed(PrintWriter err, Routes read, Views views, Exception e, Context ctx) {
        synchronized (err) {
            err.println("serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            e.printStackTrace(err);
            err.flush();
        }
        read.send(ctx, 500, views.error("internal error while answering " + ctx.path() + "; the server log has "
                + "the details", null));
    }
}
