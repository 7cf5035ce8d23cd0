package org.frontline.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.app.demo.Samples;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.store.EventStore;
import org.frontline.store.SqliteEventStore;

/**
 * A real server on a free loopback port over a real SQLite store in a temporary directory, holding the bundled
 * samples as the real pipeline codes them; and an HTTP client to call it.
 */
final class TestServer implements AutoCloseable {
    /** A reply: status, headers' first values, body parsed as JSON when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static Function<Article, Extraction> pipeline;

    final EventStore store;
    final ApiServer server;
    final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(EventStore store, String token) {
        this.store = store;
        this.server = ApiServer.start(new ApiServer.Config(store, token, TestServer::pipeline,
                new ArticleReaders()::read, new PrintWriter(log, true), ServerOptions.HOST, 0));
    }

    /** The samples stored in a fresh SQLite store in {@code dir}, served with ingest allowed for {@code token}. */
    static TestServer withSamples(Path dir, String token) throws IOException {
        return withSamples(SqliteEventStore.open(dir.resolve("frontline.db")), token);
    }

    /** The samples stored in {@code store} (empty), served with ingest allowed for {@code token}. */
    static TestServer withSamples(EventStore store, String token) throws IOException {
        for (Article a : Samples.articles(new ArticleReaders()::read)) {
            store.put(pipeline().apply(a));
        }
        return new TestServer(store, token);
    }

    /** The standard pipeline over the bundled gazetteer, built once for all the tests of the run. */
    static synchronized Function<Article, Extraction> pipeline() {
        if (pipeline == null) {
            pipeline = AppContext.standard(Map.of(), Cli.NO_HOME).pipelines().build(null);
        }
        return pipeline;
    }

    String url(String path) {
        return "http://" + ServerOptions.HOST + ":" + server.port() + path;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /** The JSON of a GET that must answer 200 (the assertion names the path and shows the body otherwise). */
    JsonNode ok(String path) throws IOException, InterruptedException {
        Reply reply = get(path);
        org.assertj.core.api.Assertions.assertThat(reply.status()).as(path + " -> " + reply.raw().body())
                .isEqualTo(200);
        return reply.json();
    }

    Reply post(String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
