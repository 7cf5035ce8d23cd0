package org.frontline.geoparse;

import java.util.List;
import org.frontline.text.AnalyzedText;

/** Finds place names in a text and resolves them to gazetteer places using the whole document as context. Thread-safe. */
public interface Geoparser {
    /**
     * @param taken spans (UTF-16, [start,end)) already claimed by other stages (actor names), never returned as places
     * @return mentions in text order, non-overlapping
     */
    List<PlaceMention> geoparse(AnalyzedText text, List<int[]> taken);
}
