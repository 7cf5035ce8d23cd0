package org.frontline.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.frontline.Extraction;
import org.frontline.article.Article;
import org.junit.jupiter.api.Test;

/**
 * {@link Throughput#measureFresh}: the warm-up and every measured pass of a corpus that takes a while run on a
 * pipeline of their own, so no pass finds what an earlier one left in a pipeline's memory; a corpus of a few quick
 * articles shares one rather than rebuilding for each pass. The "pipelines" record which of them extracted each
 * article (they wait instead of extracting, so that a pass's length is known).
 */
class ThroughputTest {
    private static final BenchCorpus CORPUS = BenchCorpus.of(List.of(
            Article.of("Les forces gouvernementales syriennes ont repris Khanacer."),
            Article.of("Syrian regime forces shelled Kafr Nabl in Idleb, killing two civilians."),
            Article.of("Protesters gathered in Baghdad against the government.")));

    /** Builds pipelines that wait {@code millis} per article and records, per pipeline, the articles it took. */
    private static final class Builds {
        final List<Map<Integer, Integer>> taken = Collections.synchronizedList(new ArrayList<>());
        /** Per pipeline: the JVM's collections so far when it was built, and when it took its first article. */
        final List<long[]> collections = Collections.synchronizedList(new ArrayList<>());
        private final long millis;

        Builds(long millis) {
            this.millis = millis;
        }

        Function<Article, Extraction> build() {
            Map<Integer, Integer> mine = Collections.synchronizedMap(new java.util.HashMap<>());
            taken.add(mine);
            long[] gcs = {collections(), -1};
            collections.add(gcs);
            return a -> {
                synchronized (gcs) {
                    if (gcs[1] < 0) {
                        gcs[1] = collections();
                    }
                }
                mine.merge(CORPUS.articles().indexOf(a), 1, Integer::sum);
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            };
        }
    }

    @Test
    void everyPassOfALongCorpusRunsOnANewPipelineThatSeesEachArticleOnce() {
        Builds builds = new Builds(50); // 150 ms a pass on one thread
        Throughput t = Throughput.measureFresh(CORPUS, builds.build(), builds::build, 1, 0, 0.4);

        assertThat(builds.taken).hasSizeGreaterThanOrEqualTo(3); // the warm-up's, then one per measured pass
        for (Map<Integer, Integer> pipeline : builds.taken) {
            assertThat(pipeline).isEqualTo(Map.of(0, 1, 1, 1, 2, 1));
        }
        assertThat(t.articles()).isEqualTo(3L * (builds.taken.size() - 1));
        assertThat(t.seconds()).isGreaterThanOrEqualTo(0.4);
        // the pipeline sleeps: its thread holds a core for a sliver of the window
        assertThat(t.cpuShare()).isEqualTo(t.cpuSeconds() / t.seconds()).isLessThan(0.5);
    }

    @Test
    void theHeapIsCollectedAfterEachBuildBeforeItsPassIsTimed() {
        Builds builds = new Builds(50);
        Throughput.measureFresh(CORPUS, builds.build(), builds::build, 1, 0, 0.3);

        assertThat(builds.collections).hasSizeGreaterThanOrEqualTo(3);
        for (long[] gcs : builds.collections.subList(1, builds.collections.size())) { // the measured passes'
            assertThat(gcs[1]).isGreaterThan(gcs[0]);
        }
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    @Test
    void twoThreadsShareAPassAndItsPipeline() {
        Builds builds = new Builds(60);
        Throughput t = Throughput.measureFresh(CORPUS, builds.build(), builds::build, 2, 0, 0.3);

        Set<Map<Integer, Integer>> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(builds.taken);
        assertThat(distinct).hasSameSizeAs(builds.taken);
        for (Map<Integer, Integer> pipeline : builds.taken) {
            assertThat(pipeline).isEqualTo(Map.of(0, 1, 1, 1, 2, 1));
        }
        assertThat(t.threads()).isEqualTo(2);
    }

    @Test
    void quickPassesShareOnePipeline() {
        Builds builds = new Builds(0);
        Throughput t = Throughput.measureFresh(CORPUS, builds.build(), builds::build, 1, 0, 0.05);

        assertThat(builds.taken).hasSize(1);
        assertThat(t.articles()).isGreaterThan(3L); // several passes, all on the warm-up's pipeline
        assertThat(builds.taken.get(0).get(0)).isGreaterThan(1);
    }

    @Test
    void theCollectorsTimeInTheWindowIsCountedAndTheUntimedCollectionsAreNot() {
        Function<Article, Extraction> collecting = a -> {
            System.gc(); // a pause inside the window, as an allocating pipeline's young collections are
            return null;
        };
        Throughput busy = Throughput.measure(CORPUS, collecting, 1, 0, 0.3);
        assertThat(busy.gcSeconds()).isPositive().isLessThanOrEqualTo(busy.seconds());
        assertThat(busy.gcShare()).isEqualTo(busy.gcSeconds() / busy.seconds());

        Builds builds = new Builds(50); // sleeps: nothing to collect inside a pass, a full collection after each build
        double before = collectionSeconds();
        Throughput quiet = Throughput.measureFresh(CORPUS, builds.build(), builds::build, 1, 0, 0.3);
        double outside = collectionSeconds() - before;
        assertThat(quiet.gcSeconds()).isLessThanOrEqualTo(outside);
        assertThat(quiet.gcSeconds()).isLessThan(busy.gcSeconds());
    }

    private static double collectionSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }
}
