package org.frontline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.frontline.Frontline;
import org.frontline.FrontlineException;
import org.frontline.Pipeline;
import org.frontline.article.Article;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * Extracts one partition of articles: the pipeline (gazetteer and catalogs, a second or two to load) is built once
 * per partition, on the executor, and then used for every article in it; rows stream through lazily. An article
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
        Pipeline pipeline = pipeline();
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

    private Pipeline pipeline() {
        Frontline.Config config = Frontline.Config.defaults();
        if (gazetteer != null) {
            try (InputStream in = Files.newInputStream(Path.of(gazetteer))) {
                config = config.withGazetteer(KeyIndexGazetteer.load(in));
            } catch (IOException e) {
                throw new FrontlineException("cannot read the gazetteer " + gazetteer + " on this executor: "
                        + e.getMessage(), e);
            }
        }
        return Frontline.pipeline(config);
    }
}
