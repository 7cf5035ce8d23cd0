package org.frontline.gazetteer;

/**
 * A gazetteer candidate for a surface form.
 *
 * @param exact       true when the surface's {@link org.frontline.text.NameKey#normalize normalized} key equals
 *                    that of one of the place's names; false when only the {@code fold} keys meet
 * @param matchedName the name or alias of the place that matched
 */
public record PlaceMatch(Place place, boolean exact, String matchedName) {
}
