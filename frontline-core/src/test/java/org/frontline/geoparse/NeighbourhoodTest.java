package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: after "Colonia", "Barrio" or "Barangay" a name is a neighbourhood of the town the report is about, not
 * the town or unit of that name elsewhere in the country or abroad.
 */
class NeighbourhoodTest {
    @Test
    void aColoniaNamedLikeATownOfAnotherStateIsOnlyANeighbourhood() {
        List<PlaceMention> ms = Geoparsing.parse("On 4 May 2020, in Zapopan, Jalisco, neighbors of Colonia Miramar "
                + "demonstrated outside the new Institute of Cancerology.", Language.EN, null);
        assertThat(find(ms, "Miramar").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
        PlaceMention zapopan = find(ms, "Zapopan");
        assertThat(zapopan.place().admin1()).isEqualTo("Jalisco");
        assertThat(zapopan.confidence()).isGreaterThan(PlaceMention.DOUBTFUL);
    }

    @Test
    void aColoniaNamedLikeAProvinceAbroadIsOnlyANeighbourhood() {
        List<PlaceMention> ms = Geoparsing.parse("Des hommes armés ont tué deux policiers à León de los Aldama, "
                + "Guanajuato, dans la Colonia Valle del Campestre.", Language.FR, null);
        PlaceMention valle = find(ms, "Valle");
        assertThat(valle.place() == null || valle.confidence() <= PlaceMention.DOUBTFUL).isTrue();
    }

    @Test
    void anAvenueNamedAfterATownIsAStreetOfTheCityOfTheProtest() {
        List<PlaceMention> ms = Geoparsing.parse("On 3 May 2020, in the Central Zone of Sao Paulo, Sao Paulo, dozens "
                + "of supporters of the President Jair Bolsonaro protested in the Paulista Avenue.", Language.EN, null);
        assertThat(find(ms, "Paulista").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
        assertThat(find(ms, "Sao Paulo").place().country()).isEqualTo("BR");
    }

    @Test
    void aFrenchAvenidaIsAStreetToo() {
        List<PlaceMention> ms = Geoparsing.parse("Des supporters du club Corinthians se sont rassemblés sur "
                + "l'Avenida Paulista, à São Paulo, pour défendre la démocratie.", Language.FR, null);
        assertThat(find(ms, "Paulista").confidence()).isLessThanOrEqualTo(PlaceMention.DOUBTFUL);
    }
}
