package org.frontline.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.frontline.Analysis;
import org.frontline.Extraction;
import org.frontline.Frontline;
import org.frontline.app.AppContext;
import org.frontline.app.Cli;
import org.frontline.app.demo.Samples;
import org.frontline.article.Article;
import org.frontline.article.ArticleReaders;
import org.frontline.article.InputFormat;
import org.frontline.control.ControlClaim;
import org.frontline.control.PlaceTimeline;
import org.frontline.control.TerritoryControl;
import org.frontline.fusion.FusedEvent;
import org.frontline.fusion.ReportedEvent;
import org.frontline.store.EventStore;
import org.frontline.store.FusedQuery;
import org.frontline.store.SqliteEventStore;
import org.frontline.store.StoredFused;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fusion kept by the store one article at a time equals fusion of all the events at once: the bundled samples and
 * the three-outlet offensive test set (frontline-core's fusion fixtures), coded by the real pipeline, stored in a
 * real SQLite file in several orders (so that later reports join, contest and bridge earlier fused events).
 */
class IncrementalFusionTest {
    private static final Path OFFENSIVE = Path.of("../frontline-core/src/test/resources/org/frontline/fusion/offensive");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Extraction> extractions;
    private static Analysis.Picture batch;

    @TempDir
    Path dir;

    @BeforeAll
    static void code() throws IOException {
        ArticleReaders readers = new ArticleReaders();
        List<Article> articles = new ArrayList<>(Samples.articles(readers::read));
        try (var files = Files.list(OFFENSIVE)) {
            for (Path f : files.sorted().toList()) {
                articles.add(readers.read(f.getFileName().toString(), Files.readAllBytes(f), InputFormat.AUTO)
                        .articles().get(0));
            }
        }
        Function<Article, Extraction> pipeline = AppContext.standard(java.util.Map.of(), Cli.NO_HOME).pipelines()
                .build(null);
        extractions = articles.stream().map(pipeline).toList();
        batch = Frontline.analysis(Frontline.Config.defaults()).of(extractions);
    }

    @Test
    void storingOneArticleAtATimeInAnyOrderGivesTheFusedEventsOfFusingThemAllAtOnce() {
        assertThat(batch.fused()).anyMatch(f -> f.reports().size() > 1).anyMatch(FusedEvent::contested);
        List<Extraction> order = new ArrayList<>(extractions);
        for (int round = 0; round < 3; round++) {
            try (EventStore store = SqliteEventStore.open(dir.resolve("round" + round + ".db"))) {
                order.forEach(store::put);
                assertSameAsBatch(store, batch, "order " + round);
            }
            Collections.reverse(order);
            if (round == 1) {
                Collections.shuffle(order, new Random(7));
            }
        }
    }

    @Test
    void aBulkLoadFusedInOnePassGivesTheFusedEventsOfFusingThemAllAtOnce() {
        try (EventStore store = SqliteEventStore.open(dir.resolve("bulk.db"))) {
            store.putAll(extractions.subList(0, 3), EventStore.Fusion.DEFERRED);
            store.putAll(extractions.subList(3, extractions.size()), EventStore.Fusion.DEFERRED);
            assertThat(store.fused(FusedQuery.all()).total()).isZero();
            store.rebuildFusion();
            assertSameAsBatch(store, batch, "bulk");
        }
    }

    /** The store holds the fused events and the control timelines of {@code batch}. */
    static void assertSameAsBatch(EventStore store, Analysis.Picture batch, String what) {
        assertThat(stored(store)).as(what).isEqualTo(expected(batch));
        assertThat(store.fused(new FusedQuery(null, null, null, null, 1, 0)).total()).as(what)
                .isEqualTo(batch.fused().size());
        assertThat(store.fused(new FusedQuery(null, null, null, true, 1, 0)).total()).as(what)
                .isEqualTo(batch.fused().stream().filter(FusedEvent::contested).count());
        for (PlaceTimeline t : batch.control().timelines()) {
            List<ControlClaim> claims = store.controlClaims(t.place().id());
            assertThat(TerritoryControl.timeline(t.place(), claims).claims()).as(what + ": " + t.place().name())
                    .isEqualTo(t.claims());
        }
    }

    /** What identifies a fused event's result: its reports, corroboration, date, place, fatalities, contests. */
    private static String summary(String id, List<String> reports, int corroboration, String date, String place,
                                  int fatalities, List<String> contested, String side) {
        return String.join(" | ", id, String.join(",", reports.stream().sorted().toList()), "" + corroboration,
                date, place, "" + fatalities, String.join(",", contested.stream().sorted().toList()), side);
    }

    private static TreeMap<String, String> expected(Analysis.Picture batch) {
        TreeMap<String, String> out = new TreeMap<>();
        for (FusedEvent f : batch.fused()) {
            out.put(f.id(), summary(f.id(), f.reports().stream().map(ReportedEvent::id).toList(), f.corroboration(),
                    f.eventDate(), f.location() == null ? null : f.location().id(), f.fatalities(),
                    f.contestedWith(), f.side()));
        }
        return out;
    }

    private static TreeMap<String, String> stored(EventStore store) {
        TreeMap<String, String> out = new TreeMap<>();
        List<StoredFused> all = store.fused(new FusedQuery(null, null, null, null, 10_000, 0)).items();
        for (StoredFused s : all) {
            JsonNode f = read(s.json());
            List<String> reports = new ArrayList<>();
            f.get("reports").forEach(r -> reports.add(r.get("id").asText()));
            List<String> contested = new ArrayList<>();
            f.get("contested_with").forEach(c -> contested.add(c.asText()));
            out.put(s.id(), summary(s.id(), reports, f.get("corroboration").asInt(), text(f.get("event_date")),
                    text(f.at("/location/id")), f.get("fatalities").asInt(), contested, text(f.get("side"))));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("stored fused event is not JSON: " + json, e);
        }
    }
}
