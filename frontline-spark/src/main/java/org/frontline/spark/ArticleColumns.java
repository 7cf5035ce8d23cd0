package org.frontline.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.frontline.FrontlineException;
import org.frontline.article.Article;

/**
 * The input table, whatever the format: {@code id, text, published, source, language} as strings, as the CLI's
 * JSONL (DESIGN §4; only {@code text} required). Text files are read whole, one article per file, the file's path
 * as its id.
 */
final class ArticleColumns {
    static final String ID = "id";
    static final List<String> COLUMNS = List.of(ID, "text", "published", "source", "language");

    /** Input formats of the job. */
    enum Format { JSONL, TEXT, PARQUET }

    private ArticleColumns() {
    }

    static Dataset<Row> read(SparkSession spark, Format format, String path) {
        Dataset<Row> raw = switch (format) {
            case JSONL -> spark.read().json(path);
            case PARQUET -> spark.read().parquet(path);
            case TEXT -> spark.read().option("wholetext", "true").text(path)
                    .select(functions.col("_metadata.file_path").as(ID), functions.col("value").as("text"));
        };
        if (!Arrays.asList(raw.columns()).contains("text")) {
            throw new FrontlineException(path + ": no 'text' column (found " + String.join(", ", raw.columns())
                    + ")");
        }
        Column[] columns = COLUMNS.stream().map(c -> Arrays.asList(raw.columns()).contains(c)
                ? functions.col(c).cast(DataTypes.StringType).as(c)
                : functions.lit(null).cast(DataTypes.StringType).as(c)).toArray(Column[]::new);
        return raw.select(columns).filter(functions.col("text").isNotNull());
    }

    /** @throws IllegalArgumentException for a blank text, a malformed date or a language other than fr/en */
    static Article article(Row row) {
        String language = row.getAs("language");
        return new Article(null, row.getAs(ID), row.getAs("source"), row.getAs("published"),
                language == null ? null : language.toLowerCase(Locale.ROOT), null, row.getAs("text"));
    }
}
