package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: a village told by the small town it lies by ("in rural Ras al Ain", "west of As-Saan") is not the
 * gazetteer's namesake 50 km off; the event then goes to the town, as ACLED codes it. A city's direction says less.
 */
class TownLandmarksTest {
    @Test
    void aVillageInARuralTownIsNotANamesakeFarFromTheTown() {
        List<PlaceMention> ms = Geoparsing.parse("On 9 May 2020, opposition rebels under OPS looted civilians' wheat "
                + "and barley crops in Tall Sakhr in rural Ras al Ain in al-Hasakeh.", Language.EN, null);
        assertThat(find(ms, "Tall Sakhr").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
        assertThat(find(ms, "Ras al Ain").place().admin2()).isEqualTo("Ras Al Ain");
        assertThat(find(ms, "Ras al Ain").confidence()).isGreaterThan(0.5);
    }

    @Test
    void aFrenchVillageInATownsCountrysideIsNotAFarNamesakeEither() {
        List<PlaceMention> ms = Geoparsing.parse("Les rebelles ont pillé les récoltes de blé à Tall Sakhr, dans la "
                + "campagne de Ras al-Aïn, dans la province de Hassaké.", Language.FR, null);
        assertThat(find(ms, "Tall Sakhr").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
        assertThat(find(ms, "Ras al-Aïn").confidence()).isGreaterThan(0.5);
    }

    @Test
    void aPlaceWestOfASmallTownIsNoNamesakeFiftyKilometresOff() {
        List<PlaceMention> ms = Geoparsing.parse("On 6 May 2020, a landmine planted by regime forces exploded in "
                + "Sinjar area west of As-Saan in Hama countryside, injuring a child.", Language.EN, null);
        assertThat(find(ms, "Sinjar").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
        assertThat(find(ms, "As-Saan").place().admin3()).isEqualTo("As-Saan");
    }

    @Test
    void theSamePlaceWestOfTheTownInFrenchIsAsDoubtful() {
        List<PlaceMention> ms = Geoparsing.parse("Une mine posée par les forces du régime a explosé à Sinjar, à "
                + "l'ouest d'As-Saan, dans la campagne de Hama, blessant un enfant.", Language.FR, null);
        assertThat(find(ms, "Sinjar").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
    }

    @Test
    void aTownSoutheastOfACityKeepsItsPlaceSixtyKilometresOff() {
        List<PlaceMention> ms = Geoparsing.parse("Les forces du régime ont repris Khanacer, au sud-est d'Alep.",
                Language.FR, null);
        assertThat(find(ms, "Khanacer").place().name()).isEqualTo("Khanasir");
        assertThat(find(ms, "Khanacer").confidence()).isGreaterThan(0.5);
    }

    @Test
    void anAcronymIsNoVillageOfATwoLetterSkeleton() {
        List<PlaceMention> ms = Geoparsing.parse("On 5 May 2020, an IED planted in a QSD military vehicle by an "
                + "unknown armed group, exploded near Rashidiyeh town in Al-Hasakeh countryside.", Language.EN, null);
        assertThat(ms).extracting(PlaceMention::text).doesNotContain("IED", "QSD");
    }
}
