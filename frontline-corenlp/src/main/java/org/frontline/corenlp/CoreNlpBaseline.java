package org.frontline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's French tokenize, ssplit, mwt (French needs it before pos), pos and ner (the 4-class WikiNER CRF, as in
 * CoreNLP's own French properties) on the bench corpus, one thread. Prints one line "tokens bytes seconds
 * cpu_seconds" for the timed window on stdout (CPU time of the annotating thread, which stays meaningful on a
 * busy machine); CoreNLP's own logging goes to stderr.
 */
public final class CoreNlpBaseline {
    private CoreNlpBaseline() {
    }

    /** @param args the texts file (articles separated by NUL), the measured seconds, the warm-up seconds */
    public static void main(String[] args) throws Exception {
        List<String> texts = List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\0"));
        double seconds = Double.parseDouble(args[1]);
        double warmup = Double.parseDouble(args[2]);
        Properties props = StringUtils.argsToProperties("-props", "french");
        props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        run(pipeline, texts, warmup);
        long[] done = run(pipeline, texts, seconds);
        System.out.println(done[0] + " " + done[1] + " " + (done[2] / 1e9) + " " + (done[3] / 1e9));
    }

    /** Annotates texts round and round until the window ends; returns tokens, bytes, wall and CPU nanoseconds. */
    private static long[] run(StanfordCoreNLP pipeline, List<String> texts, double seconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long tokens = 0;
        long bytes = 0;
        int i = 0;
        long now = start;
        while (now < deadline || i == 0) {
            String text = texts.get(i++ % texts.size());
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            now = System.nanoTime();
        }
        return new long[] {tokens, bytes, now - start, cpu.getCurrentThreadCpuTime() - cpuStart};
    }
}
