package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FatalitiesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The clashes resulted in more than 20 pro-Houthi elements killed. 20 fatalities split up between 3 events.|7",
        "US warplanes pounded the village of Kashkash, killing 6 civilians, including 2 women|6",
        "Two soldiers were killed and five wounded in the attack.|2",
        "Des frappes aériennes ont visé Ariha, tuant sept civils, dont deux enfants.|7",
        "Three civilians and 4 fighters were killed in the shelling.|7",
        "A roadside bomb killed three soldiers near Kandahar.|3",
        "An al-Shabaab attack killed four people in Mogadishu, police said.|4",
        "A civilian was killed in the shelling.|1",
        "A soldier killed in the clashes was buried in Daraa.|1",
        "Une roquette a tué deux enfants à Idleb.|2",
        "Une attaque a fait quatre morts à Kaboul.|4",
        "Une attaque des shebab a fait quatre morts à Mogadiscio.|4",
        "Unknown fatalities coded as 10.|10",
        "Protesters gathered peacefully. No fatalities were reported.|0",
        "Five people were injured.|0",
        "Au moins 17 personnes ont été tuées depuis le début du mouvement, selon la télévision d'État.|0",
        "At least 300 civilians have been killed since the start of the offensive, the UN said.|0",
        "Une vingtaine de villages sont désormais purifiés des milices.|0",
        "The army shelled the town, killing at least 12 people.|12",
        "Un attentat à la voiture piégée a tué cinq personnes à Azaz.|5",
        "A woman was found dead in Colonia Libertad.|1",
        "Un civil a été tué par un tireur embusqué.|1",
        "Unknown reported fatalities coded as 10 and spread across two locations.|5",
        "Fatalities are split across 2 events (8).|8",
        "Unknown fatalities coded as 10 and split between the two events with 5 coded to each.|5",
        "They set fire to the village, burned down 20 huts and killed 15 livestock before being repelled.|0",
        "Les assaillants ont tué une trentaine de têtes de bétail et incendié le village.|0",
        "1 soldier was shot and killed and 1 police officer was injured.|1",
        "The gunmen killed 3 herders and 40 cattle.|3",
        "Trente-trois soldats turcs ont été tués jeudi soir dans des frappes aériennes.|33",
        "Vingt et un civils ont été tués dans le bombardement.|21",
        "Twenty-three people were killed in the attack.|23",
        "Dix-sept soldats ont été tués dans l'embuscade.|17",
        "Au moins 28 Palestiniens, dont dix enfants, ont été tués lundi dans des frappes israéliennes sur Gaza.|28",
        "At least 28 Palestinians, including ten children, were killed on Monday in Israeli strikes on Gaza.|28",
    })
    void countsDeathsAsAcledDoes(String sentence, int expected) {
        assertThat(Fatalities.in(sentence)).isEqualTo(expected);
    }

    @Test
    void woundedAloneIsNoFatality() {
        assertThat(Fatalities.in("A man was wounded by sniper fire in Daraa.")).isZero();
    }

    @Test
    void anArticleBeforeTheKillerCountsNoOneWhenANumberFollowsTheVerb() {
        assertThat(Fatalities.in("A Russian missile strike on a shopping centre in Kremenchuk killed at least 18 "
                + "people.")).isEqualTo(18);
        assertThat(Fatalities.in("Une frappe de missile sur un centre commercial à Krementchouk a tué au moins 18 "
                + "personnes.")).isEqualTo(18);
        assertThat(Fatalities.in("A civilian was killed in Kremenchuk.")).isEqualTo(1);
    }

    /**
     * The cheap test before the coordinated count's regex passes every prefix the regex matches in, on every
     * sentence of real French and English reports, as written and upper-cased, and made-up ones with line
     * terminators before the number and cased "and"/"et".
     */
    @Test
    void theAndTestPassesEveryPrefixTheCoordinatedPatternMatches() throws java.io.IOException {
        java.util.List<String> sentences = new java.util.ArrayList<>(java.util.List.of(
                "Three civilians and 4 fighters were killed.", "Deux civils ET 3 soldats ont été tués.",
                "Two children, AND\n5 women were killed.", "Two men and \r\n4 boys, and\r3 girls and \u2028"
                        + "2 men et \u0085 1 woman, and 7 killed.", "Five fighters, and 3 soldiers died and 2 more"));
        for (String report : org.frontline.TestTexts.asWrittenAndUpperCased("corpus/2018-01-aleppo-khanasir.txt",
                "fusion/offensive/2018-01-20-afp-abou-douhour-fr.txt",
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt",
                "fusion/offensive/2018-01-20-sana-abu-duhur-en.txt")) {
            sentences.addAll(java.util.List.of(report.split("(?<=[.!?])\\s+")));
        }
        int matched = 0;
        for (String sentence : sentences) {
            String folded = org.frontline.AnchoredPattern.fold(sentence);
            for (int end = 0; end <= sentence.length(); end++) {
                if (Fatalities.COORDINATED.pattern().matcher(sentence.substring(0, end)).find()) {
                    assertThat(Fatalities.endsWithAnd(folded, end)).as(sentence + " @" + end).isTrue();
                    matched++;
                }
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(8);
    }
}
