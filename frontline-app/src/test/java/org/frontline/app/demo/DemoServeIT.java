package org.frontline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.app.Main;
import org.junit.jupiter.api.Test;

/**
 * {@code frontline demo} as the README's first command runs it: it stores the samples and keeps serving the map,
 * printing its URL. The command blocks until the JVM stops, so it runs on a daemon thread and the JVM's exit (at
 * the end of the test run) stops it through its shutdown hook.
 */
class DemoServeIT {
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void demoStoresTheSamplesAndServesTheMapAtThePrintedUrl() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread demo = new Thread(() -> Main.commandLine(AppContext.standard(Map.of(), Cli.NO_HOME),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute("demo", "--port", "0"), "demo");
        demo.setDaemon(true);
        demo.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Matcher url = URL.matcher("");
        while (!url.reset(out.toString()).find()) {
            assertThat(demo.isAlive()).as("demo stopped early: " + err).isTrue();
            assertThat(Instant.now()).as("no URL printed; stderr: " + err).isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(err.toString()).contains("demo: 3 sample reports");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"map\">");
        String events = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(new ObjectMapper().readTree(events).get("total").asInt()).isEqualTo(3);
        assertThat(demo.isAlive()).as("still serving").isTrue();
    }
}
