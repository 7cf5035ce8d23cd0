package org.frontline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's copy into PostgreSQL (--jdbc/--table), on the real server .ci/run starts (.ci/postgres) and names in
 * FRONTLINE_TEST_POSTGRES; each test in a schema of its own, dropped after. Without the variable (a developer run
 * with no server) the test is skipped and says why.
 */
public class SparkJdbcIT {
    static final String ENV = "FRONTLINE_TEST_POSTGRES";
    private static SparkSession spark;

    @TempDir
    Path dir;
    private String server;
    private String schema;

    @BeforeAll
    static void startSpark() {
        spark = TestArticles.localSpark("frontline-spark-jdbc-it");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @BeforeEach
    void createSchema() throws SQLException {
        server = System.getProperty(ENV, System.getenv(ENV));
        assumeTrue(server != null && !server.isBlank(), ENV + " is not set: start a server with .ci/postgres and "
                + "export the URL it prints to run the Spark job's PostgreSQL test");
        schema = "spark_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void theEventsGoToTheTableAsToParquetAndASecondRunAppends() throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, String.join("\n",
                TestArticles.KHANASIR, TestArticles.RAQQA, TestArticles.WEATHER));
        String table = schema + ".acled_events";
        SparkExtract.Job job = new SparkExtract.Job(ArticleColumns.Format.JSONL, in.toString(),
                dir.resolve("events").toString(), 0, server, table, null);

        SparkExtract.Result result = SparkExtract.run(spark, job);

        assertThat(result.events()).isEqualTo(2);
        List<String> rows = rows("SELECT input_id, event_index, sub_event_type, location, country, iso3, fatalities, "
                + "round(latitude::numeric, 1) FROM " + table + " ORDER BY input_id");
        assertThat(rows).containsExactly(
                "khanasir|0|Government regains territory|Khanasir|Syria|SYR|0|35.8",
                "raqqa|0|Shelling/artillery/missile attack|`Ayn `Isa|Syria|SYR|3|36.4");
        List<String> parquet = spark.read().parquet(job.output()).orderBy("input_id")
                .selectExpr("concat_ws('|', input_id, sub_event_type, event_date)").as(
                        org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(rows("SELECT concat_ws('|', input_id, sub_event_type, event_date) FROM " + table
                + " ORDER BY input_id")).isEqualTo(parquet);

        SparkExtract.run(spark, job);

        assertThat(rows("SELECT input_id FROM " + table + " ORDER BY input_id"))
                .containsExactly("khanasir", "khanasir", "raqqa", "raqqa");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
