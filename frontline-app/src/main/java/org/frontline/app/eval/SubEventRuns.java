package org.frontline.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.Pipeline;
import org.frontline.actors.ActorCatalog;
import org.frontline.article.Article;
import org.frontline.claims.SourceCatalog;
import org.frontline.events.SubEventModel;
import org.frontline.gazetteer.KeyIndexGazetteer;

/**
 * Training the sub-event model from ACLED rows, and measuring it honestly: pipelines over the bundled data that
 * differ only in their model, the rules-only coding every model learns from, and k-fold cross-validation (each
 * fold coded by a model trained on the other folds, so no row is scored by a model that saw it).
 */
final class SubEventRuns {
    static final int EPOCHS = 10;
    static final long SEED = 20200501L;

    private final Frontline.Config base;
    private final EvalRun run;

    SubEventRuns(EvalRun run) {
        this.run = run;
        this.base = new Frontline.Config(KeyIndexGazetteer.loadBundled(), ActorCatalog.loadBundled(),
                SourceCatalog.loadBundled(), null);
    }

    /** What the rules alone code for each row, paired with ACLED's sub-event type: the training examples. */
    List<SubEventModel.Example> examples(List<AcledRow> rows) {
        List<Batch.Outcome> ruled = run.extract(articles(rows), "rows (rules only)", pipeline(SubEventModel.none()));
        List<SubEventModel.Example> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String rule = ruled.get(i).firstEvent() == null ? null : ruled.get(i).firstEvent().subEventType();
            out.add(new SubEventModel.Example(rows.get(i).notes(), rule, rows.get(i).subEventType()));
        }
        return out;
    }

    static SubEventModel train(List<SubEventModel.Example> examples) {
        return SubEventModel.train(examples, EPOCHS, SEED);
    }

    /** Each row coded by the model trained on the other {@code k - 1} folds (row i is in fold i mod k). */
    List<Batch.Outcome> crossValidated(List<AcledRow> rows, int k) {
        List<SubEventModel.Example> examples = examples(rows);
        List<Batch.Outcome> outcomes = new ArrayList<>(rows.size());
        rows.forEach(r -> outcomes.add(null));
        for (int fold = 0; fold < k; fold++) {
            List<SubEventModel.Example> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % k == fold) {
                    held.add(i);
                } else {
                    training.add(examples.get(i));
                }
            }
            List<Article> heldArticles = held.stream().map(i -> rows.get(i).article()).toList();
            List<Batch.Outcome> coded = run.extract(heldArticles, "rows (fold " + (fold + 1) + "/" + k + ")",
                    pipeline(train(training)));
            for (int j = 0; j < held.size(); j++) {
                outcomes.set(held.get(j), coded.get(j));
            }
        }
        return outcomes;
    }

    private Function<Article, Extraction> pipeline(SubEventModel model) {
        Pipeline p = Frontline.pipeline(base.withSubEvents(model));
        return p::extract;
    }

    private static List<Article> articles(List<AcledRow> rows) {
        return rows.stream().map(AcledRow::article).toList();
    }
}
