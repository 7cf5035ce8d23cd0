package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

/** The compact storage behind {@link KeyIndexGazetteer}: columns, UTF-8 keys and postings, the candidate order. */
class CompactGazetteerTest {
    private static Place place(String id, String name, long population, String... names) {
        return new Place(id, name, 35.5, 37.25, "P", "PPL", "SY", "Aleppo", null, null, population, List.of(names));
    }

    @Test
    void givesBackEveryFieldOfAStoredPlace() {
        Place khanasir = new Place("geonames:168351", "Khanasir", 35.78159, 37.49919, "P", "PPLA3", "SY", "Aleppo",
                "As-Safira", "Khanaser", 0, List.of("Khanasser", "خناصر", "Ḩalab"));
        Place beijing = new Place("wof:85632", "Beijing", 39.9075, 116.39723, "P", "PPLC", "CN", null, null, null,
                18_960_744, List.of());
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        b.add(khanasir);
        b.add(beijing);
        PlaceColumns c = b.build();
        assertThat(c.place(0)).isEqualTo(khanasir);
        assertThat(c.place(1)).isEqualTo(beijing);
        assertThat(c.placeOfName(3)).isEqualTo(0);
        assertThat(c.placeOfName(4)).isEqualTo(1);
        assertThat(c.idEquals(1, "wof:85632")).isTrue();
        assertThat(c.idEquals(1, "wof:8563")).isFalse();
    }

    @Test
    void splitsAlternateNamesAsTheTsvAlwaysDid() {
        PlaceColumns.Builder b = new PlaceColumns.Builder();
        int i = b.begin("x:1", "X", 0, 0, 0);
        b.setPooled(i, null, null, null, null, null, null);
        b.alternates("|a||b||");
        assertThat(b.build().place(0).names()).containsExactly("", "a", "", "b");
    }

    @Test
    void comparesStringsWithTheirUtf8InPlace() {
        for (String s : List.of("", "halab", "ḩalab", "خناصر", "北京", "a\uD83D\uDE00b", "x\uD800y")) {
            byte[] b = ("<" + s + ">").getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.equals(s, b, 1, b.length - 1)).as(s).isTrue();
            assertThat(Utf8.equals(s + "a", b, 1, b.length - 1)).as(s).isFalse();
            assertThat(Utf8.equals(s, b, 1, b.length)).as(s).isFalse();
        }
    }

    @Test
    void keepsOnePostingPerPlaceAndKeyInOrderThroughGrowth() {
        KeyPostings.Builder b = new KeyPostings.Builder();
        int keys = 50_000;
        for (int k = 0; k < keys; k++) {
            b.add("k" + k, 3 * k, k);
            b.add("k" + k, 3 * k + 1, k); // same place again: not a second posting
            b.add("shared", 3 * k + 2, k);
        }
        b.add("", 0, 0);
        KeyPostings p = b.build();
        assertThat(p.keyCount()).isEqualTo(keys + 1);
        int k77 = p.find("k77");
        assertThat(p.to(k77) - p.from(k77)).isEqualTo(1);
        assertThat(p.posting(p.from(k77))).isEqualTo(231);
        int shared = p.find("shared");
        assertThat(IntStream.range(p.from(shared), p.to(shared)).map(p::posting).toArray())
                .isEqualTo(IntStream.range(0, keys).map(k -> 3 * k + 2).toArray());
        assertThat(p.find("k50000")).isEqualTo(-1);
        assertThat(p.find("")).isEqualTo(-1);
    }

    @Test
    void ranksCountriesThenPopulationThenIdAsText() {
        List<Place> places = new ArrayList<>(List.of(place("geonames:2", "Tell", 100), place("geonames:10", "Tell", 100),
                place("geonames:3", "Tell", 5000), place("geonames:1", "Tell", 100)));
        places.add(new Place("geonames:9", "Tell", 1, 1, "A", "PCLI", "XX", null, null, null, 0, List.of()));
        List<String> ids = KeyIndexGazetteer.of(places).lookup("Tell").stream().map(m -> m.place().id()).toList();
        assertThat(ids).containsExactly("geonames:9", "geonames:3", "geonames:1", "geonames:10", "geonames:2");
    }

    @Test
    void reportsTheFirstMatchingNameOfAPlaceExactBeforeFolded() {
        KeyIndexGazetteer g = KeyIndexGazetteer.of(List.of(place("geonames:1", "Khanasir", 10, "Khanasser",
                "Khanacer"), place("geonames:2", "Khanacer", 5)));
        List<PlaceMatch> m = g.lookup("Khanacer");
        assertThat(m).extracting(x -> x.place().id(), PlaceMatch::exact, PlaceMatch::matchedName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("geonames:1", true, "Khanacer"),
                        org.assertj.core.groups.Tuple.tuple("geonames:2", true, "Khanacer"));
        assertThat(g.lookup("Khanassir")).extracting(PlaceMatch::matchedName).containsExactly("Khanasir", "Khanacer");
        assertThat(g.byId("geonames:2").orElseThrow().name()).isEqualTo("Khanacer");
        assertThat(g.byId("geonames:3")).isEmpty();
    }

    @Test
    void refusesTwoPlacesWithOneId() {
        assertThatThrownBy(() -> KeyIndexGazetteer.of(List.of(place("geonames:1", "A", 1), place("geonames:1", "B", 2))))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("two places with id geonames:1");
    }
}
