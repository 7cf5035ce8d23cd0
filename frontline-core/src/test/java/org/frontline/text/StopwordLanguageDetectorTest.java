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

    /**
     * Speed round 21: a word longer than every function word is not looked up, and only chars from 'à' up are
     * searched among the French letters; the longest function word still counts, and an upper-case French letter
     * still tips a tie.
     */
    @Test
    void countsTheLongestFunctionWordsAndTheFrenchLettersOfAnyCase() {
        assertThat(detector.detect("According, according: selon")).isEqualTo(Language.EN);
        assertThat(detector.detect("ACCORDING selon, DEPUIS")).isEqualTo(Language.FR);
        assertThat(detector.detect("Reported selon Idleb")).isEqualTo(Language.EN);
        assertThat(detector.detect("Reported selon ÉVACUATION")).isEqualTo(Language.FR);
        assertThat(detector.detect("Khan Shaykhun Œcuménique")).isEqualTo(Language.FR);
        assertThat(detector.detect("Khan Shaykhun Oecumenique")).isEqualTo(Language.EN);
    }

    /** Speed round 27g: curly apostrophes are made straight only in the words holding one, as before in all. */
    @Test
    void readsElisionsWithAnyApostrophe() {
        assertThat(detector.detect("l’Alep d’Idleb the")).isEqualTo(Language.FR);
        assertThat(detector.detect("l'armée d'Idleb the army")).isEqualTo(Language.FR);
        assertThat(detector.detect("l`armée d`Idleb the army")).isEqualTo(Language.EN);
        assertThat(detector.detect("qu’Alep lorsqu’Idleb the")).isEqualTo(Language.FR);
        assertThat(detector.detect("qu’Alep lorsqu’Idleb the of the")).isEqualTo(Language.EN);
        assertThat(detector.detect("lorsquʼIdleb the")).isEqualTo(Language.EN); // U+02BC is a letter: no elision
    }
}
