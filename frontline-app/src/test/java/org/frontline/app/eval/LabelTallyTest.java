package org.frontline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LabelTallyTest {
    /** gold A A B C, predicted A B B NONE: F1(A)=2/3, F1(B)=2/3, F1(C)=0; NONE is predicted only. */
    private static LabelTally handWorked() {
        LabelTally tally = new LabelTally();
        tally.add("A", "A");
        tally.add("A", "B");
        tally.add("B", "B");
        tally.add("C", "NONE");
        return tally;
    }

    @Test
    void computesPerLabelF1FromGoldAndPredictedCounts() {
        LabelTally t = handWorked();
        assertThat(t.f1("A")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(t.f1("B")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(t.f1("C")).isZero();
    }

    @Test
    void weightsF1ByGoldSupport() {
        // (2·2/3 + 1·2/3 + 1·0) / 4
        assertThat(handWorked().weightedF1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void averagesMacroF1OverGoldLabelsOnly() {
        // (2/3 + 2/3 + 0) / 3: NONE, never gold, is not averaged in
        assertThat(handWorked().macroF1()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void reportsAccuracyAndN() {
        assertThat(handWorked().scores()).containsEntry("accuracy", 0.5).containsEntry("n", 4);
    }

    @Test
    void scoresAnEmptyRunAsZeroNotNaN() {
        assertThat(new LabelTally().scores()).containsEntry("accuracy", 0.0).containsEntry("weighted_f1", 0.0)
                .containsEntry("macro_f1", 0.0);
    }
}
