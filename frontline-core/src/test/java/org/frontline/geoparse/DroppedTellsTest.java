package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Issue 3: a Jazira village named without the "Tall" the gazetteer writes before it, inside the governorate named. */
class DroppedTellsTest {
    @Test
    void aVillageNamedWithoutItsTallIsTheTallInsideTheGovernorate() {
        PlaceMention m = find(Geoparsing.parse("On 8 May 2020, Turkish forces and opposition rebels under OPS shelled "
                + "Qabr al Kabir in al-Hasakeh using artillery fire.", Language.EN, null), "Qabr al Kabir");
        assertThat(m.place().name()).isEqualTo("Tall Qabr al Kabir");
        assertThat(m.place().admin3()).isEqualTo("Tal Tamer");
    }

    @Test
    void theFrenchSpellingInTheProvinceIsTheSameTall() {
        PlaceMention m = find(Geoparsing.parse("Les forces turques et les rebelles ont bombardé Qabr al-Kabir, dans la "
                + "province de Hassaké.", Language.FR, null), "Qabr al-Kabir");
        assertThat(m.place().name()).isEqualTo("Tall Qabr al Kabir");
    }

    @Test
    void aTallOfAnotherGovernorateIsNoGuessForTheName() {
        PlaceMention m = find(Geoparsing.parse("On 8 May 2020, Turkish forces shelled Qabr al Kabir in Idleb.",
                Language.EN, null), "Qabr al Kabir");
        assertThat(m.place()).isNull();
    }
}
