package org.frontline.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.frontline.Pipeline;
import org.frontline.article.Article;

/**
 * Extracts one partition of articles with the executor's pipeline (built by the first task that needs it, then
 * shared: {@link ExecutorPipelines}); rows stream through lazily. An article
 * the pipeline cannot take (a bad date or language) is named on the executor's stderr and counted in
 * {@code rejected}, and the others go on.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String gazetteer;
    private final LongAccumulator rejected;

    /** @param gazetteer a user gazetteer readable on every executor, or null for the bundled one */
    ExtractPartition(String gazetteer, LongAccumulator rejected) {
        this.gazetteer = gazetteer;
        this.rejected = rejected;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        Pipeline pipeline = ExecutorPipelines.of(gazetteer);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, 0), false)
                .flatMap(row -> extract(pipeline, row).stream()).iterator();
    }

    private List<Row> extract(Pipeline pipeline, Row row) {
        Article article;
        try {
            article = ArticleColumns.article(row);
        } catch (IllegalArgumentException e) {
            rejected.add(1);
            System.err.println("frontline-spark: rejected article " + row.getAs(ArticleColumns.ID) + ": "
                    + e.getMessage());
            return List.of();
        }
        return EventRows.of(pipeline.extract(article));
    }
}
