package org.frontline.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code frontline demo}: for now prints the extractions of the bundled samples as one pretty JSON array. The
 * samples are the files listed in {@code org/frontline/app/samples/index.txt} on the classpath.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the extractions (JSON array) of the bundled sample reports.")
public final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "/org/frontline/app/samples/";

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    GazetteerOption gazetteer;

    public DemoCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String name : sampleNames()) {
            articles.addAll(context.articles().read(name, resource(name), InputFormat.AUTO).articles());
        }
        List<Extraction> extractions = new ArrayList<>();
        if (!articles.isEmpty()) {
            Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
            articles.forEach(a -> extractions.add(pipeline.apply(a)));
        }
        spec.commandLine().getOut().println(Json.newMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(extractions));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The names listed in the index, skipping blank lines and # comments (the bench corpus starts with them). */
    public static List<String> sampleNames() throws IOException {
        String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The bytes of one bundled sample (or of the index). */
    public static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new FrontlineException("bundled sample " + SAMPLES + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
