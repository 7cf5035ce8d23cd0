package org.frontline.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.Extraction;
import org.frontline.app.AppContext;
import org.frontline.app.GazetteerOption;
import org.frontline.app.Progress;
import org.frontline.app.VersionProvider;
import org.frontline.app.eval.AcledArticles;
import org.frontline.app.store.Ingester;
import org.frontline.article.Article;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGap;
import org.frontline.control.FrontGaps;
import org.frontline.control.TerritoryControl;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.store.BoundingBox;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.FusedQuery;
import org.frontline.store.PostgresEventStore;
import org.frontline.store.PutResult;
import org.frontline.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The store's speed targets, measured on the real jar: ingest of an ACLED export's notes into a fresh SQLite file
 * with fusion on (target under 60 s for the 5,071 dev rows), and the latency over a store of 10^6 synthetic events
 * (target p99 under 50 ms) of a map query (bbox around a real place, a window of days, first page of 100 with its
 * total), of the same query over the stored fused events, and of one place's control timeline. The
 * events are loaded once, in batches, into a store kept between runs. Registered as {@code frontline bench store}.
 */
@Command(name = "store", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Benchmark the store: ACLED notes ingest time (fusion on), and the latency",
            "(p50/p95/p99) of bbox + date queries over events and fused events and of a",
            "place's control timeline, over a store of synthetic events at real places."})
