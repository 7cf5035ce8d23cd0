package org.frontline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.article.Article;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.geoparse.GazetteerGeoparser;
import org.frontline.geoparse.GeoHints;
import org.frontline.text.AnalyzedText;
import org.frontline.text.RuleTextAnalyzer;
import org.frontline.text.Sentence;
import org.frontline.text.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of each hot stage on the three bundled reports, one operation = all three reports (or all
 * their capitalised words, for the gazetteer lookup). Short runs by default (one fork, 3+5 one-second
 * iterations) so that the whole set takes about a minute; pass JMH's own flags for longer ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StageBenchmarks {
    private List<Article> articles;
    private List<AnalyzedText> analyzed;
    private List<String> capitalised;
    private RuleTextAnalyzer analyzer;
    private Gazetteer gazetteer;
    private GazetteerGeoparser geoparser;
    private Pipeline pipeline;

    @Setup
    public void setUp() {
        articles = Samples.articles();
        analyzer = new RuleTextAnalyzer();
        analyzed = articles.stream().map(a -> analyzer.analyze(a.body(), null)).toList();
        capitalised = new ArrayList<>();
        for (AnalyzedText text : analyzed) {
            for (Sentence s : text.sentences()) {
                s.tokens().stream().filter(Token::isCapitalized).map(Token::text).forEach(capitalised::add);
            }
        }
        gazetteer = KeyIndexGazetteer.loadBundled();
        geoparser = new GazetteerGeoparser(gazetteer);
        pipeline = Frontline.pipeline(Frontline.Config.defaults().withGazetteer(gazetteer));
    }

    /** Sentence split, tokenization, folding keys and language detection. */
    @Benchmark
    public void tokenize(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(analyzer.analyze(a.body(), null));
        }
    }

    /** Gazetteer lookup of every capitalised word of the reports, hits and misses alike. */
    @Benchmark
    public void gazetteerLookup(Blackhole bh) {
        for (String name : capitalised) {
            bh.consume(gazetteer.lookup(name));
        }
    }

    /** Place recognition and resolution on already analysed text. */
    @Benchmark
    public void geoparse(Blackhole bh) {
        for (AnalyzedText text : analyzed) {
            bh.consume(geoparser.geoparse(text, GeoHints.none()));
        }
    }

    /** The whole extraction (text, actors, sources, places, event coding). */
    @Benchmark
    public void extract(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(pipeline.extract(a));
        }
    }
}
