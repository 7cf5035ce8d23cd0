package org.frontline;

import org.frontline.actors.ActorCatalog;
import org.frontline.actors.CatalogActorRecognizer;
import org.frontline.claims.PhraseClaimAnalyzer;
import org.frontline.claims.SourceCatalog;
import org.frontline.control.FrontGaps;
import org.frontline.control.TerritoryControl;
import org.frontline.events.RuleEventCoder;
import org.frontline.fusion.Camps;
import org.frontline.fusion.CompatibilityFuser;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.KeyIndexGazetteer;
import org.frontline.geoparse.GazetteerGeoparser;
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
     */
    public record Config(Gazetteer gazetteer, ActorCatalog actors, SourceCatalog sources) {
        /** Everything bundled in the jar. */
        public static Config defaults() {
            return new Config(null, null, null);
        }

        public Config withGazetteer(Gazetteer g) {
            return new Config(g, actors, sources);
        }
    }

    public static Pipeline pipeline(Config config) {
        Gazetteer gazetteer = config.gazetteer() != null ? config.gazetteer() : KeyIndexGazetteer.loadBundled();
        ActorCatalog actors = actors(config);
        SourceCatalog sources = config.sources() != null ? config.sources() : SourceCatalog.loadBundled();
        return new Pipeline(new RuleTextAnalyzer(), new CatalogActorRecognizer(actors),
                new GazetteerGeoparser(gazetteer), new PhraseClaimAnalyzer(sources), new RuleEventCoder(actors));
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
