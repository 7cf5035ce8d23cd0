package org.frontline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.frontline.actors.ActorCatalog;
import org.frontline.actors.CatalogActorRecognizer;
import org.frontline.actors.Country;
import org.frontline.claims.PhraseClaimAnalyzer;
import org.frontline.claims.SourceCatalog;
import org.frontline.control.FrontGaps;
import org.frontline.control.TerritoryControl;
import org.frontline.events.RuleEventCoder;
import org.frontline.fusion.Camps;
import org.frontline.fusion.CompatibilityFuser;
import org.frontline.events.SubEventModel;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.geoparse.GazetteerGeoparser;
import org.frontline.geoparse.Peoples;
import org.frontline.text.RuleTextAnalyzer;

/** Builds the standard {@link Pipeline} from a {@link Config}; the only class that names stage implementations. */
public final class Frontline {
    private Frontline() {
    }

    /**
     * What the standard pipeline is built from.
     *
     * @param gazetteer the places to resolve against; null means the bundled gazetteer
     * @param actors    the actor catalog; null means the bundled one
     * @param sources   the source catalog; null means the bundled one
     * @param subEvents the sub-event model for English reports; null means the bundled one,
     *                  {@link SubEventModel#none()} the rules alone
     */
    public record Config(Gazetteer gazetteer, ActorCatalog actors, SourceCatalog sources, SubEventModel subEvents) {
        /** Everything bundled in the jar. */
        public static Config defaults() {
            return new Config(null, null, null, null);
        }

        public Config withGazetteer(Gazetteer g) {
            return new Config(g, actors, sources, subEvents);
        }

        public Config withActors(ActorCatalog a) {
            return new Config(gazetteer, a, sources, subEvents);
        }

        public Config withSubEvents(SubEventModel m) {
            return new Config(gazetteer, actors, sources, m);
        }
    }

    /**
     * Builds the pipeline. The bundled gazetteer, the sub-event model and the actor recogniser load on their own
     * threads while this one reads the source catalog and builds the claim analyser, then the event coder: they are
     * independent but for the actor catalog, and loading them is most of a cold start. With a snapshot directory
     * ({@link #snapshots}) the bundled actor catalog comes with its recogniser from their snapshot; otherwise this
     * thread reads the catalog first.
     */
    public static Pipeline pipeline(Config config) {
        CompletableFuture<Gazetteer> gazetteer = config.gazetteer() != null
                ? CompletableFuture.completedFuture(config.gazetteer())
                : CompletableFuture.supplyAsync(KeyIndexGazetteer::loadBundled, Frontline::loaderThread);
        CompletableFuture<SubEventModel> model = config.subEvents() != null
                ? CompletableFuture.completedFuture(config.subEvents())
                : CompletableFuture.supplyAsync(SubEventModel::loadBundled, Frontline::loaderThread);
        Path snapshots = snapshots();
        CompletableFuture<ActorCatalog> actors;
        CompletableFuture<CatalogActorRecognizer> recognizer;
        if (config.actors() == null && snapshots != null) {
            recognizer = CompletableFuture.supplyAsync(() -> CatalogActorRecognizer.loadBundled(snapshots),
                    Frontline::loaderThread);
            actors = recognizer.thenApply(CatalogActorRecognizer::catalog);
        } else {
            ActorCatalog catalog = actors(config);
            actors = CompletableFuture.completedFuture(catalog);
            recognizer = CompletableFuture.supplyAsync(() -> new CatalogActorRecognizer(catalog),
                    Frontline::loaderThread);
        }
        SourceCatalog sources = config.sources() != null ? config.sources() : SourceCatalog.loadBundled();
        PhraseClaimAnalyzer claimAnalyzer = new PhraseClaimAnalyzer(sources);
        Peoples peoples = peoples(join(actors, "the actor catalog"));
        RuleEventCoder eventCoder = new RuleEventCoder(join(actors, "the actor catalog"),
                join(model, "the bundled sub-event model"), peoples);
        GazetteerGeoparser geoparser = new GazetteerGeoparser(join(gazetteer, "the bundled gazetteer"), peoples);
        CatalogActorRecognizer actorRecognizer = join(recognizer, "the actor recogniser");
        return new Pipeline(new RuleTextAnalyzer(), actorRecognizer, geoparser, claimAnalyzer, eventCoder);
    }

    /**
     * The catalog's countries' adjectives, as the geoparser counts the peoples a report names and the event coder
     * reads a crowd's nationality.
     */
    private static Peoples peoples(ActorCatalog catalog) {
        Map<String, List<String>> adjectives = new HashMap<>();
        for (Country c : catalog.countries()) {
            adjectives.put(c.iso2(), c.adjectives());
        }
        return Peoples.of(adjectives);
    }

    /**
     * The directory of start-up snapshots named by {@value KeyIndexGazetteer#CACHE_PROPERTY} (the launcher sets it),
     * which holds the bundled actor catalog's beside the gazetteer's; null when unset.
     */
    private static Path snapshots() {
        String dir = System.getProperty(KeyIndexGazetteer.CACHE_PROPERTY, "");
        return dir.isBlank() ? null : Path.of(dir);
    }

    /** A plain thread, not the common pool: on two cores that pool has one worker, which the loader would take. */
    private static void loaderThread(Runnable load) {
        Thread thread = new Thread(load, "frontline-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** The loaded resource; its loader's exception as thrown (a FrontlineException names the resource). */
    private static <T> T join(CompletableFuture<T> loading, String what) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new FrontlineException("loading " + what + " failed", e.getCause());
        }
    }

    /** The after-ingest stages (fusion, control, front gaps), which judge sides with the same actor catalog. */
    public static Analysis analysis(Config config) {
        Camps camps = new Camps(actors(config));
        return new Analysis(new CompatibilityFuser(camps), new TerritoryControl(camps), new FrontGaps(camps));
    }

    private static ActorCatalog actors(Config config) {
        return config.actors() != null ? config.actors() : ActorCatalog.loadBundled();
    }
}
