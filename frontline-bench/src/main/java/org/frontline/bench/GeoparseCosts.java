package org.frontline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.geoparse.GazetteerGeoparser;
import org.frontline.geoparse.GeoHints;
import org.frontline.text.AnalyzedText;
import org.frontline.text.RuleTextAnalyzer;

/**
 * The geoparser alone over a corpus already analysed, best of N rounds in CPU time of the thread: on a shared
 * machine the best round is the one least disturbed, and a change to the geoparser shows there before it shows in
 * the whole pipeline's noise ({@link StageCosts}). Run with JFR to see its sub-steps.
 * Run: {@code java -cp frontline-bench/target/benchmarks.jar org.frontline.bench.GeoparseCosts ROUNDS FILE...}.
 */
public final class GeoparseCosts {
    private GeoparseCosts() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        ArticleReaders readers = new ArticleReaders();
        List<Article> corpus = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            corpus.addAll(readers.read(args[i], Files.readAllBytes(Path.of(args[i]))).articles());
        }
        RuleTextAnalyzer analyzer = new RuleTextAnalyzer();
        List<AnalyzedText> texts = corpus.stream().map(a -> analyzer.analyze(a.body(), null)).toList();
        GazetteerGeoparser geoparser = new GazetteerGeoparser(KeyIndexGazetteer.loadBundled());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        long mentions = 0;
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (AnalyzedText t : texts) {
                mentions += geoparser.geoparse(t, GeoHints.none()).size();
            }
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1e6);
        }
        System.out.printf("%d articles, geoparse best of %d rounds: %.1f CPU-ms (%d mentions)%n", texts.size(),
                rounds, best, mentions / rounds);
    }
}
