package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.article.Article;
import org.frontline.claims.Attribution;
import org.frontline.events.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attribution and framing in English reports: "according to", "claimed", "SOHR said", each kept per event. */
class EnglishAttributionTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Bundled.pipeline();
    }

    private static List<Event> code(String text) {
        return pipeline.extract(new Article(null, null, null, "2021-03-05", "en", null, text)).events();
    }

    @Test
    void keepsTheSourceNamedAfterAccordingTo() {
        Event e = code("On 4 March 2021, regime forces shelled Kansafra in Idlib, killing two civilians, according to "
                + "the Syrian Observatory for Human Rights.").get(0);
        assertThat(e.attribution()).extracting(Attribution::source).containsExactly("SOHR");
        assertThat(e.fatalities()).isEqualTo(2);
        assertThat(e.notes()).contains("According to SOHR");
    }

    @Test
    void aSourceThatClaimsIsTheAttributionNotAnActor() {
        Event e = code("Hezbollah War Media claimed that the Syrian army captured the village of Tal Hamam in southern "
                + "Idlib on 4 March 2021.").get(0);
        assertThat(e.subEventType()).isEqualTo("Government regains territory");
        assertThat(e.actor1()).isEqualTo("Military Forces of Syria (2000-)");
        assertThat(e.attribution()).extracting(Attribution::source).containsExactly("Hezbollah War Media");
        assertThat(e.eventDate()).isEqualTo("2021-03-04");
    }

    @Test
    void eachEventKeepsItsOwnSourceAndFraming() {
        List<Event> events = code("SOHR said Russian warplanes struck Maarat al-Numan in Idlib on 4 March 2021, killing "
                + "four civilians. SANA said the army liberated the village of Tal Hamam from terrorists.");
        assertThat(events).extracting(Event::subEventType)
                .containsExactly("Air/drone strike", "Government regains territory");
        assertThat(events.get(0).attribution()).extracting(Attribution::source).containsExactly("SOHR");
        assertThat(events.get(0).actor2()).isEqualTo("Civilians (Syria)");
        assertThat(events.get(1).attribution()).extracting(Attribution::source).containsExactly("SANA");
        assertThat(events.get(1).framing()).contains("liberated", "terrorists");
    }
}
