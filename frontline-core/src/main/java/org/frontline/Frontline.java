package org.frontline;

import org.frontline.actors.ActorCatalog;
import org.frontline.actors.CatalogActorRecognizer;
import org.frontline.claims.PhraseClaimAnalyzer;
import org.frontline.claims.SourceCatalog;
import org.frontline.events.RuleEventCoder;
import org.frontline.events.SubEventModel;
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

    public static Pipeline pipeline(Config config) {
        Gazetteer gazetteer = config.gazetteer() != null ? config.gazetteer() : KeyIndexGazetteer.loadBundled();
        ActorCatalog actors = config.actors() != null ? config.actors() : ActorCatalog.loadBundled();
        SourceCatalog sources = config.sources() != null ? config.sources() : SourceCatalog.loadBundled();
        SubEventModel subEvents = config.subEvents() != null ? config.subEvents() : SubEventModel.loadBundled();
        return new Pipeline(new RuleTextAnalyzer(), new CatalogActorRecognizer(actors),
                new GazetteerGeoparser(gazetteer), new PhraseClaimAnalyzer(sources), new RuleEventCoder(actors, subEvents));
    }
}
