package org.frontline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void keepsOnlyTheArticleTextOfANoisyPage() {
        Article article = reader.read("page.html", Fixtures.bytes("page-with-noise.html")).articles().get(0);

        assertThat(article.body()).isEqualTo("""
                L’armée libère la route de Khanacer

                24 janvier

                L’armée syrienne et ses alliés ont libéré la route reliant la ville de Khanacer à la région \
                Tal-Damane et Jabal a-Arbaïne dans la province sud d’Alep.

                Selon les deux cartes de cette zone, la distance charnière entre les deux a été raccourcie \
                de 10 km à 2km.
                Toujours selon MG, la route libérée est d’une longueur de 45 km.

                Aveux de défaite

                Pour leur part, les milices ont eux aussi reconnu leurs défaites.""");
        assertThat(article.body()).doesNotContain("Accueil", "Monde", "trackRead", "dataLayer", "abonner",
                "À lire aussi", "droits réservés", "font-family");
    }

    @Test
    void takesTitleDateSourceAndLanguageFromTheHead() {
        Article article = reader.read("page.html", Fixtures.bytes("page-with-noise.html")).articles().get(0);

        assertThat(article.title()).isEqualTo("Syrie : l’armée libère la route de Khanacer");
        assertThat(article.published()).isEqualTo("2018-01-25");
        assertThat(article.source()).isEqualTo("Divers");
        assertThat(article.language()).isEqualTo("fr");
    }

    @Test
    void fallsBackToTheFirstHeadingAndTimeElement() {
        String page = "<html><body><nav>Menu</nav><h1>Nihm clashes</h1><time datetime=\"2020-05-09T18:00\">May 9</time>"
                + "<p>On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in Nihm (Sanaa).</p>"
                + "</body></html>";

        Article article = reader.read("nihm.html", page.getBytes(StandardCharsets.UTF_8)).articles().get(0);

        assertThat(article.title()).isEqualTo("Nihm clashes");
        assertThat(article.published()).isEqualTo("2020-05-09");
        assertThat(article.language()).isNull();
        assertThat(article.body()).isEqualTo("Nihm clashes\n\nMay 9\n\nOn 9 May 2020, clashes erupted between "
                + "pro-Houthi forces and pro-Hadi forces in Nihm (Sanaa).");
    }
}
