package org.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/** Sentences written in the style of ACLED's notes for the conflicts of the 2020 dev export, beyond Syria. */
class AcledConflictActorsTest {
    private static final CatalogActorRecognizer RECOGNIZER = new CatalogActorRecognizer(ActorCatalog.loadBundled());
    private static final LocalDate MAY_2020 = LocalDate.of(2020, 5, 10);

    private static List<String> names(String body, String country) {
        return RECOGNIZER.recognize(new AnalyzedText(body, Language.EN, List.of()), MAY_2020, country).stream()
                .map(m -> m.actor().name()).toList();
    }

    @Test
    void donbassSeparatistsAreNafAndTheArmyIsUkrainesForcesOf2019() {
        assertThat(names("On 3 May 2020, NAF rebel forces fired mortars at governmental positions near Avdiivka.", "UA"))
                .containsExactly("NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine (2019-)");
        assertThat(names("The Ukrainian Forces shelled positions held by the Luhansk People's Militia.", "UA"))
                .containsExactly("Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya");
    }

    @Test
    void aMilitiaOfDonetskIsCodedAsNafButRemembersItsOwnName() {
        List<ActorMention> all = RECOGNIZER.recognize(new AnalyzedText(
                "Fighters of the Donbass People's Militia opened fire.", Language.EN, List.of()), MAY_2020, "UA");
        assertThat(all.get(0).actor().name()).isEqualTo("NAF: United Armed Forces of Novorossiya");
        assertThat(all.get(0).named().name()).isEqualTo("Donbass People's Militia");
    }

    @Test
    void nagornoKarabakhForcesAreNamedAsAcledDoes() {
        assertThat(names("Military forces of Artsakh fired on the positions of the military forces of Azerbaijan.", "AZ"))
                .containsExactly("Military Forces of Artsakh (2007-)", "Military Forces of Azerbaijan (2003-)");
    }

    @Test
    void insurgentsOfAfghanistanSomaliaAndLakeChad() {
        assertThat(names("Taliban militants ambushed Afghan forces in Kunduz.", "AF"))
                .containsExactly("Taliban", "Military Forces of Afghanistan (2014-)");
        assertThat(names("Al Shabaab militants attacked a Jubaland forces base near Kismayo.", "SO"))
                .containsExactly("Al Shabaab", "Military Forces of Somalia (2017-) Jubaland Security Force");
        assertThat(names("Boko Haram fighters raided a village; ISWAP later claimed an attack on Nigerian troops.", "NG"))
                .containsExactly("Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
                        "Islamic State (West Africa)", "Military Forces of Nigeria (2015-)");
        assertThat(names("JNIM and ISGS fighters clashed near Gossi.", "ML"))
                .containsExactly("JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)");
    }

    @Test
    void islamicStateAndIslamicMilitantsAreTheLocalBranch() {
        assertThat(names("Egyptian military forces engaged in a firefight with Islamic State militants in Bir Al-Abd.", "EG"))
                .containsExactly("Military Forces of Egypt (2014-)", "Islamic State (Egypt)");
        assertThat(names("Des jihadistes de l'EI ont attaqué un poste de l'armée égyptienne près de Rafah.", "EG"))
                .contains("Islamic State (Egypt)");
        assertThat(names("A truck was attacked by suspected Islamic militants near Macomia.", "MZ"))
                .containsExactly("Islamist Militia (Mozambique)");
    }

    @Test
    void saudiForcesInYemenAreTheCoalition() {
        assertThat(names("Saudi forces reportedly fired artillery and rockets at villages in Razih district.", "YE"))
                .containsExactly("Operation Restoring Hope");
        assertThat(names("Les forces saoudiennes ont bombardé des villages du district de Razih.", "YE"))
                .containsExactly("Operation Restoring Hope");
    }

    @Test
    void unnamedCriminalsAreAnUnidentifiedGangOfTheArticlesCountry() {
        assertThat(names("Gang members shot a shopkeeper in Celaya.", "MX")).containsExactly("Unidentified Gang (Mexico)");
        assertThat(names("Des membres d'un groupe criminel ont enlevé deux hommes.", "MX"))
                .containsExactly("Unidentified Gang (Mexico)");
        ActorRef gang = RECOGNIZER.recognize(new AnalyzedText("Hitmen killed a taxi driver.", Language.EN, List.of()),
                MAY_2020, "MX").get(0).actor();
        assertThat(gang.inter()).isEqualTo(3);
        assertThat(names("CJNG gunmen attacked members of the Sinaloa Cartel.", "MX"))
                .containsExactly("CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel");
    }

    @Test
    void localAliasesCountOnlyInTheirOwnCountry() {
        assertThat(names("The Military Police raided a favela held by the Comando Vermelho.", "BR"))
                .containsExactly("Military Forces of Brazil (2019-) Military Police", "CV: Red Command");
        assertThat(names("The Military Police raided the camp.", "SY")).doesNotContain(
                "Military Forces of Brazil (2019-) Military Police");
        assertThat(names("The Military Police raided the camp.", null)).isEmpty();
    }

    @Test
    void southAsianInsurgentsAndForces() {
        assertThat(names("Maoists ambushed a CRPF patrol; a mob later pelted stones at Indian police.", "IN"))
                .containsExactly("Naxal-Maoist Rebels (India)", "Police Forces of India (2014-) Central Reserve Police Force",
                        "Rioters (India)", "Police Forces of India (2014-)");
        assertThat(names("Pakistani troops traded fire with the Indian Army across the LoC.", "IN"))
                .containsExactly("Military Forces of Pakistan (2018-)", "Military Forces of India (2014-)");
    }

    @Test
    void otherConflictsOfTheBrief() {
        assertThat(names("The FARDC clashed with ADF rebels near Beni, while CODECO attacked a camp.", "CD"))
                .containsExactly("Military Forces of the Democratic Republic of Congo (2019-)", "ADF: Allied Democratic Forces",
                        "CODECO: Cooperative for Development of Congo");
        assertThat(names("Ambazonian separatists killed a gendarme in Bamenda.", "CM"))
                .containsExactly("Ambazonian Separatists (Cameroon)", "Military Forces of Cameroon (1982-) Gendarmerie");
        assertThat(names("NPA rebels and Abu Sayyaf militants were engaged by Philippine troops.", "PH"))
                .containsExactly("NPA: New People's Army", "ASG: Abu Sayyaf", "Military Forces of the Philippines (2016-)");
        assertThat(names("The Arakan Army attacked a Tatmadaw convoy.", "MM"))
                .containsExactly("ULA/AA: United League of Arakan/Arakan Army", "Military Forces of Myanmar (2016-)");
        assertThat(names("Israeli forces arrested a Hamas member; settlers threw stones.", "PS"))
                .containsExactly("Military Forces of Israel (2009-)", "Hamas Movement", "Settlers (Israel)");
        assertThat(names("Lebanese protesters blocked the road.", "LB")).containsExactly("Protesters (Lebanon)");
        assertThat(names("National Resistance Forces repelled a Houthi attack.", "YE"))
                .containsExactly("National Resistance Forces", "Military Forces of Yemen (2016-) Supreme Political Council");
    }
}
