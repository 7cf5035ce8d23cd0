package org.frontline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @Test
    void readsOneArticlePerRss2ItemWithHtmlStripped() {
        ReadResult result = reader.read("front.rss", Fixtures.bytes("feed-rss2.xml"));

        assertThat(result.articles()).hasSize(2);
        Article first = result.articles().get(0);
        assertThat(first.body()).isEqualTo("L’armée syrienne et ses alliés ont libéré la route reliant la ville de "
                + "Khanacer à la région Tal-Damane.\n\nSelon MG, la route libérée est d’une longueur de 45 km.");
        assertThat(first.title()).isEqualTo("L’armée libère la route de Khanacer");
        assertThat(first.inputId()).isEqualTo("https://example.org/2018/01/khanacer");
        assertThat(first.published()).isEqualTo("2018-01-25");
        assertThat(first.source()).isEqualTo("Divers");
        assertThat(first.language()).isEqualTo("fr");
    }

    @Test
    void datesAnEntryByItsUtcDay() {
        Article second = reader.read("front.rss", Fixtures.bytes("feed-rss2.xml")).articles().get(1);

        assertThat(second.published()).isEqualTo("2018-01-27");
    }

    @Test
    void reportsAnItemWithoutTextAndKeepsTheOthers() {
        ReadResult result = reader.read("front.rss", Fixtures.bytes("feed-rss2.xml"));

        assertThat(result.problems()).containsExactly(
                "front.rss: entry 3 (https://example.org/2018/01/video): no text (field content/description)");
    }

    @Test
    void readsAtomContentOrSummary() {
        ReadResult result = reader.read("notes.atom", Fixtures.bytes("feed-atom.xml"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        Article nihm = result.articles().get(0);
        assertThat(nihm.body()).isEqualTo(
                "On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in Nihm (Sanaa).");
        assertThat(nihm.inputId()).isEqualTo("https://example.org/notes/nihm-2020-05-09");
        assertThat(nihm.published()).isEqualTo("2020-05-09");
        assertThat(nihm.source()).isEqualTo("Yemen weekly notes");
        Article summary = result.articles().get(1);
        assertThat(summary.inputId()).isEqualTo("urn:uuid:6f7c1a62-8b1e-4a7e-9e0a-000000000003");
        assertThat(summary.published()).isEqualTo("2020-05-10");
        assertThat(summary.body()).endsWith("No fatalities were reported.");
    }

    @Test
    void rejectsXmlThatIsNotAFeedInOneLine() {
        byte[] notFeed = "<?xml version=\"1.0\"?><kml><Placemark/></kml>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("map.xml", notFeed))
                .isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("map.xml: not a readable RSS or Atom feed")
                .message().doesNotContain("\n");
    }

    @Test
    void refusesAFeedWithADoctypeSoNoExternalEntityIsRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("evil.rss", xxe))
                .isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("evil.rss: not a readable RSS or Atom feed");
    }
}
