package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

class AlternateNameIndexTest {
    private static String line(int altId, int geonameId, String lang, String name) {
        return altId + "\t" + geonameId + "\t" + lang + "\t" + name + "\t\t\t\t\t\t";
    }

    @Test
    void keepsTheNamesOfWantedPlacesOnlyAndSkipsPseudoLanguages() {
        BitSet wanted = new BitSet();
        wanted.set(168351);
        AlternateNameIndex index = new AlternateNameIndex(wanted);
        index.add(line(1, 168351, "fr", "Khanacer"));
        index.add(line(2, 168351, "", "خناصر"));
        index.add(line(3, 168351, "link", "https://en.wikipedia.org/wiki/Khanasir"));
        index.add(line(4, 168351, "wkdt", "Q3116843"));
        index.add(line(5, 168351, "ru", "Ханасир"));
        index.add(line(6, 170062, "fr", "Alep"));
        assertThat(index.names(168351)).containsExactlyInAnyOrder("Khanacer", "خناصر");
        assertThat(index.names(170062)).isEmpty();
    }

    @Test
    void keepsEveryNameThroughTheGrowthOfItsArrays() {
        BitSet wanted = new BitSet();
        wanted.set(1, 300_001);
        AlternateNameIndex index = new AlternateNameIndex(wanted);
        for (int id = 1; id <= 300_000; id++) {
            index.add(line(2 * id, id, "fr", "Tall " + id));
            index.add(line(2 * id + 1, id, "en", "Tell " + id));
        }
        assertThat(index.size()).isEqualTo(600_000);
        assertThat(index.names(1)).containsExactlyInAnyOrder("Tall 1", "Tell 1");
        assertThat(index.names(299_999)).containsExactlyInAnyOrder("Tall 299999", "Tell 299999");
    }

    @Test
    void namesTheBadFieldOfAMalformedLine() {
        AlternateNameIndex index = new AlternateNameIndex(new BitSet());
        assertThatThrownBy(() -> index.add("1\tx168351\tfr\tKhanacer\t\t\t\t\t\t"))
                .isInstanceOf(FrontlineException.class).hasMessageStartingWith("geonameid:");
        assertThatThrownBy(() -> index.add("1\t168351\tfr")).hasMessageStartingWith("columns:");
    }
}
