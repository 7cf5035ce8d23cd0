package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.Bundled;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerGeoparserTest {
    private static GazetteerGeoparser geoparser;
    private final RuleTextAnalyzer text = new RuleTextAnalyzer();

    @BeforeAll
    static void load() {
        geoparser = new GazetteerGeoparser(Bundled.gazetteer());
    }

    private List<PlaceMention> parse(String body, Language lang) {
        return geoparser.geoparse(text.analyze(body, lang), GeoHints.none());
    }

    private List<PlaceMention> parseIn(String country, String body, Language lang) {
        return geoparser.geoparse(text.analyze(body, lang), new GeoHints(List.of(), country));
    }

    private PlaceMention find(List<PlaceMention> ms, String surface) {
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst().orElseThrow(
                () -> new AssertionError(surface + " not found in " + ms));
    }

    @Test
    void northOfATownIsNearItWithADirection() {
        PlaceMention m = find(parse("Turkish forces shelled the town of Ain Issa, north of Raqqa, on Monday.",
                Language.EN), "Raqqa");
        assertThat(m.place().country()).isEqualTo("SY");
        assertThat(m.relation()).isEqualTo(PlaceMention.Relation.NEAR);
        assertThat(m.direction()).isEqualTo("north");
        assertThat(m.geoPrecision()).isEqualTo(2);
    }

    @Test
    void beniIsTheCongoleseTownNotAParticleNorBoliviasElBeni() {
        PlaceMention m = find(parse("Des hommes armés ont enlevé un prêtre près de Beni mardi.", Language.FR), "Beni");
        assertThat(m.place().id()).isEqualTo("geonames:219057");
        assertThat(m.place().country()).isEqualTo("CD");
    }

    @Test
    void provinceAfterTheNameIsTheGovernorate() {
        PlaceMention m = find(parse("Clashes continued in Hasakah province overnight.", Language.EN), "Hasakah");
        assertThat(m.place().adminLevel()).isEqualTo(1);
        assertThat(m.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aTownInTheTextIsTheTownNotItsDistrict() {
        PlaceMention m = find(parse("Clashes erupted on the outskirts of Ras al-Ain in Hasakah province.", Language.EN),
                "Ras al-Ain");
        assertThat(m.place().featureClass()).isEqualTo("P");
        assertThat(m.place().admin1()).isEqualTo("Al-Hasakeh");
    }

    @Test
    void theDemocraticRepublicOfCongoIsNotCongoBrazzaville() {
        assertThat(find(parse("Des hommes armés ont enlevé un prêtre dans l'est de la République démocratique du Congo.",
                Language.FR), "République démocratique du Congo").place().country()).isEqualTo("CD");
        assertThat(find(parse("Gunmen abducted a priest in eastern Democratic Republic of Congo.", Language.EN),
                "Democratic Republic of Congo").place().country()).isEqualTo("CD");
        assertThat(find(parse("Des soldats ont été déployés à Pointe-Noire, en République du Congo.", Language.FR),
                "République du Congo").place().country()).isEqualTo("CG");
    }

    @Test
    void frenchExonymsResolve() {
        List<PlaceMention> ms = parse("Des combats ont eu lieu près de Damas et dans la province de Deraa.", Language.FR);
        assertThat(find(ms, "Damas").place().name()).isEqualTo("Damascus");
        assertThat(find(ms, "Damas").relation()).isEqualTo(PlaceMention.Relation.NEAR);
        assertThat(find(ms, "Deraa").place().adminLevel()).isEqualTo(1);
    }

    @Test
    void spellingVariantsOfMaaratAlNumanMeetInASyrianArticle() {
        for (String spelling : List.of("Maaret al-Noomane", "Maarat al-Numan", "Ma'arrat an-Nu'man")) {
            PlaceMention m = find(parseIn("SY", "L'armée syrienne a repris " + spelling + " mardi.", Language.FR),
                    spelling);
            assertThat(m.place().id()).as(spelling).isEqualTo("geonames:167611");
        }
    }

    @Test
    void looseSpellingsAreNotMatchedAcrossTheWorldWithoutACountry() {
        assertThat(parse("Fighting was reported in the area of Kominternove on Tuesday.", Language.EN))
                .noneMatch(m -> m.place() != null && !m.place().id().isEmpty() && !m.text().equals("Tuesday")
                        && m.confidence() > 0 && !"UA".equals(m.place().country()));
    }

    @Test
    void wordsThatAreNotPlacesStayOut() {
        assertThat(parse("Selon les sources, les Syrian forces ont avancé. Human Rights Watch a réagi.", Language.FR))
                .noneMatch(m -> m.text().equals("Selon") || m.text().equals("Syrian") || m.text().equals("Human"));
    }

    @Test
    void spansAreOffsetsIntoTheBody() {
        String body = "Des frappes ont visé Ariha, dans le sud d’Idleb.";
        for (PlaceMention m : parse(body, Language.FR)) {
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aLinkWordBetweenTwoPlacesIsNotItselfAPlace() {
        List<PlaceMention> ms = parse("Shelling hit Donetsk and Horlivka overnight.", Language.EN);
        assertThat(ms).extracting(PlaceMention::text).contains("Donetsk", "Horlivka").doesNotContain("and");
    }

    @Test
    void aBareArabicArticleIsNotAPlace() {
        assertThat(parse("A strike hit the Al Yamani factory in Al Hudaydah.", Language.EN))
                .noneMatch(m -> m.text().equals("Al"));
    }

    @Test
    void phonologicalMatchesAreOnlyForArabicAndPersianTransliterations() {
        List<PlaceMention> ms = parseIn("BR", "Police killed two men in Contagem, Minas Gerais.", Language.EN);
        assertThat(ms).noneMatch(m -> m.place() != null && m.place().name().equals("Manaus"));
        PlaceMention idleb = find(parseIn("SY", "Les forces ont bombardé Kafr Nabel, au sud d'Idleb.", Language.FR),
                "Idleb");
        assertThat(idleb.place().country()).isEqualTo("SY");
    }

    @Test
    void aSmallTownAbroadNamedLikeAWordIsTooDoubtfulToLocateAnEvent() {
        PlaceMention m = find(parseIn("BR", "The Federal Police raided a house in Brasilia, Brazil.", Language.EN),
                "Federal");
        assertThat(m.confidence()).isLessThan(0.35);
    }

    @Test
    void provincesOfEveryCountryResolveToTheirUnitWithAcledsName() {
        PlaceMention helmand = find(parse("Taliban fighters attacked a checkpoint in Afghanistan's Helmand province.",
                Language.EN), "Helmand");
        assertThat(helmand.place().adminLevel()).isEqualTo(1);
        assertThat(helmand.place().country()).isEqualTo("AF");
        assertThat(helmand.place().admin1()).isEqualTo("Helmand");
        assertThat(helmand.geoPrecision()).isEqualTo(3);
        PlaceMention taizz = find(parse("Houthi forces shelled Taizz city.", Language.EN), "Taizz");
        assertThat(taizz.place().admin1()).isEqualTo("Taizz");
    }

    @Test
    void aPluralDesignatorAfterAListMakesEachNameAUnit() {
        List<PlaceMention> ms = parse("Houthi forces shelled positions in Al Jawf, Ad Dali and Taizz governorates.",
                Language.EN);
        assertThat(find(ms, "Ad Dali").place().adminLevel()).isEqualTo(1);
        assertThat(find(ms, "Taizz").place().adminLevel()).isEqualTo(1);
        assertThat(find(ms, "Al Jawf").place().adminLevel()).isEqualTo(1);
    }

    @Test
    void aTownAbroadInAReportAboutAnotherCountryIsADoubtfulHomonym() {
        List<PlaceMention> ms = parse("On 2 May 2020, gunmen shot dead a man in Leon, Guanajuato, and another "
                + "near San Miguel.", Language.EN);
        assertThat(find(ms, "Guanajuato").place().country()).isEqualTo("MX");
        PlaceMention sanMiguel = find(ms, "San Miguel");
        assertThat(sanMiguel.place().country().equals("MX") || sanMiguel.confidence() <= 0.3)
                .as("San Miguel resolved to %s with confidence %s", sanMiguel.place(), sanMiguel.confidence())
                .isTrue();
    }
}
