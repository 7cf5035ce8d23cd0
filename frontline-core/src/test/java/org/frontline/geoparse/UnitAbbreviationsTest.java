package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.geoparse.Geoparsing.find;

import java.util.List;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: a state's abbreviation closing a place's parenthesis ("(Salem, TN)", "(Poonch district, J&K)") names the
 * state and qualifies the place, as the full name would; elsewhere the letters are no place.
 */
class UnitAbbreviationsTest {
    private static List<PlaceMention> parse(String body) {
        return Geoparsing.parse(body, Language.EN, null);
    }

    @Test
    void aStateAbbreviationInParenthesesKeepsTheTownInThatState() {
        List<PlaceMention> ms = parse("On 30 April 2020, daily wage-earning labourers and weavers held a protest in "
                + "Salem city (Salem, TN) demanding better relief from the government amidst the coronavirus lockdown.");
        assertThat(find(ms, "TN").place().name()).isEqualTo("Tamil Nadu");
        PlaceMention salem = find(ms, "Salem");
        assertThat(salem.place().country()).isEqualTo("IN");
        assertThat(salem.place().admin1()).isEqualTo("Tamil Nadu");
    }

    @Test
    void readsJammuAndKashmirAcrossItsAmpersand() {
        List<PlaceMention> ms = parse("On 30 April 2020, military forces of India and Pakistan exchanged fire across "
                + "the LoC in Naushera sector area (Rajouri district, J&K).");
        PlaceMention jk = find(ms, "J&K");
        assertThat(jk.place().name()).isEqualTo("Jammu and Kashmir");
        assertThat(jk.place().country()).isEqualTo("IN");
    }

    @Test
    void readsPakistanisAzadKashmir() {
        PlaceMention ajk = find(parse("On 1 May 2020, military forces of India and Pakistan exchanged fire across the "
                + "LoC at Sirkh Sankh sector area (Haveli district, AJK)."), "AJK");
        assertThat(ajk.place().name()).isEqualTo("Azad Jammu and Kashmir");
    }

    @Test
    void aNewsAgencyIsNoState() {
        List<PlaceMention> ms = parse("KABUL (AP) - The Taliban attacked a checkpoint in Helmand, officials said.");
        assertThat(ms).noneMatch(m -> m.text().equals("AP"));
    }

    @Test
    void aVillageOfAUnitTheGazetteerLacksIsNotACityOnceNamedLikeIt() {
        List<PlaceMention> ms = parse("On 2 May 2020, the NAF rebel forces fired 82mm mortars at the governmental "
                + "positions near Novooleksandrivka, Luhansk.");
        PlaceMention village = find(ms, "Novooleksandrivka");
        assertThat(village.place() == null || !"Melitopol".equals(village.place().name())).isTrue();
        assertThat(find(ms, "Luhansk").place().admin1()).isEqualTo("Luhansk");
    }

    @Test
    void aStateAbbreviationAloneInParenthesesIsTheState() {
        PlaceMention up = find(parse("On 30 April 2020, two groups clashed over a property dispute in Pakdi area of "
                + "Ballia district (UP). 1 killed, three injured."), "UP");
        assertThat(up.place().admin1()).isEqualTo("Uttar Pradesh");
        PlaceMention fr = find(Geoparsing.parse("Le 29 avril 2020, des travailleurs migrants ont manifesté à Reasi "
                + "(J&K) pour réclamer des rations.", Language.FR, null), "J&K");
        assertThat(fr.place().admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(parse("WASHINGTON (AP) - Protesters gathered outside the White House on Sunday."))
                .noneMatch(m -> m.text().equals("AP"));
    }

    @Test
    void aPakistaniTownSpelledAsUrduReachesEnglishMeetsItsGazetteerSpelling() {
        PlaceMention m = find(parse("On 3 May 2020, journalists held a rally outside the press club in Umerkot city "
                + "(Umerkot, Sindh)."), "Umerkot");
        assertThat(m.place().name()).isEqualTo("Umarkot");
        assertThat(m.place().country()).isEqualTo("PK");
    }
}
