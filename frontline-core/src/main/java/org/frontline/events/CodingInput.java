package org.frontline.events;

import java.util.List;
import org.frontline.actors.ActorMention;
import org.frontline.article.Article;
import org.frontline.claims.Claims;
import org.frontline.geoparse.PlaceMention;
import org.frontline.text.AnalyzedText;

/** What the event coder works from: one article and everything the earlier stages found in it. */
public record CodingInput(Article article, AnalyzedText text, List<PlaceMention> places,
                          List<ActorMention> actors, Claims claims) {
    public CodingInput {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
    }
}
