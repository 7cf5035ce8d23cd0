package org.frontline.claims;

import java.util.List;
import java.util.Map;

/**
 * Who says what in one article.
 *
 * @param sources     every source named, in text order
 * @param bySentence  the attribution of each sentence that has one, by sentence index
 * @param framing     loaded terms found, by sentence index ("libéré", "purifiés des milices")
 * @param primary     the article's dominant cited source, applied to claims with no attribution of their own; nullable
 */
public record Claims(List<SourceMention> sources, Map<Integer, List<Attribution>> bySentence,
                     Map<Integer, List<String>> framing, Attribution primary) {
    public Claims {
        sources = List.copyOf(sources);
        bySentence = Map.copyOf(bySentence);
        framing = Map.copyOf(framing);
    }
}