public final class StoreBench implements Callable<Integer> {
    private static final int WARMUP = 200;
    private static final int BATCH = 500;

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N",
            description = "Events in the queried store; 0 skips the query benchmark (default: ${DEFAULT-VALUE}).")
    int events = 1_000_000;

    @Option(names = "--queries", paramLabel = "N", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries = 1000;

    @Option(names = "--acled", paramLabel = "FILE.csv", description = "Also time ingesting this ACLED export's notes.")
    Path acled;

    @Option(names = "--db", paramLabel = "PATH", description = "SQLite store to query, kept between runs"
            + " (default: $TMPDIR/frontline-bench-store.db).")
    Path db = Path.of(System.getProperty("java.io.tmpdir"), "frontline-bench-store.db");

    @Option(names = "--postgres", paramLabel = "JDBC_URL", description = "Query a PostgreSQL store instead.")
    String postgres;

    /** How the synthetic events go in: fused at each put, or stored then fused in one pass (bulk). */
    enum Load { PER_PUT, BULK }

    @Option(names = "--load", paramLabel = "MODE", description = "per_put: fuse at each put (the ingest path);"
            + " bulk: store without fusion, then build it in one pass (default: ${DEFAULT-VALUE}).")
    Load loadMode = Load.BULK;

    @Mixin
    GazetteerOption gazetteer;

    public StoreBench(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (acled != null) {
            benchIngest(out);
        }
        if (events == 0) {
            return 0;
        }
        List<Place> places = KeyIndexGazetteer.loadBundled().places().stream()
                .filter(p -> "P".equals(p.featureClass())).toList();
        try (EventStore store = postgres != null ? PostgresEventStore.open(postgres) : SqliteEventStore.open(db)) {
            load(store, places, out);
            benchQueries(store, places, out);
        }
        return 0;
    }

    private void benchIngest(PrintWriter out) throws Exception {
        List<String> rejected = new ArrayList<>();
        List<Article> articles = AcledArticles.read(acled, rejected);
        Path file = Files.createTempFile("frontline-bench-acled", ".db");
        Files.delete(file);
        long t0 = System.nanoTime();
        Function<Article, Extraction> pipeline = gazetteer.pipeline(context, spec.commandLine());
        long t1 = System.nanoTime();
        Ingester.Tally tally;
        try (EventStore store = SqliteEventStore.open(file)) {
            Progress progress = new Progress(spec.commandLine().getErr(), context.stderrIsTerminal(), "articles",
                    articles.size());
            tally = new Ingester(store, pipeline, Runtime.getRuntime().availableProcessors())
                    .ingest(articles, progress, rejected);
        }
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "acled ingest: %d articles (%s) in %.1f s (%.0f articles/s), plus %.1f s to build"
                        + " the pipeline; %d rows rejected%n", articles.size(), tally.line(), (t2 - t1) / 1e9,
                articles.size() / ((t2 - t1) / 1e9), (t1 - t0) / 1e9, rejected.size());
        out.flush();
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
    }

    private void load(EventStore store, List<Place> places, PrintWriter out) {
        long have = store.count(EventQuery.all());
        if (have >= events) {
            out.printf(Locale.ROOT, "store: %d events already loaded%n", have);
            return;
        }
        SyntheticEvents synthetic = new SyntheticEvents(places, 42);
        Progress progress = new Progress(spec.commandLine().getErr(), context.stderrIsTerminal(), "events",
                events);
        long t0 = System.nanoTime();
        long loaded = 0;
        while (have < events) {
            List<Extraction> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(synthetic.next());
            }
            for (PutResult r : store.putAll(batch, loadMode == Load.BULK ? EventStore.Fusion.DEFERRED
                    : EventStore.Fusion.AT_PUT)) {
                if (r.added()) {
                    have += r.events();
                    loaded += r.events();
                    for (int i = 0; i < r.events(); i++) {
                        progress.step();
                    }
                }
            }
        }
        progress.finish();
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "store: loaded %d synthetic events in %.1f s (%.0f events/s, %s), %d in all%n",
                loaded, s, loaded / s, loadMode == Load.BULK ? "not fused yet" : "fused at each put", have);
        out.flush();
        if (loadMode == Load.BULK) {
            long t1 = System.nanoTime();
            store.rebuildFusion();
            double f = (System.nanoTime() - t1) / 1e9;
            out.printf(Locale.ROOT, "store: fused all %d events in one pass in %.1f s (%.0f events/s)%n", have, f,
                    have / f);
            out.flush();
        }
    }

    private void benchQueries(EventStore store, List<Place> places, PrintWriter out) {
        String where = "over " + store.count(EventQuery.all()) + " events (" + (postgres != null ? "PostgreSQL"
                : "SQLite") + ")";
        Random events = new Random(7);
        time(out, "query bbox+dates " + where, () -> {
            var page = store.events(mapQuery(events, places));
            return new long[] {page.items().size(), page.total()};
        });
        Random fused = new Random(11);
        time(out, "fused events bbox+dates (/api/fused-events) " + where, () -> {
            EventQuery q = mapQuery(fused, places);
            var page = store.fused(new FusedQuery(q.bbox(), q.from(), q.until(), null, q.limit(), 0));
            return new long[] {page.items().size(), page.total()};
        });
        Random control = new Random(13);
        time(out, "control of a place (/api/control?place=) " + where, () -> {
            List<ControlClaim> claims = store.controlClaims(places.get(control.nextInt(places.size())).id());
            int kept = claims.isEmpty() ? 0
                    : TerritoryControl.timeline(claims.get(0).place(), claims).claims().size();
            return new long[] {kept, claims.size()};
        });
        Random day = new Random(17);
        time(out, "control on a day in a view (/api/control?at=&bbox=) " + where, () -> {
            EventQuery q = mapQuery(day, places);
            List<ControlClaim> claims = store.controlAt(q.until(), q.bbox(), EventQuery.MAX_LIMIT, 0);
            return new long[] {TerritoryControl.timelines(claims).timelines().size(), claims.size()};
        });
        Random view = new Random(19);
        time(out, "front gaps in a view and its days (/api/front-gaps?bbox=&from=&until=) " + where, () -> {
            EventQuery q = mapQuery(view, places);
            return frontGaps(store, q.bbox(), q.from(), q.until());
        });
        Random whole = new Random(23);
        time(out, "front gaps in a view, first 100 change days of all time (/api/front-gaps?bbox=) " + where,
                () -> frontGaps(store, mapQuery(whole, places).bbox(), null, null));
    }

    /** What /api/front-gaps does: {gaps answered, claims read}. */
    private static long[] frontGaps(EventStore store, BoundingBox box, LocalDate from, LocalDate until) {
        List<ControlClaim> claims = store.controlClaimsIn(box, from, until);
        FrontGaps.Computed computed = FrontGaps.computed(TerritoryControl.timelines(claims), from, until, 100);
        List<FrontGap> found = new ArrayList<>(computed.gaps());
        found.addAll(store.reportedGaps(box, from, computed.next() == null ? until : computed.next().minusDays(1)));
        return new long[] {found.size(), claims.size()};
    }

    /**
     * Times {@code queries} calls of {@code query} after a warm-up; each call returns {items on the page, matches}.
     */
    private void time(PrintWriter out, String what, Supplier<long[]> query) {
        if (queries <= 0) {
            out.printf(Locale.ROOT, "%s: not timed (--queries %d)%n", what, queries);
            return;
        }
        long[] nanos = new long[queries];
        long[] cpu = new long[queries];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long items = 0;
        long totals = 0;
        for (int i = -WARMUP; i < queries; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long[] got = query.get();
            long t = System.nanoTime() - t0;
            if (i >= 0) {
                nanos[i] = t;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                items += got[0];
                totals += got[1];
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d queries, %.1f items per"
                        + " answer, %.0f matching on average; this thread's CPU p99 %.1f ms (the whole query for"
                        + " SQLite, only the client side for PostgreSQL); load average %.1f on %d cores%n",
                what, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, queries,
                (double) items / queries, (double) totals / queries, ms(cpu, 0.99),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
    }

    /** A map view: 0.5 to 2 degrees around a real place, over 1 week to 3 months. */
    static EventQuery mapQuery(Random random, List<Place> places) {
        Place p = places.get(random.nextInt(places.size()));
        double half = 0.25 + random.nextDouble() * 0.75;
        BoundingBox box = new BoundingBox(Math.max(-180, p.lon() - half), Math.max(-90, p.lat() - half),
                Math.min(180, p.lon() + half), Math.min(90, p.lat() + half));
        LocalDate from = SyntheticEvents.FIRST_DAY.plusDays(random.nextInt(SyntheticEvents.DAYS));
        return EventQuery.all().withBbox(box).withDates(from, from.plusDays(7 + random.nextInt(84)));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
