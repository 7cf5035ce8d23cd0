package org.frontline.app.eval;

/** A hit count over a denominator; thread-confined (each tally is filled by one thread). */
final class Ratio {
    private int hits;
    private int n;

    void add(boolean hit) {
        n++;
        if (hit) {
            hits++;
        }
    }

    int n() {
        return n;
    }

    /** hits / n, 0 when n is 0 (so an empty slice reads as "nothing right", never NaN). */
    double value() {
        return n == 0 ? 0 : (double) hits / n;
    }
}
