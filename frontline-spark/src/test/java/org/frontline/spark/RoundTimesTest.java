package org.frontline.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoundTimesTest {
    /** The first rounds of a real `local[2]` run (2026-11-30, 10,164 notes): the JIT was still compiling. */
    private static final double[] LOCAL2 = {8.26, 3.09, 2.62, 2.40, 2.26, 2.05, 2.14, 1.96, 1.83, 1.70, 1.55, 1.40,
        1.61, 1.17, 1.22, 1.41, 1.09, 1.00, 1.00, 1.06};

    @Test
    void onlyTheSecondHalfOfTheRoundsCounts() {
        RoundTimes times = new RoundTimes(LOCAL2);
        assertArrayEquals(new double[] {1.55, 1.40, 1.61, 1.17, 1.22, 1.41, 1.09, 1.00, 1.00, 1.06},
                times.settled());
        assertEquals(1.195, times.median(), 1e-9);
        assertEquals(1.00, times.best());
    }

    @Test
    void anOddCountKeepsTheLaterHalfAndItsMiddleRound() {
        RoundTimes times = new RoundTimes(new double[] {9, 3, 2, 5, 1});
        assertArrayEquals(new double[] {2, 5, 1}, times.settled());
        assertEquals(2, times.median());
        assertEquals(1, times.best());
    }

    @Test
    void oneRoundIsItsOwnFigure() {
        RoundTimes times = new RoundTimes(new double[] {4.5});
        assertEquals(4.5, times.median());
        assertEquals(4.5, times.best());
    }

    @Test
    void noRoundIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new RoundTimes(new double[0]));
    }

    @Test
    void theRoundsAreCopiedNotShared() {
        double[] seconds = {3, 2};
        RoundTimes times = new RoundTimes(seconds);
        seconds[1] = 0.1;
        assertEquals(2, times.best());
    }
}
