package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontline.Extraction;
import org.frontline.control.ControlClaim;
import org.frontline.control.FrontGaps;
import org.frontline.control.TerritoryControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link EventStore} contract; each database runs it against a real, empty store. */
abstract class EventStoreContract {
    EventStore store;

    /** A new, empty store. */
    abstract EventStore open();

    /** The same store as the last {@link #open}, through a new instance. */
    abstract EventStore reopen();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) { // null when openStore was skipped (no PostgreSQL server named)
            store.close();
        }
    }

    @Test
    void storesTheSameArticleOnceWithItsEventsOnce() {
        PutResult first = store.put(Fixtures.khanasir());
        PutResult second = store.put(Fixtures.khanasir());
        assertThat(first.added()).isTrue();
        assertThat(second.added()).isFalse();
        assertThat(second.events()).isEqualTo(2);
        assertThat(second.articleId()).isEqualTo(first.articleId()).startsWith("sha256:");
        assertThat(store.count(EventQuery.all())).isEqualTo(2);
        assertThat(store.articles(10, 0).total()).isEqualTo(1);
    }

    @Test
    void givesBackTheWholeExtractionWithBodyTitleAndEvidence() {
        Extraction x = Fixtures.khanasir();
        store.put(x);
        StoredArticle stored = store.article(x.article().id()).orElseThrow();
        assertThat(stored.extraction()).isEqualTo(x);
        assertThat(stored.extraction().article().body()).isEqualTo(x.article().body());
        assertThat(stored.ingested()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(store.article("sha256:unknown")).isEmpty();
    }

    @Test
    void readsAnEventBackByItsIdExactlyAsCoded() {
        Extraction x = Fixtures.khanasir();
        store.put(x);
        List<StoredEvent> events = store.events(EventQuery.all().withArticle(x.article().id())).items();
        assertThat(events).extracting(StoredEvent::rank).containsExactlyInAnyOrder(0, 1);
        for (StoredEvent e : events) {
            assertThat(e.id()).isPositive();
            assertThat(store.event(e.id())).contains(e);
            assertThat(e.event()).isEqualTo(x.events().get(e.rank()));
            assertThat(e.event().attribution().get(0).via()).containsExactly("Coordination sites");
        }
        assertThat(store.event(987_654_321L)).isEmpty();
    }

    @Test
    void keepsEverythingAcrossReopening() {
        store.put(Fixtures.khanasir());
        store.put(Fixtures.idlib());
        long before = store.count(EventQuery.all());
        store.close();
        store = reopen();
        assertThat(store.count(EventQuery.all())).isEqualTo(before).isEqualTo(3);
        assertThat(store.put(Fixtures.idlib()).added()).isFalse();
    }

    @Test
    void findsEventsInsideABoundingBoxOnly() {
        putAll();
        BoundingBox aroundAleppo = new BoundingBox(36.9, 35.5, 37.6, 36.5);
        List<String> names = store.events(EventQuery.all().withBbox(aroundAleppo)).items().stream()
                .map(e -> e.event().location().name()).toList();
        assertThat(names).containsExactlyInAnyOrder("Khanasir", "Aleppo");
        assertThat(store.count(EventQuery.all().withBbox(new BoundingBox(-10, -10, 10, 10)))).isZero();
    }

    @Test
    void matchesAMonthDatedEventWithAnyOverlappingRange() {
        putAll();
        EventQuery lateJanuary = EventQuery.all().withDates(LocalDate.of(2018, 1, 25), LocalDate.of(2018, 2, 10));
        assertThat(subTypes(lateJanuary)).containsExactly("Government regains territory");
        EventQuery january = EventQuery.all().withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 31));
        assertThat(subTypes(january)).containsExactlyInAnyOrder("Government regains territory",
                "Shelling/artillery/missile attack");
        EventQuery february = EventQuery.all().withDates(LocalDate.of(2018, 2, 1), null);
        assertThat(subTypes(february)).containsExactly("Peaceful protest");
    }

    @Test
    void combinesBoundingBoxAndDates() {
        putAll();
        EventQuery q = EventQuery.all().withBbox(new BoundingBox(36, 35, 38, 37))
                .withDates(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31));
        assertThat(subTypes(q)).containsExactly("Peaceful protest");
        assertThat(store.count(q)).isEqualTo(1);
    }

    @Test
    void filtersByEventTypeAndSubEventType() {
        putAll();
        assertThat(subTypes(EventQuery.all().withTypes("Battles", null))).containsExactly("Government regains territory");
        assertThat(subTypes(EventQuery.all().withTypes(null, "Agreement"))).containsExactly("Agreement");
    }

    @Test
    void filtersByAnyActorRoleIgnoringCase() {
        putAll();
        assertThat(store.count(EventQuery.all().withActor("military forces of syria"))).isEqualTo(3);
        assertThat(store.count(EventQuery.all().withActor("HEZBOLLAH"))).isEqualTo(4);
        assertThat(subTypes(EventQuery.all().withActor("Military Forces of Turkey"))).containsExactly("Agreement");
    }

    @Test
    void filtersBySourceOrTheSourceItCites() {
        putAll();
        assertThat(subTypes(EventQuery.all().withSource("sana"))).containsExactly("Shelling/artillery/missile attack");
        assertThat(store.count(EventQuery.all().withSource("Coordination sites"))).isEqualTo(3);
    }

    @Test
    void findsWordsInNotesOrInTheArticleBody() {
        putAll();
        assertThat(subTypes(EventQuery.all().withText("outskirts ALEPPO"))).containsExactly(
                "Shelling/artillery/missile attack");
        assertThat(subTypes(EventQuery.all().withText("manifestants défilé"))).containsExactly("Peaceful protest");
        assertThat(store.count(EventQuery.all().withText("outskirts idlib"))).isZero();
    }

    @Test
    void pagesNewestFirstWithTheTotal() {
        putAll();
        Page<StoredEvent> first = store.events(EventQuery.all().page(2, 0));
        Page<StoredEvent> second = store.events(EventQuery.all().page(2, 2));
        assertThat(first.total()).isEqualTo(4);
        assertThat(second.total()).isEqualTo(4);
        assertThat(first.items()).extracting(e -> e.event().eventDate()).containsExactly("2020-05-09", "2018-01-20");
        assertThat(second.items()).extracting(e -> e.event().eventDate()).containsExactly("2018-01", null);
        assertThat(store.events(EventQuery.all().page(2, 10)).total()).isEqualTo(4);
    }

    @Test
    void streamsMatchingEventsInIdOrder() {
        putAll();
        List<StoredEvent> seen = new ArrayList<>();
        store.forEachEvent(EventQuery.all().withActor("Military Forces of Syria").page(1, 0), seen::add);
        assertThat(seen).hasSize(3);
        assertThat(seen).extracting(StoredEvent::id).isSorted();
    }

    @Test
    void listsArticlesNewestIngestFirst() {
        putAll();
        Page<StoredArticle> page = store.articles(2, 0);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(StoredArticle::id)
                .containsExactly(Fixtures.unlocated().article().id(), Fixtures.idlib().article().id());
    }

    @Test
    void countsPlacesAndActorsMostEventsFirst() {
        putAll();
        store.put(Fixtures.extraction("Nouveau bombardement sur Alep.", "2018-02-02",
                Fixtures.event("Shelling/artillery/missile attack", "2018-02-02", 1, "Military Forces of Syria",
                        null, Fixtures.ALEPPO, "SANA", "Shelling again in Aleppo.")));
        List<PlaceCount> places = store.places(EventQuery.all());
        assertThat(places.get(0)).isEqualTo(new PlaceCount(Fixtures.ALEPPO, 2));
        assertThat(places).extracting(p -> p.place().name()).containsExactlyInAnyOrder("Aleppo", "Khanasir", "Idlib");
        List<ActorCount> actors = store.actors(EventQuery.all().withDates(LocalDate.of(2018, 1, 1), null));
        assertThat(actors.get(0).events()).isEqualTo(4);
        assertThat(actors).contains(new ActorCount("Military Forces of Syria", 3),
                new ActorCount("Hayat Tahrir al-Sham", 1));
    }

    @Test
    void storesABatchLikeSinglePuts() {
        store.put(Fixtures.idlib());
        List<PutResult> results = store.putAll(List.of(Fixtures.khanasir(), Fixtures.idlib(), Fixtures.khanasir()));
        assertThat(results).extracting(PutResult::added).containsExactly(true, false, false);
        assertThat(results).extracting(PutResult::events).containsExactly(2, 1, 2);
        assertThat(store.count(EventQuery.all())).isEqualTo(3);
        assertThat(store.count(EventQuery.all().withActor("hezbollah"))).isEqualTo(3);
        assertThat(subTypes(EventQuery.all().withSource("SANA"))).containsExactly("Shelling/artillery/missile attack");
        assertThat(store.events(EventQuery.all().withArticle(Fixtures.khanasir().article().id())).items())
                .extracting(e -> e.event()).containsExactlyInAnyOrderElementsOf(Fixtures.khanasir().events());
    }

    @Test
    void storesAnArticlePutConcurrentlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PutResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> store.put(Fixtures.khanasir())));
            }
            int added = 0;
            for (Future<PutResult> r : results) {
                added += r.get().added() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
            assertThat(store.count(EventQuery.all())).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesCallsOnceClosed() {
        store.close();
        assertThatThrownBy(() -> store.count(EventQuery.all())).isInstanceOf(IllegalStateException.class);
        store = reopen();
    }

    @Test
    void fusesTwoArticlesTellingTheSameCaptureIntoOneEventWithBothSources() {
        store.put(Fixtures.khanasir());
        store.put(Fixtures.khanasirPerSohr());
        store.put(Fixtures.khanasir());
        Page<StoredFused> all = store.fused(FusedQuery.all());
        assertThat(all.total()).isEqualTo(2);
        StoredFused capture = all.items().stream().filter(f -> f.json().contains("Khanasir")).findFirst().orElseThrow();
        assertThat(capture.json()).contains("\"corroboration\":2", "\"SOHR\"", "\"Hezbollah War Media\"")
                .containsPattern("\"event_id\":\\d+.*\"event_id\":\\d+");
        assertThat(capture.contested()).isFalse();
    }

    @Test
    void keepsTheOtherSidesDenialAsAContestedPairAndFiltersOnIt() {
        store.put(Fixtures.khanasir());
        store.put(Fixtures.khanasirRepelled());
        store.put(Fixtures.idlib());
        FusedQuery contested = new FusedQuery(null, null, null, true, 10, 0);
        assertThat(store.fused(contested).items()).hasSize(2).allMatch(f -> f.json().contains("Khanasir"));
        assertThat(store.fused(new FusedQuery(null, null, null, null, 1, 0)).total()).isEqualTo(4);
        assertThat(store.fused(new FusedQuery(null, null, null, true, 1, 0)).total()).isEqualTo(2);
        assertThat(store.fused(new FusedQuery(null, null, null, false, 1, 1)).total()).isEqualTo(2);
        FusedQuery idlibIn2020 = new FusedQuery(new BoundingBox(36.5, 35.8, 36.8, 36.0), LocalDate.of(2020, 5, 1),
                LocalDate.of(2020, 5, 31), null, 10, 0);
        assertThat(store.fused(idlibIn2020).items()).singleElement()
                .satisfies(f -> assertThat(f.json()).contains("Idlib"));
        assertThat(store.fused(idlibIn2020.withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .items()).isEmpty();
    }

    @Test
    void givesKhanasirToTheArmyFromJanuary2018ByAnySpellingOfItsName() {
        store.put(Fixtures.khanasir());
        store.put(Fixtures.khanasirPerSohr());
        List<ControlClaim> claims = store.controlClaims("Khanacer");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.controller()).isEqualTo("Military Forces of Syria");
            assertThat(c.from()).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(c.sources()).hasSize(2);
        });
        assertThat(store.controlClaims(Fixtures.KHANASIR.id())).isEqualTo(claims);
        BoundingBox aroundKhanasir = new BoundingBox(37.3, 35.6, 37.7, 36.0);
        assertThat(store.controlAt(LocalDate.of(2018, 3, 1), aroundKhanasir, 10, 0)).isEqualTo(claims);
        assertThat(store.controlAt(LocalDate.of(2017, 12, 31), aroundKhanasir, 10, 0)).isEmpty();
        assertThat(store.controlAt(LocalDate.of(2018, 3, 1), new BoundingBox(36.0, 33.3, 36.5, 33.7), 10, 0))
                .isEmpty();
        assertThat(store.controlClaimsIn(aroundKhanasir, null, null)).isEqualTo(claims);
        assertThat(store.controlClaimsIn(aroundKhanasir, null, LocalDate.of(2018, 1, 1))).isEqualTo(claims);
        assertThat(store.controlClaimsIn(aroundKhanasir, null, LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(store.controlClaimsIn(new BoundingBox(36.0, 33.3, 36.5, 33.7), null, null)).isEmpty();
        assertThat(store.controlClaimsIn(aroundKhanasir, LocalDate.of(2018, 3, 1), null)).isEqualTo(claims);
        assertThat(store.controlClaimsIn(aroundKhanasir, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 12, 31)))
                .isEmpty();
        assertThat(store.controlClaims("Damascus")).isEmpty();
    }

    @Test
    void fusesWhatWasStoredBeforeOnReopening() {
        store.put(Fixtures.khanasir());
        store.close();
        store = reopen();
        store.put(Fixtures.khanasirPerSohr());
        assertThat(store.fused(FusedQuery.all()).total()).isEqualTo(2);
        assertThat(store.fused(new FusedQuery(null, null, null, null, 1, 0)).total()).isEqualTo(2);
        assertThat(store.controlClaims("Khanasir")).singleElement()
                .satisfies(c -> assertThat(c.sources()).hasSize(2));
    }

    @Test
    void rebuildsInOnePassTheFusionThatEachPutKept() {
        List<Extraction> all = List.of(Fixtures.khanasir(), Fixtures.khanasirPerSohr(), Fixtures.khanasirRepelled(),
                Fixtures.idlib(), Fixtures.unlocated());
        all.forEach(store::put);
        List<Object> perPut = fusion();
        store.rebuildFusion();
        assertThat(fusion()).isEqualTo(perPut);
        assertThat(store.fused(new FusedQuery(null, null, null, true, 1, 0)).total()).isEqualTo(2);
    }

    @Test
    void leavesFusionOfADeferredBulkLoadToTheRebuild() {
        store.putAll(List.of(Fixtures.khanasir(), Fixtures.khanasirPerSohr(), Fixtures.idlib()),
                EventStore.Fusion.DEFERRED);
        long events = store.count(EventQuery.all());
        assertThat(store.fused(FusedQuery.all()).total()).isZero();
        assertThat(store.controlClaims("Khanasir")).isEmpty();
        store.rebuildFusion();
        assertThat(store.fused(FusedQuery.all()).total()).isEqualTo(events - 1); // the two Khanasir captures are one
        assertThat(store.controlClaims("Khanasir")).singleElement()
                .satisfies(c -> assertThat(c.sources()).hasSize(2));
    }

    @Test
    void readsOnlyTheClaimsInForceAtTheWindowsStartAndItsDaysYetGivesTheSameGaps() {
        store.putAll(Fixtures.front(40, 150, 7), EventStore.Fusion.DEFERRED);
        store.rebuildFusion();
        BoundingBox box = new BoundingBox(36.9, 35.6, 37.5, 36.1);
        LocalDate start = LocalDate.of(2018, 1, 1);
        for (int[] window : new int[][] {{0, 149}, {60, 90}, {100, 100}, {120, 400}, {-30, 10}}) {
            LocalDate from = start.plusDays(window[0]);
            LocalDate until = start.plusDays(window[1]);
            List<ControlClaim> all = store.controlClaimsIn(box, null, until);
            List<ControlClaim> narrowed = store.controlClaimsIn(box, from, until);
            for (int limit : new int[] {1000, 7}) {
                FrontGaps.Computed expected = FrontGaps.computed(TerritoryControl.timelines(all), from, until, limit);
                assertThat(FrontGaps.computed(TerritoryControl.timelines(narrowed), from, until, limit))
                        .isEqualTo(expected);
                assertThat(expected.gaps()).as("window %s..%s", from, until).isNotEmpty();
            }
            Map<String, LocalDate> inForce = new HashMap<>();
            all.stream().filter(c -> !c.from().isAfter(from))
                    .forEach(c -> inForce.merge(c.place().id(), c.from(), (a, b) -> a.isAfter(b) ? a : b));
            assertThat(narrowed).containsExactlyInAnyOrderElementsOf(all.stream().filter(c -> c.from().isAfter(from)
                    || c.from().equals(inForce.get(c.place().id()))).toList());
            assertThat(narrowed.size()).isLessThan(window[0] >= 60 ? all.size() : all.size() + 1);
        }
    }

    /** Everything the stored fusion answers: the fused events, Khanasir's claims, the claims and gaps in Syria. */
    private List<Object> fusion() {
        BoundingBox syria = new BoundingBox(35.5, 32.0, 42.5, 37.5);
        return List.of(store.fused(FusedQuery.all()).items(), store.controlClaims("Khanasir"),
                store.controlClaimsIn(syria, null, null), store.reportedGaps(syria, null, null));
    }

    private void putAll() {
        store.put(Fixtures.khanasir());
        store.put(Fixtures.idlib());
        store.put(Fixtures.unlocated());
    }

    private List<String> subTypes(EventQuery q) {
        return store.events(q).items().stream().map(e -> e.event().subEventType()).toList();
    }
}
