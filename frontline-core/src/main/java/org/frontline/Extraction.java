package org.frontline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.frontline.actors.ActorMention;
import org.frontline.article.Article;
import org.frontline.claims.SourceMention;
import org.frontline.events.Event;
import org.frontline.geoparse.PlaceMention;

/** Everything extracted from one article (DESIGN §5); {@code problems} holds per-article issues instead of throwing. */
@JsonPropertyOrder({"article", "places", "actors", "sources", "events", "problems"})
public record Extraction(Article article, List<PlaceMention> places, List<ActorMention> actors,
                         List<SourceMention> sources, List<Event> events, List<String> problems) {
    public Extraction {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }
}
