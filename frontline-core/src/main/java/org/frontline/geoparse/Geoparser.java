package org.frontline.geoparse;

import java.util.List;
import org.frontline.text.AnalyzedText;

/** Finds place names in a text and resolves them to gazetteer places using the whole document as context. Thread-safe. */
public interface Geoparser {
    /** @return mentions in text order, non-overlapping, none inside {@link GeoHints#taken()} */
    List<PlaceMention> geoparse(AnalyzedText text, GeoHints hints);
}
