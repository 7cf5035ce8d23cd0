package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.TestTexts.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.AnchoredPattern;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The choice skips working out the allowed types when the model's scores cannot overrule the rules: it must choose
 * what the model's decision among the allowed types chooses, on real English reports, their paragraphs and
 * sentences, for every rule type.
 */
class SubEventChoiceTest {
    private static final String[] REPORTS = {"fusion/offensive/2018-01-20-sana-abu-duhur-en.txt",
        "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "fusion/offensive/2018-01-23-ebaa-jarjanaz-en.txt",
        "fusion/offensive/2018-01-21-orient-tall-sultan-en.txt"};
    /** ACLED-style notes, the model's own domain, where it does overrule the rules. */
    private static final String[] NOTES = {
        "On 2 May 2020, the OSCE observed 12 explosions involving unknown weapons near Avdiivka.",
        "On 4 May 2020, unidentified gunmen shot dead a farmer in his field near Kidal. 1 fatality.",
        "On 5 May 2020, teachers protested in front of the governorate building in Basra demanding their unpaid "
            + "wages. [size=no report]",
        "On 6 May 2020, rioters burned tyres and looted shops in Kinshasa after a police officer killed a driver.",
        "On 7 May 2020, an IED planted by Al Shabaab exploded near an AMISOM convoy in Lower Shabelle. 2 soldiers "
            + "were killed.",
        "On 8 May 2020, Russian warplanes carried out airstrikes on Kafr Nabl. 3 civilians were killed.",
        "On 9 May 2020, clashes between the army and HTS near Saraqib left 5 fighters dead."};

    @Test
    void choosesWhatTheDecisionAmongTheAllowedTypesChooses() throws IOException {
        SubEventModel model = SubEventModel.loadBundled();
        TriggerLexicon lexicon = new TriggerLexicon();
        SubEventChoice choice = new SubEventChoice(model, lexicon);
        List<String> texts = new ArrayList<>(List.of(NOTES));
        for (String report : REPORTS) {
            String body = read(report);
            texts.add(body);
            for (String paragraph : body.split("\n")) {
                if (!paragraph.isBlank()) {
                    texts.add(paragraph.strip());
                    texts.addAll(List.of(paragraph.strip().split("(?<=\\.) ")));
                }
            }
        }
        Set<String> rules = new TreeSet<>();
        EventType.SUB_TYPES.values().forEach(rules::addAll);
        int skipped = 0;
        int decided = 0;
        int overruled = 0;
        for (String text : texts) {
            String folded = AnchoredPattern.fold(text);
            for (String rule : rules) {
                String chosen = choice.choose(Language.EN, text, folded, new Evidence(text, folded), true, rule);
                if (SubEventChoice.RULES_DECIDE.contains(rule)) {
                    assertThat(chosen).isEqualTo(rule);
                    continue;
                }
                Set<String> allowed = choice.allowed(text, folded, Language.EN, rule);
                assertThat(allowed).as(rule).contains(rule);
                assertThat(allowed).as(rule).noneMatch(a -> !a.equals(rule) && SubEventChoice.RULES_DECIDE.contains(a));
                String expected = model.classify(text, rule, allowed)
                        .filter(d -> d.subEventType().equals(rule) || d.margin() >= SubEventChoice.MIN_MARGIN)
                        .map(SubEventModel.Decision::subEventType).orElse(rule);
                assertThat(chosen).as(rule + " | " + text).isEqualTo(expected);
                if (model.score(text, rule).mayOverrule(rule, SubEventChoice.MIN_MARGIN, SubEventChoice.RULES_DECIDE)) {
                    decided++;
                } else {
                    skipped++;
                }
                overruled += expected.equals(rule) ? 0 : 1;
            }
        }
        assertThat(skipped).isGreaterThan(100);
        assertThat(decided).isGreaterThan(10);
        assertThat(overruled).isGreaterThan(5);
    }

    @Test
    void aLabelOutscoredByTheMarginMayBeOverruled() {
        SubEventModel model = SubEventModel.loadBundled();
        String note = "On 2 May 2020, the OSCE observed 12 explosions involving unknown weapons near Avdiivka.";
        SubEventModel.Scores scores = model.score(note, "Armed clash");
        assertThat(scores.mayOverrule("Armed clash", Double.NEGATIVE_INFINITY, Set.of())).isTrue();
        assertThat(scores.mayOverrule("Armed clash", Double.POSITIVE_INFINITY, Set.of())).isFalse();
        assertThat(scores.mayOverrule("No such type", 10, Set.of())).isTrue();
        assertThat(scores.mayOverrule("Armed clash", 10, Set.of())).isTrue(); // shelling outscores the clash
        Set<String> others = new TreeSet<>();
        EventType.SUB_TYPES.values().forEach(others::addAll);
        others.remove("Armed clash");
        assertThat(scores.mayOverrule("Armed clash", Double.NEGATIVE_INFINITY, others)).isFalse();
    }
}
