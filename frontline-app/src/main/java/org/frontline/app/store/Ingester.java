package org.frontline.app.store;

import java.util.ArrayDeque;
import java.util.Deque;
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
import org.frontline.store.EventStore;
import org.frontline.store.PutResult;

/**
 * Extracts articles on a few threads (the pipeline is thread-safe) and stores each, one transaction per article, in
 * input order. An article already in the store is not extracted again, so re-running an interrupted ingest only
 * pays for what is missing. A failing article is named in {@code rejected} and the others go on.
 */
public final class Ingester {
    /** What an ingest did. */
    public record Tally(int stored, int present, int rejected, long events) {
        public String line() {
            return stored + " articles stored, " + present + " already present, " + rejected + " rejected; "
                    + events + " events stored";
        }
    }

    private final EventStore store;
    private final Function<Article, Extraction> pipeline;
    private final int threads;

    public Ingester(EventStore store, Function<Article, Extraction> pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Tally ingest(List<Article> articles, Progress progress, List<String> rejected) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int stored = 0;
        int present = 0;
        int failed = 0;
        long events = 0;
        try {
            Deque<Future<Extraction>> window = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < articles.size(); done++) {
                while (next < articles.size() && window.size() < threads * 8) {
                    Article article = articles.get(next++);
                    window.add(pool.submit(() -> store.article(article.id()).isPresent() ? null
                            : pipeline.apply(article)));
                }
                Article article = articles.get(done);
                try {
                    Extraction x = window.removeFirst().get();
                    PutResult r = x == null ? null : store.put(x);
                    if (r == null || !r.added()) {
                        present++;
                    } else {
                        stored++;
                        events += r.events();
                    }
                } catch (ExecutionException e) {
                    failed++;
                    rejected.add(name(article) + ": extraction failed: " + e.getCause());
                } catch (FrontlineException e) {
                    failed++;
                    rejected.add(name(article) + ": " + e.getMessage());
                }
                progress.step();
            }
            progress.finish();
            return new Tally(stored, present, failed, events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted while ingesting", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String name(Article a) {
        return a.inputId() != null ? a.inputId() : a.id();
    }
}
