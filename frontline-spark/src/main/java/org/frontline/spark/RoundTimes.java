package org.frontline.spark;

import java.util.Arrays;

/**
 * The wall-clock seconds of each round of a scaling run, and what they say once the run has settled. A `local[2]`
 * run settles late: on 10,164 notes (2026-11-30) its rounds kept falling until about round 17 of 30 (2.8 s to 1.0 s)
 * while `local[1]` settled by round 6, most likely because with two tasks the JIT compiles on the very cores the
 * tasks run on, while `local[1]` leaves it the idle core (not traced). A best-of over 15 rounds thus read 1.43x to 1.77x for what the settled rounds
 * put at 1.8x to 1.9x. The settled rounds are the second half of the run; their median is the figure (one lucky
 * round does not make it), their best is printed beside it.
 */
record RoundTimes(double[] seconds) {
    RoundTimes {
        if (seconds.length == 0) {
            throw new IllegalArgumentException("a scaling run needs at least one round");
        }
        seconds = seconds.clone();
    }

    /** The second half of the rounds (the later one when odd, the only one when a single round was run). */
    double[] settled() {
        return Arrays.copyOfRange(seconds, seconds.length / 2, seconds.length);
    }

    /** The median of the settled rounds (the mean of the middle two when their count is even). */
    double median() {
        double[] kept = settled();
        Arrays.sort(kept);
        int m = kept.length / 2;
        return kept.length % 2 == 1 ? kept[m] : (kept[m - 1] + kept[m]) / 2;
    }

    /** The fastest settled round. */
    double best() {
        return Arrays.stream(settled()).min().orElseThrow();
    }
}
