package org.frontline.app.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.app.eval.AcledArticles;
import org.frontline.article.Article;
import org.frontline.store.EventStore;
import org.frontline.store.SqliteEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real corpus: the ACLED dev notes (../shared/eval, beside the clone as CI has it) coded by the real pipeline and
 * stored one article at a time in a SQLite file give exactly the fused events and control timelines of fusing all
 * their events at once.
 */
class AcledFusionIT {
    private static final Path DEV = Path.of("../../shared/eval/acled-2020-05-dev.csv");

    @TempDir
    Path dir;

    @Test
    void storingTheAcledNotesOneAtATimeGivesTheBatchFusion() {
        assumeTrue(Files.isRegularFile(DEV), DEV + " is not beside the clone");
        List<String> rejected = new ArrayList<>();
        List<Article> articles = AcledArticles.read(DEV, rejected);
        Function<Article, Extraction> pipeline = AppContext.standard(Map.of(), Cli.NO_HOME).pipelines().build(null);
        List<Extraction> extractions = articles.parallelStream().map(pipeline).toList();
        Analysis.Picture batch = Frontline.analysis(Frontline.Config.defaults()).of(dedup(extractions));
        try (EventStore store = SqliteEventStore.open(dir.resolve("acled.db"))) {
            extractions.forEach(store::put);
            IncrementalFusionTest.assertSameAsBatch(store, batch, "ACLED dev notes");
        }
    }

    /** The notes that are the same text are one article to the store (its id is the body's hash). */
    private static List<Extraction> dedup(List<Extraction> extractions) {
        Map<String, Extraction> byId = new java.util.LinkedHashMap<>();
        extractions.forEach(x -> byId.putIfAbsent(x.article().id(), x));
        return List.copyOf(byId.values());
    }
}
