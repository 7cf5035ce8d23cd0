package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.FrontlineException;
import org.frontline.text.Language;
import org.junit.jupiter.api.Test;

class SubEventModelTest {
    private static final Set<String> ALL = Set.of("Armed clash", "Shelling/artillery/missile attack",
            "Peaceful protest", "Attack");

    /** Rules that always say "Armed clash"; the words tell shelling, protests and attacks apart. */
    private static List<SubEventModel.Example> examples() {
        List<SubEventModel.Example> out = new ArrayList<>();
        String[] places = {"Avdiivka", "Marinka", "Zolote", "Popasna", "Shyrokyne", "Pisky"};
        for (String p : places) {
            out.add(new SubEventModel.Example("On 2 May 2020, the OSCE observed 12 explosions involving unknown "
                    + "weapons near " + p + ".", "Armed clash", "Shelling/artillery/missile attack"));
            out.add(new SubEventModel.Example("On 2 May 2020, clashes erupted between forces and militants near "
                    + p + ".", "Armed clash", "Armed clash"));
            out.add(new SubEventModel.Example("On 2 May 2020, teachers protested in " + p
                    + " demanding their wages. [size=no report]", "Armed clash", "Peaceful protest"));
            out.add(new SubEventModel.Example("On 2 May 2020, gunmen shot dead a farmer in " + p + ". 1 fatality.",
                    "Armed clash", "Attack"));
        }
        return out;
    }

    private static String classify(SubEventModel m, String text) {
        return m.classify(text, "Armed clash", ALL).orElseThrow().subEventType();
    }

    @Test
    void learnsFromTheWordsWhatTheRulesGotWrong() {
        SubEventModel m = SubEventModel.train(examples(), 10, 1);
        assertThat(classify(m, "On 5 May 2020, the OSCE observed 40 explosions involving unknown weapons near Horlivka."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(classify(m, "On 5 May 2020, nurses protested in Kyiv demanding their wages."))
                .isEqualTo("Peaceful protest");
        assertThat(classify(m, "On 5 May 2020, clashes erupted between forces and militants near Horlivka."))
                .isEqualTo("Armed clash");
    }

    @Test
    void choosesOnlyAmongTheAllowedTypes() {
        SubEventModel m = SubEventModel.train(examples(), 10, 1);
        String text = "On 5 May 2020, the OSCE observed 40 explosions involving unknown weapons near Horlivka.";
        assertThat(m.classify(text, "Armed clash", Set.of("Armed clash", "Attack")).orElseThrow().subEventType())
                .isIn("Armed clash", "Attack");
    }

    @Test
    void decidesTheSameAfterARoundTripThroughItsFile() {
        SubEventModel m = SubEventModel.train(examples(), 10, 1);
        StringWriter file = new StringWriter();
        m.write(file);
        SubEventModel read = SubEventModel.read(new StringReader(file.toString()), "model.tsv");
        for (SubEventModel.Example e : examples()) {
            assertThat(read.classify(e.text(), e.ruleSubEventType(), ALL))
                    .map(SubEventModel.Decision::subEventType)
                    .isEqualTo(m.classify(e.text(), e.ruleSubEventType(), ALL).map(SubEventModel.Decision::subEventType));
        }
    }

    @Test
    void namesTheLineOfAMalformedModelFile() {
        assertThatThrownBy(() -> SubEventModel.read(new StringReader("# header\nw=shelled\tArmed clash\n"), "m.tsv"))
                .isInstanceOf(FrontlineException.class).hasMessageStartingWith("m.tsv:2:");
        assertThatThrownBy(() -> SubEventModel.read(new StringReader("w=shelled\tSkirmish\t1.0\n"), "m.tsv"))
                .isInstanceOf(FrontlineException.class).hasMessageContaining("m.tsv:1:").hasMessageContaining("Skirmish");
    }

    @Test
    void leavesFrenchReportsAndTheTypesTheLexiconNamesToTheRules() {
        SubEventChoice choice = new SubEventChoice(SubEventModel.train(examples(), 10, 1), new TriggerLexicon());
        String shelling = "On 5 May 2020, the OSCE observed 40 explosions involving unknown weapons near Horlivka.";
        String folded = org.frontline.AnchoredPattern.fold(shelling);
        Evidence evidence = new Evidence(shelling, folded);
        assertThat(choice.choose(Language.EN, shelling, folded, evidence, true, "Armed clash"))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(choice.choose(Language.FR, shelling, folded, evidence, true, "Armed clash")).isEqualTo("Armed clash");
        assertThat(choice.choose(Language.EN, shelling, folded, evidence, true, "Grenade")).isEqualTo("Grenade");
    }

    @Test
    void aModelWithNoWeightsLeavesEveryDecisionToTheRules() {
        assertThat(SubEventModel.none().classify("anything", "Armed clash", ALL)).isEmpty();
    }

    /**
     * The scoring's sums are the training's, bit for bit (Double.equals compares bits), on real reports, their
     * upper-cased form and a text that repeats its words and pairs (a repeated feature adds its weights once).
     */
    @Test
    void scoresEachLabelAsTheTrainingSumsItToTheLastBit() throws java.io.IOException {
        SubEventModel m = SubEventModel.loadBundled();
        List<String> texts = new ArrayList<>(org.frontline.TestTexts.asWrittenAndUpperCased(
                "fusion/offensive/2018-01-22-sohr-saraqib-en.txt", "corpus/2018-01-aleppo-khanasir.txt"));
        texts.add("Clashes, clashes and clashes: troops shelled troops who shelled troops; 3 killed, 4 killed.");
        texts.add("");
        int labels = 0;
        for (String text : texts) {
            for (String rule : new String[] {null, "Armed clash", "Peaceful protest"}) {
                java.util.Map<String, Double> scored = m.score(text, rule).scored();
                assertThat(scored).as(text).isEqualTo(m.trainingScores(text, rule));
                labels += scored.size();
            }
        }
        assertThat(labels).isGreaterThan(100);
    }
}
