package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.frontline.text.NameKey;
import org.junit.jupiter.api.Test;

/**
 * {@link FoundMatches} (speed round 19g) does what the {@code LinkedHashMap<Integer, PlaceMatch>} of a lookup did:
 * the matches in the order found, a loose posting of a place found exactly left out, however many namesakes matched.
 */
class FoundMatchesTest {
    private static Place place(String id, String name, String country, String... names) {
        return new Place(id, name, 35.5, 37.25, "P", "PPL", country, "Aleppo", null, null, 100, List.of(names));
    }

    @Test
    void tellsTheExactPlacesAsASetOfThemDoesAndListsInTheOrderAdded() {
        Random random = new Random(19);
        Place p = place("x:1", "Tall Ahmar", "SY");
        for (int exact = 0; exact <= 40; exact++) {
            FoundMatches found = new FoundMatches();
            Set<Integer> exactPlaces = new HashSet<>();
            List<PlaceMatch> order = new ArrayList<>();
            while (exactPlaces.size() < exact) {
                int i = random.nextInt(500);
                if (exactPlaces.add(i)) {
                    PlaceMatch m = new PlaceMatch(p, true, "Tall Ahmar " + i);
                    found.add(i, m);
                    order.add(m);
                }
            }
            found.endExact();
            for (int i = 0; i < 500; i++) {
                assertThat(found.foundExact(i)).as(exact + " exact, place " + i).isEqualTo(exactPlaces.contains(i));
            }
            for (int i = 500; i < 500 + exact; i++) { // loose ones after: listed, never told exact
                PlaceMatch m = new PlaceMatch(p, false, "Tal Ahmar " + i);
                found.add(i, m);
                order.add(m);
                assertThat(found.foundExact(i)).isFalse();
            }
            assertThat(found.list()).isEqualTo(order);
        }
    }

    /** Namesakes met exactly and loosely at once, few (read one by one) and many (searched sorted). */
    @Test
    void aPlaceMetByBothKeysIsListedOnceAsExactWithFewOrManyNamesakes() {
        for (int namesakes : new int[] {1, 3, 16, 17, 40}) {
            List<Place> places = new ArrayList<>();
            for (int i = 0; i < namesakes; i++) {
                places.add(place("sy:" + i, "Tall Ahmar", "SY", "Tal Ahmar")); // both keys
            }
            for (int i = 0; i < 5; i++) {
                places.add(place("iq:" + i, "Tell Ahmer", "IQ")); // the fold key alone
                places.add(place("fr:" + i, "Tell Ahmer", "FR")); // abroad: no loose match in the countries asked
            }
            KeyIndexGazetteer g = KeyIndexGazetteer.of(places);
            assertThat(NameKey.fold("Tell Ahmer")).isEqualTo(NameKey.fold("Tall Ahmar"));
            String norm = NameKey.normalize("Tall Ahmar");
            String fold = NameKey.foldNormalized(norm);
            for (List<PlaceMatch> found : List.of(g.lookup("Tall Ahmar", TransliteratedCountries.ISO2),
                    g.lookup("Tall Ahmar", norm, fold, TransliteratedCountries.ISO2, null),
                    g.lookup("Tall Ahmar", norm, fold, TransliteratedCountries.ISO2, n -> true))) {
                assertThat(found).hasSize(namesakes + 5);
                assertThat(found.subList(0, namesakes)).allMatch(m -> m.exact() && m.place().id().startsWith("sy:"));
                assertThat(found.subList(namesakes, found.size()))
                        .allMatch(m -> !m.exact() && m.place().id().startsWith("iq:"));
            }
            List<PlaceMatch> all = g.lookup("Tall Ahmar");
            assertThat(all).hasSize(namesakes + 10);
            assertThat(all.stream().map(m -> m.place().id()).distinct()).hasSize(all.size());
            assertThat(g.lookup("Tall Ahmar", norm, fold, Set.of(), null)).isEqualTo(all.subList(0, namesakes));
        }
    }
}
