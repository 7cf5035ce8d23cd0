package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.text.AnalyzedText;
import org.frontline.text.Language;
import org.frontline.text.RuleTextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhraseClaimAnalyzerTest {
    private static PhraseClaimAnalyzer analyzer;
    private final RuleTextAnalyzer text = new RuleTextAnalyzer();

    @BeforeAll
    static void load() {
        analyzer = new PhraseClaimAnalyzer(SourceCatalog.loadBundled());
    }

    private Claims claims(String body, Language lang) {
        AnalyzedText t = text.analyze(body, lang);
        return analyzer.analyze(t);
    }

    @Test
    void selonAttributesTheSentence() {
        Claims c = claims("Selon l'OSDH, sept civils ont été tués à Ariha.", Language.FR);
        assertThat(c.bySentence().get(0)).containsExactly(new Attribution("SOHR", c.sources().get(0).source().stance(),
                List.of()));
    }

    @Test
    void aSourceNoCatalogListsIsKeptByWhatItIs() {
        Claims fr = claims("L'armée russe a bombardé Kharkiv, faisant huit morts, selon le gouverneur régional. "
                + "Une quarantaine de civils ont été tués à Bankass, ont indiqué des élus locaux.", Language.FR);
        assertThat(fr.bySentence().get(0)).containsExactly(new Attribution("gouverneur régional", "unknown", List.of()));
        assertThat(fr.bySentence().get(1)).containsExactly(new Attribution("élus locaux", "unknown", List.of()));
        Claims en = claims("Israeli air strikes hit Gaza overnight, killing two Palestinians, the Gaza health "
                + "ministry said.", Language.EN);
        assertThat(en.bySentence().get(0)).containsExactly(new Attribution("Gaza health ministry", "unknown", List.of()));
        assertThat(en.primary()).as("an unnamed source is no primary source").isNull();
    }

    @Test
    void aStatementCarriedByAnAgencyHangsOnTheAgencyViaItsAuthor() {
        Claims en = claims("Houthi rebels fired a ballistic missile at Marib city on Saturday, killing four civilians, "
                + "the Saudi-led coalition said in a statement carried by the Saudi state news agency SPA.", Language.EN);
        assertThat(en.bySentence().get(0)).containsExactly(new Attribution("SPA", "foreign-government",
                List.of("Saudi-led coalition")));
        Claims fr = claims("D'après des sources locales citées par Radio France Internationale, des hommes armés ont "
                + "attaqué le marché de Djibo.", Language.FR);
        assertThat(fr.bySentence().get(0)).containsExactly(new Attribution("RFI", "independent",
                List.of("sources locales")));
    }

    @Test
    void whoAccusesIsTheSourceOfTheAccusation() {
        Claims fr = claims("Les autorités ukrainiennes ont accusé dimanche les forces russes d'avoir tué des civils à "
                + "Boutcha.", Language.FR);
        assertThat(fr.bySentence().get(0)).containsExactly(new Attribution("autorités ukrainiennes", "unknown",
                List.of()));
        Claims en = claims("Local officials accused the army of killing three farmers near Djibo.", Language.EN);
        assertThat(en.bySentence().get(0)).containsExactly(new Attribution("Local officials", "unknown", List.of()));
    }

    @Test
    void outletsNamedLikeCommonWordsAreNotFoundInThem() {
        Claims c = claims("On 7 May 2020, police arrested seven militants of the Kamatapur Liberation Organization, "
                + "officials said. La libération de la ville a été annoncée dans le monde entier.", Language.EN);
        assertThat(c.sources()).extracting(m -> m.source().name()).doesNotContain("Libération (newspaper)",
                "Le Monde (newspaper)");
    }

    @Test
    void mapsPlacesAndEventsReportedAreNoSources() {
        Claims c = claims("Selon les deux cartes de cette zone, l'armée contrôle la route, citant nommément plus de "
                + "40 régions. On 6 May 2020, three Saudi-led coalition air raids were reported on Sirwah. Selon "
                + "l'ONG, cinq civils ont été tués.", Language.FR);
        assertThat(c.sources()).isEmpty();
    }

    @Test
    void citantNestsTheCitedSourceUnderTheReporter() {
        Claims c = claims("« Quelques villages avaient été restitués, mais ils ont été perdus de nouveau », rapporte MG, "
                + "citant les sites de coordination.", Language.FR);
        assertThat(c.bySentence().get(0)).containsExactly(new Attribution("Hezbollah War Media", "pro-government",
                List.of("Opposition coordination sites")));
    }

    @Test
    void citeParPutsTheQuotingOutletOutside() {
        Claims c = claims("L'OSDH, cité par l'AFP, affirme que 12 combattants ont été tués.", Language.FR);
        assertThat(c.bySentence().get(0)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("AFP");
            assertThat(a.via()).containsExactly("SOHR");
        });
    }

    @Test
    void englishCuesAttributeToo() {
        Claims c = claims("According to SOHR, Turkish drones struck Ain Issa. SANA reported that the army deployed "
                + "near Manbij. The Syrian Observatory said three civilians died.", Language.EN);
        assertThat(c.bySentence().get(0)).extracting(Attribution::source).containsExactly("SOHR");
        assertThat(c.bySentence().get(1)).extracting(Attribution::source).containsExactly("SANA");
        assertThat(c.primary().source()).isEqualTo("SOHR");
    }

    @Test
    void aSourceNamedWithoutACueAttributesNothing() {
        Claims c = claims("Dans les images vidéo postées par Média de guerre (MG), ce sont bien les sigles de la "
                + "résistance qui sont visibles.", Language.FR);
        assertThat(c.sources()).isNotEmpty();
        assertThat(c.bySentence()).isEmpty();
        assertThat(c.primary()).isNull();
    }

    @Test
    void loadedWordsAreCollectedInTextOrderAsTheLongestPhrase() {
        Claims c = claims("La ville a été libérée et vingt villages sont purifiés des milices terroristes.", Language.FR);
        assertThat(c.framing().get(0)).containsExactly("libérée", "purifiés des milices", "terroristes");
    }

    @Test
    void whatAVerbOfSayingIntroducesIsTheClaimNotItsSource() {
        Claims fr = claims("Le 7 mars 2021, les rebelles ont affirmé avoir abattu un hélicoptère du régime près de "
                + "Nairab.", Language.FR);
        assertThat(fr.sources()).isEmpty();
        Claims inverted = claims("Une quarantaine de civils ont été tués, a affirmé le gouverneur de Mopti.",
                Language.FR);
        assertThat(inverted.sources()).extracting(m -> m.source().name()).containsExactly("gouverneur de Mopti");
        Claims day = claims("Une dizaine de civils ont été tués près de Koro, ont indiqué lundi des sources locales.",
                Language.FR);
        assertThat(day.sources()).extracting(m -> m.source().name()).containsExactly("sources locales");
    }
}
