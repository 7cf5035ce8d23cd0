package org.frontline.actors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An actor named in the text.
 *
 * @param start UTF-16 offset into the body, end exclusive
 * @param actor the actor as it was at the article's date (front al-Nosra in 2018 → Hayat Tahrir al-Sham)
 * @param named the catalog entry the words name, when it differs from {@code actor} (Jabhat al-Nusra); nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "start", "end", "actor", "named"})
public record ActorMention(String text, int start, int end, ActorRef actor, ActorRef named) {
    public ActorMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
