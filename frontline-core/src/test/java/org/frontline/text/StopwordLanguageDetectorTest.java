package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwordLanguageDetectorTest {
    private final StopwordLanguageDetector detector = new StopwordLanguageDetector();

    @Test
    void detectsTheFoundingArticleAsFrench() {
        assertThat(detector.detect(FoundingArticle.body())).isEqualTo(Language.FR);
    }

    @Test
    void detectsShortAcledNotesAsEnglish() {
        assertThat(detector.detect("On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces "
                + "in Nihm (Sanaa).")).isEqualTo(Language.EN);
        assertThat(detector.detect("Military Forces of Syria shelled Khan Shaykhun (Idleb). 3 fatalities."))
                .isEqualTo(Language.EN);
    }

    @Test
    void detectsShortFrenchLinesAsFrench() {
        assertThat(detector.detect("Aveux de défaite")).isEqualTo(Language.FR);
        assertThat(detector.detect("Toujours selon MG, la route libérée est d’une longueur de 45 km."))
                .isEqualTo(Language.FR);
        assertThat(detector.detect("Frappes aériennes sur Idleb")).isEqualTo(Language.FR);
    }
}
