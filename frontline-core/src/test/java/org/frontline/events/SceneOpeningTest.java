package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.frontline.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link Scene#openingEnd} tries the preposition alone where the date clause cannot match (no digit before the head's
 * first comma within its first 51 chars): it ends where {@link Scene#OPENING}'s match does, or finds none where
 * {@code find()} found none, for every head (a sentence's start up to each of its chars) of five reports as written
 * and upper-cased and of made-up openings.
 */
class SceneOpeningTest {
    @Test
    void endsWhereTheWholeOpeningEndsForEveryHead() throws IOException {
        List<String> texts = new ArrayList<>(TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt", "fusion/offensive/2018-01-22-enab-saraqib-fr.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt", "fusion/offensive/2018-01-22-sohr-saraqib-en.txt"));
        texts.add("On 9 May 2020, in Maiduguri, Borno, JAS attacked. Around 2 May 2020 (as reported), at Kafr Nabl. "
                + "In Idlib, rebels shelled. Dans la nuit du 3 au 4 mai, en Syrie. À Alep, les forces. "
                + "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7, in Tal Rifaat. "
                + "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7, in Tal Rifaat. en\tRaqqa, at\u00a0once. "
                + "X 7xxxxxxxxxxxxxxxxxxxxxxxxxxxxx, in Homs. X 7xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, in Homs. "
                + "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, at Hama. "
                + "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, at Hama. "
                + "7, \t\n IN Deir. 7,in Deir. 7 ,\u00a0in Deir. 12 mai,\nà Alep, en Syrie. In 2020, at once. "
                + "Le 3\nmai, dans Idlib. 7, ink, in Idlib. 3, ıN, in X. 3, İn X. Ã, in X. 4,");
        int opened = 0;
        int withDate = 0;
        for (String body : texts) {
            for (String sentence : body.split("(?<=[.!?])\\s+")) {
                for (int end = 0; end <= sentence.length(); end++) {
                    String head = sentence.substring(0, end);
                    Matcher whole = Scene.OPENING.matcher(head);
                    int expected = whole.find() ? whole.end() : -1;
                    assertThat(Scene.openingEnd(head)).as(head).isEqualTo(expected);
                    opened += expected >= 0 ? 1 : 0;
                    withDate += expected >= 0 && head.substring(0, expected).matches("(?s).*\\d.*") ? 1 : 0;
                }
            }
        }
        assertThat(opened).isGreaterThan(50);
        assertThat(withDate).isGreaterThan(5);
    }
}
