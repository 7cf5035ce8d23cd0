package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTextAnalyzerTest {
    private final RuleTextAnalyzer analyzer = new RuleTextAnalyzer();

    @Test
    void analyzesTheFoundingArticleAsFrenchInSixteenSentences() {
        AnalyzedText text = analyzer.analyze(FoundingArticle.body(), null);

        assertThat(text.language()).isEqualTo(Language.FR);
        assertThat(text.sentences()).hasSize(16);
        assertThat(text.text(text.sentences().get(7))).isEqualTo("Aveux de défaite");
        assertThat(text.sentences().get(0).tokens()).extracting(Token::text)
                .startsWith("L’", "armée", "syrienne")
                .contains("Tal-Damane", "a-Arbaïne", "sud-est", "d’", "Alep");
    }

    @Test
    void analyzesAnAcledNoteAsOneEnglishSentence() {
        String note = "On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in Nihm (Sanaa).";

        AnalyzedText text = analyzer.analyze(note, null);

        assertThat(text.language()).isEqualTo(Language.EN);
        assertThat(text.sentences()).singleElement().satisfies(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(note.length());
            assertThat(s.tokens()).extracting(Token::text).contains("9", "May", "2020", "pro-Houthi", "(", "Sanaa", ")");
        });
    }

    @Test
    void trustsTheDeclaredLanguage() {
        AnalyzedText text = analyzer.analyze("On 9 May 2020, clashes erupted in Nihm (Sanaa).", Language.FR);

        assertThat(text.language()).isEqualTo(Language.FR);
    }
}
