package org.frontline.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.article.Article;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * Main of the cold-start child JVM: builds the standard pipeline and extracts one article, then prints the seconds
 * that took and the JVM's uptime at that point (both on one line). Run only in a fresh JVM by {@link ColdStart}.
 */
public final class ColdProbe {
    private ColdProbe() {
    }

    /** @param args the article file, and optionally a user gazetteer file */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String body = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Frontline.Config config = Frontline.Config.defaults();
        if (args.length > 1) {
            config = config.withGazetteer(KeyIndexGazetteer.load(Path.of(args[1])));
        }
        Pipeline pipeline = Frontline.pipeline(config);
        int events = pipeline.extract(Article.of(body)).events().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        System.out.println(String.format(Locale.ROOT, "%.4f %.4f %d %.4f", seconds, uptime, events, cpu));
    }
}
