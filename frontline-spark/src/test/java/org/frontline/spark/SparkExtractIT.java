package org.frontline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real job in Spark local mode on two cores: reports in, Parquet events out, read back. */
public class SparkExtractIT {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = TestArticles.localSpark("frontline-spark-it");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void writesOneParquetRowPerEventWithAcledColumnsAndTheArticleId() throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, String.join("\n",
                TestArticles.KHANASIR, TestArticles.RAQQA, TestArticles.WEATHER,
                "{\"id\": \"bad-date\", \"text\": \"Clashes in Idlib.\", \"published\": \"last week\"}"));
        String out = dir.resolve("events").toString();

        SparkExtract.Result result = SparkExtract.run(spark, new SparkExtract.Job(ArticleColumns.Format.JSONL,
                in.toString(), out, 0, null, null, null));

        assertThat(result.articles()).isEqualTo(4);
        assertThat(result.rejected()).isEqualTo(1);
        List<Row> rows = spark.read().parquet(out).orderBy("input_id", "event_index").collectAsList();
        assertThat(rows).extracting(r -> (String) r.getAs("input_id")).containsExactly("khanasir", "raqqa");
        assertThat(result.events()).isEqualTo(2);
        Row khanasir = rows.get(0);
        assertThat((String) khanasir.getAs("sub_event_type")).isEqualTo("Government regains territory");
        assertThat((String) khanasir.getAs("location")).isEqualTo("Khanasir");
        assertThat((String) khanasir.getAs("country")).isEqualTo("Syria");
        assertThat((Double) khanasir.getAs("latitude")).isBetween(35.7, 35.9);
        assertThat((String) khanasir.getAs("article_id")).startsWith("sha256:");
        Row raqqa = rows.get(1);
        assertThat((String) raqqa.getAs("event_type")).isEqualTo("Explosions/Remote violence");
        assertThat((Integer) raqqa.getAs("fatalities")).isEqualTo(3);
        assertThat((Integer) raqqa.getAs("event_index")).isZero();
    }

    @Test
    void readsWholeTextFilesAsOneArticleEachNamedByTheirPath() throws Exception {
        Path in = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(in.resolve("raqqa.txt"), "Turkish forces shelled the town of Ain Issa, north of Raqqa,\n"
                + "killing three civilians, according to the Syrian Observatory for Human Rights.");
        Files.writeString(in.resolve("weather.txt"), "Sunny in Lyon.");
        String out = dir.resolve("events").toString();

        SparkExtract.Result result = SparkExtract.run(spark, new SparkExtract.Job(ArticleColumns.Format.TEXT,
                in.toString(), out, 1, null, null, null));

        assertThat(result.articles()).isEqualTo(2);
        List<Row> rows = spark.read().parquet(out).collectAsList();
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0).getAs("input_id")).endsWith("raqqa.txt");
        assertThat((String) rows.get(0).getAs("location")).isEqualTo("`Ayn `Isa");
    }

    @Test
    void readsParquetArticlesWithOnlySomeOfTheColumns() throws Exception {
        String in = dir.resolve("articles.parquet").toString();
        spark.createDataFrame(List.of(
                        RowFactory.create("raqqa", "Turkish forces shelled the town of Ain Issa, north of Raqqa, "
                                + "killing three civilians.", "2019-10-14"),
                        RowFactory.create("lyon", "Sunny in Lyon.", null)),
                DataTypes.createStructType(List.of(DataTypes.createStructField("id", DataTypes.StringType, false),
                        DataTypes.createStructField("text", DataTypes.StringType, false),
                        DataTypes.createStructField("published", DataTypes.StringType, true))))
                .write().parquet(in);
        String out = dir.resolve("events").toString();

        SparkExtract.Result result = SparkExtract.run(spark, new SparkExtract.Job(ArticleColumns.Format.PARQUET,
                in, out, 0, null, null, null));

        assertThat(result.articles()).isEqualTo(2);
        List<Row> rows = spark.read().parquet(out).collectAsList();
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0).getAs("input_id")).isEqualTo("raqqa");
        assertThat((String) rows.get(0).getAs("event_date")).isEqualTo("2019-10-14");
        assertThat((Integer) rows.get(0).getAs("fatalities")).isEqualTo(3);
    }

    @Test
    void anInputWithoutTextIsRejectedNamingItsColumns() throws Exception {
        Path in = dir.resolve("wrong.jsonl");
        Files.writeString(in, "{\"body\": \"Clashes in Idlib.\"}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkExtract.run(spark, new SparkExtract.Job(
                ArticleColumns.Format.JSONL, in.toString(), dir.resolve("o").toString(), 0, null, null, null)))
                .hasMessageContaining("no 'text' column").hasMessageContaining("body");
    }

    @Test
    void everyPartitionOfEveryJobSharesTheExecutorsOnePipeline() throws Exception {
        Path in = dir.resolve("many.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"Turkish forces shelled the town of ")
                    .append("Ain Issa, north of Raqqa, killing three civilians.\"}\n");
        }
        Files.writeString(in, lines);
        SparkExtract.Job job = new SparkExtract.Job(ArticleColumns.Format.JSONL, in.toString(),
                dir.resolve("events").toString(), 6, null, null, null);
        SparkExtract.run(spark, job);
        long afterFirst = ExecutorPipelines.builds();

        SparkExtract.Result again = SparkExtract.run(spark, job);

        assertThat(again.events()).isEqualTo(12);
        assertThat(ExecutorPipelines.builds()).isEqualTo(afterFirst);
        assertThat(afterFirst).as("every test here uses the bundled gazetteer: one pipeline in this JVM")
                .isEqualTo(1);
    }
}
