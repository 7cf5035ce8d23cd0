package org.frontline.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.FrontlineException;
import org.frontline.app.Progress;
import org.frontline.article.Article;
import org.frontline.events.Event;

/** Extracts many articles on a few threads (the pipeline is thread-safe), results in input order. */
final class Batch {
    /** One article's result: its extraction, or the exception the pipeline threw for it (a bug to report). */
    record Outcome(Extraction extraction, RuntimeException failure) {
        /** The first (most salient) event, null when none was coded or extraction failed. */
        Event firstEvent() {
            return extraction == null || extraction.events().isEmpty() ? null : extraction.events().get(0);
        }
    }

    private Batch() {
    }

    static List<Outcome> extract(List<Article> articles, Function<Article, Extraction> pipeline, int threads,
                                 Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>(articles.size());
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = extractOne(pipeline, article);
                    progress.step();
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(futures.size());
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            progress.finish();
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction task failed outside the pipeline", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome extractOne(Function<Article, Extraction> pipeline, Article article) {
        try {
            return new Outcome(pipeline.apply(article), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e); // reported by the caller with the row it belongs to
        }
    }
}
