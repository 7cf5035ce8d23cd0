package org.frontline.spark;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * How the job scales with local cores: {@code SparkScaling local[N] FORMAT INPUT [ROUNDS]} extracts the input
 * ROUNDS times (default 30) and prints one line "master articles seconds articles_per_s best_seconds
 * best_articles_per_s": the median and the best of the settled rounds, the second half ({@link RoundTimes}). Run it
 * once per master in fresh JVMs (the JIT state of one run would favour the next); {@code scaling.sh} alternates the
 * masters and prints the ratio.
 */
public final class SparkScaling {
    private SparkScaling() {
    }

    public static void main(String[] args) {
        String master = args[0];
        ArticleColumns.Format format = ArticleColumns.Format.valueOf(args[1].toUpperCase(Locale.ROOT));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        SparkSession spark = SparkSession.builder().master(master).appName("frontline-scaling")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            Dataset<Row> articles = ArticleColumns.read(spark, format, args[2]).cache();
            long n = articles.count();
            double[] seconds = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                LongAccumulator rejected = spark.sparkContext().longAccumulator();
                long start = System.nanoTime();
                SparkExtract.events(articles, 0, null, rejected).write().format("noop").mode("overwrite").save();
                seconds[round] = (System.nanoTime() - start) / 1e9;
                System.err.printf(Locale.ROOT, "frontline-spark: %s round %d: %.2f s%n", master, round,
                        seconds[round]);
            }
            RoundTimes times = new RoundTimes(seconds);
            System.out.printf(Locale.ROOT, "%s %d %.3f %.1f %.3f %.1f%n", master, n, times.median(),
                    n / times.median(), times.best(), n / times.best());
        } finally {
            spark.stop();
        }
    }
}
