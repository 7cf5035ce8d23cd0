package org.frontline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedFormatReaderTest {
    private final SeedFormatReader reader = new SeedFormatReader();

    @Test
    void readsTheFoundingArticleDateSourceAndBody() {
        ReadResult result = reader.read("2018-01-aleppo-khanasir.txt", Fixtures.foundingArticle());

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        Article article = result.articles().get(0);
        assertThat(article.published()).isEqualTo("2018-01");
        assertThat(article.source()).isEqualTo("Divers");
        assertThat(article.language()).isNull();
        assertThat(article.inputId()).isEqualTo("2018-01-aleppo-khanasir.txt");
        assertThat(article.body()).startsWith("L’armée syrienne et ses alliés ont libéré la route");
        assertThat(article.body()).endsWith("au sud-est de la province d’Alep.");
        assertThat(article.body()).doesNotContain("Source:").doesNotContain("date 2018");
        assertThat(article.id()).isEqualTo(Article.idOf(article.body()));
    }

    @Test
    void readsAFullDateAndABodyStartingOnTheNextLine() {
        String seed = "date 2020-05-09\nOn 9 May 2020, clashes erupted in Nihm (Sanaa).\nSource: Xinhua\n";

        Article article = reader.read("nihm.txt", seed.getBytes(StandardCharsets.UTF_8)).articles().get(0);

        assertThat(article.published()).isEqualTo("2020-05-09");
        assertThat(article.source()).isEqualTo("Xinhua");
        assertThat(article.body()).isEqualTo("On 9 May 2020, clashes erupted in Nihm (Sanaa).");
    }

    @Test
    void keepsTheArticleButReportsAMissingDatePrefix() {
        String text = "L’armée syrienne et ses alliés ont libéré la route.\n\nSource: Divers";

        ReadResult result = reader.read("nodate.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.published()).isNull();
            assertThat(a.source()).isEqualTo("Divers");
        });
        assertThat(result.problems()).singleElement().asString().startsWith("nodate.txt:1: no ' date YYYY-MM '");
    }

    @Test
    void reportsAnImpossibleMonthInsteadOfInventingADate() {
        ReadResult result = reader.read("x.txt", " date 2018-13 Texte.".getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles().get(0).published()).isNull();
        assertThat(result.articles().get(0).body()).isEqualTo("Texte.");
        assertThat(result.problems()).singleElement().asString().contains("2018-13").contains("field date");
    }
}
