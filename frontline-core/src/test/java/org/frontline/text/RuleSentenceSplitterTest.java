package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    private List<String> sentences(String body) {
        return splitter.split(body, tokenizer.tokenize(body)).stream()
                .map(s -> body.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsTheFoundingArticleIntoItsSixteenSentences() {
        List<String> sentences = sentences(FoundingArticle.body());

        assertThat(sentences).hasSize(16);
        assertThat(sentences.get(0)).startsWith("L’armée syrienne").endsWith("sud-est d’Alep.");
        assertThat(sentences.get(1)).endsWith("raccourcie de 10 km à 2km.");
        assertThat(sentences.get(3)).endsWith("qui sont visibles.");
        assertThat(sentences.get(4)).isEqualTo("(Voir vidéos au bas de l’article)");
        assertThat(sentences.get(7)).isEqualTo("Aveux de défaite");
        assertThat(sentences.get(10)).startsWith("Selon MG, ont participé").endsWith("jaïsh al-Tani.");
        assertThat(sentences.get(12)).startsWith("« Malgré le lancement").endsWith("citant les sites de coordination.");
        assertThat(sentences.get(14)).isEqualTo("Les images vidéo ci-dessous ont été prises par MG à Tal Damen");
        assertThat(sentences.get(15)).startsWith("Les images vidéos ci dessus").endsWith("province d’Alep.");
    }

    @Test
    void keepsAnAcledNoteWithADateAndParenthesesInOneSentence() {
        assertThat(sentences("On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in "
                + "Nihm (Sanaa).")).hasSize(1);
    }

    @Test
    void doesNotEndAfterTitlesInitialsOrAcronyms() {
        assertThat(sentences("M. Assad a reçu le Dr Martin et Mme Dupont. Le Gen. Smith et le Col. Jones sont partis."))
                .containsExactly("M. Assad a reçu le Dr Martin et Mme Dupont.", "Le Gen. Smith et le Col. Jones sont partis.");
        assertThat(sentences("Lt. Col. Ahmad met U.S. officials in Hasakah. George W. Bush was not there."))
                .containsExactly("Lt. Col. Ahmad met U.S. officials in Hasakah.", "George W. Bush was not there.");
        assertThat(sentences("Checkpoint No. 4 was shelled. St. Elias church was hit."))
                .containsExactly("Checkpoint No. 4 was shelled.", "St. Elias church was hit.");
    }

    @Test
    void goesOnAfterAnAbbreviationFollowedByLowerCase() {
        assertThat(sentences("La route fait 45 km. et relie les deux fronts. Les villages, etc. sont tombés. Ensuite"))
                .containsExactly("La route fait 45 km. et relie les deux fronts.", "Les villages, etc. sont tombés.",
                        "Ensuite");
        assertThat(sentences("The road is 45 km. The army took it.")).containsExactly("The road is 45 km.",
                "The army took it.");
    }

    @Test
    void neverEndsOnADecimal() {
        assertThat(sentences("Shelling hit 3.5 km north of the town. Two died.")).containsExactly(
                "Shelling hit 3.5 km north of the town.", "Two died.");
    }

    @Test
    void keepsAQuotationThatGoesOnInLowerCaseInItsSentence() {
        assertThat(sentences("« Ils ont fui. Nous avançons », a déclaré le commandant. Puis il est parti."))
                .containsExactly("« Ils ont fui. Nous avançons », a déclaré le commandant.", "Puis il est parti.");
        assertThat(sentences("« Nous avons gagné ! », a dit MG. « C’est fini. » Les milices ont reculé."))
                .containsExactly("« Nous avons gagné ! », a dit MG.", "« C’est fini. »", "Les milices ont reculé.");
    }

    @Test
    void endsOnQuestionExclamationAndEllipsis() {
        assertThat(sentences("Qui tient Khanacer ? L’armée ! Et ensuite… Personne ne sait."))
                .containsExactly("Qui tient Khanacer ?", "L’armée !", "Et ensuite…", "Personne ne sait.");
    }

    @Test
    void makesAHeadlineItsOwnSentenceButJoinsAHardWrappedLine() {
        assertThat(sentences("Aveux de défaite\nPour leur part, les milices ont reconnu\nleurs défaites."))
                .containsExactly("Aveux de défaite", "Pour leur part, les milices ont reconnu\nleurs défaites.");
    }

    @Test
    void givesSentenceOffsetsAndTokensIntoTheBody() {
        String body = FoundingArticle.body();

        List<Sentence> sentences = splitter.split(body, tokenizer.tokenize(body));

        assertThat(sentences).extracting(Sentence::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, sentences.size()).boxed().toList());
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.tokens().get(0).start()).isEqualTo(s.start());
            assertThat(s.tokens().get(s.tokens().size() - 1).end()).isEqualTo(s.end());
            assertThat(s.tokens()).allSatisfy(t -> assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text()));
        });
        assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum())
                .isEqualTo(tokenizer.tokenize(body).size());
    }
}
