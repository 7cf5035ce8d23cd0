package org.frontline.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.frontline.FrontlineException;
import org.frontline.article.Article;

/**
 * Stanford CoreNLP's French tokenize,ssplit,pos,ner on the bench corpus, in a child JVM whose classpath the
 * {@code -Pcorenlp} build writes to {@value ProjectLayout#CORENLP_CLASSPATH} (the baseline's own classes are
 * beside it): CoreNLP is GPL and large, so no class of it is ever on the product's classpath. The child prints
 * "tokens bytes seconds cpu_seconds" for its timed window (one thread, after a warm-up), tokens counted by
 * CoreNLP's own tokenizer.
 */
public record CoreNlpRun(long tokens, long bytes, double seconds, double cpuSeconds) {
    static final String MAIN = "org.frontline.corenlp.CoreNlpBaseline";

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public double mbPerSecond() {
        return bytes / 1e6 / seconds;
    }

    public double mbPerCpuSecond() {
        return bytes / 1e6 / cpuSeconds;
    }

    public double tokensPerCpuSecond() {
        return tokens / cpuSeconds;
    }

    static CoreNlpRun measure(BenchCorpus corpus, double seconds, double warmup, Path classpathFile) {
        Path texts = null;
        try {
            if (!Files.isRegularFile(classpathFile)) {
                throw new FrontlineException(classpathFile + " is missing: build the baseline with "
                        + "./mvnw -q -B -Pcorenlp -DskipTests package");
            }
            String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).strip()
                    + java.io.File.pathSeparator + classpathFile.resolveSibling("classes");
            texts = Files.createTempFile("frontline-bench-corenlp", ".txt");
            // NUL between articles: it never occurs in a report, so no escaping is needed on either side
            Files.writeString(texts, String.join("\0", corpus.articles().stream().map(Article::body).toList()),
                    StandardCharsets.UTF_8);
            String line = JvmChild.run(List.of("-Xmx3g"), classpath, MAIN, List.of(texts.toString(),
                    String.format(Locale.ROOT, "%.3f", seconds), String.format(Locale.ROOT, "%.3f", warmup)))
                    .stdout().strip();
            String[] parts = line.substring(line.lastIndexOf('\n') + 1).split(" ");
            return new CoreNlpRun(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]));
        } catch (IOException e) {
            throw new FrontlineException("cannot run the CoreNLP baseline: " + e.getMessage(), e);
        } finally {
            if (texts != null) {
                texts.toFile().delete(); // a leftover temp file changes no figure
            }
        }
    }
}
