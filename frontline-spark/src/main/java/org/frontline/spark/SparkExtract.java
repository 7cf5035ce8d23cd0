package org.frontline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.frontline.FrontlineException;

/**
 * The Spark job: articles (JSONL, whole text files or Parquet) → one row per event with ACLED's columns, written
 * as Parquet and optionally appended to a JDBC table (PostgreSQL: put its driver on the classpath with
 * {@code --jars}). Submit with {@code spark-submit --class org.frontline.spark.SparkExtract frontline-spark.jar
 * --in PATH --out DIR}; the master comes from spark-submit.
 */
public final class SparkExtract {
    /**
     * One run of the job.
     *
     * @param partitions how many partitions to extract in (an executor builds the pipeline once for all of them); 0 = Spark's default
     *                   parallelism, one per core
     * @param jdbcUrl    null for no JDBC copy; then {@code jdbcTable} is unused
     * @param gazetteer  a user gazetteer readable on every executor, or null for the bundled one
     */
    public record Job(ArticleColumns.Format format, String input, String output, int partitions, String jdbcUrl,
                      String jdbcTable, String gazetteer) {
        public Job {
            if (format == null || input == null || output == null) {
                throw new IllegalArgumentException("a job needs --format, --in and --out");
            }
            if (jdbcUrl != null && jdbcTable == null) {
                throw new IllegalArgumentException("--jdbc needs --table");
            }
        }
    }

    /** What a run did. */
    public record Result(long articles, long events, long rejected) {
    }

    private SparkExtract() {
    }

    public static void main(String[] args) {
        Job job;
        try {
            job = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("frontline-spark: " + e.getMessage());
            System.err.println("usage: SparkExtract --in PATH [--format jsonl|text|parquet] --out DIR "
                    + "[--partitions N] [--jdbc URL --table NAME] [--gazetteer PATH]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("frontline-extract").getOrCreate();
        int code;
        try {
            Result result = run(spark, job);
            System.err.printf(Locale.ROOT, "frontline-spark: %d articles, %d events, %d rejected → %s%n",
                    result.articles(), result.events(), result.rejected(), job.output());
            code = result.rejected() == 0 ? 0 : 1;
        } catch (FrontlineException e) {
            System.err.println("frontline-spark: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Reads, extracts, writes; the events are computed once even when they go to both Parquet and JDBC. */
    public static Result run(SparkSession spark, Job job) {
        Dataset<Row> articles = ArticleColumns.read(spark, job.format(), job.input());
        LongAccumulator rejected = spark.sparkContext().longAccumulator("frontline rejected articles");
        Dataset<Row> events = events(articles, job.partitions(), job.gazetteer(), rejected);
        if (job.jdbcUrl() != null) {
            events = events.cache();
        }
        events.write().mode(SaveMode.Overwrite).parquet(job.output());
        if (job.jdbcUrl() != null) {
            events.write().mode(SaveMode.Append).jdbc(job.jdbcUrl(), job.jdbcTable(), new Properties());
            events.unpersist();
        }
        long written = spark.read().parquet(job.output()).count();
        return new Result(articles.count(), written, rejected.value());
    }

    /** The events of the articles (columns {@link ArticleColumns#COLUMNS}), extracted partition by partition. */
    public static Dataset<Row> events(Dataset<Row> articles, int partitions, String gazetteer,
                                      LongAccumulator rejected) {
        int n = partitions > 0 ? partitions : articles.sparkSession().sparkContext().defaultParallelism();
        return articles.repartition(n).mapPartitions(new ExtractPartition(gazetteer, rejected),
                Encoders.row(EventRows.SCHEMA));
    }

    static Job parse(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String format = "jsonl";
        String in = null;
        String out = null;
        int partitions = 0;
        String jdbc = null;
        String table = null;
        String gazetteer = null;
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--format" -> format = value;
                case "--in" -> in = value;
                case "--out" -> out = value;
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--jdbc" -> jdbc = value;
                case "--table" -> table = value;
                case "--gazetteer" -> gazetteer = value;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new Job(ArticleColumns.Format.valueOf(format.toUpperCase(Locale.ROOT)), in, out, partitions, jdbc,
                table, gazetteer);
    }
}
