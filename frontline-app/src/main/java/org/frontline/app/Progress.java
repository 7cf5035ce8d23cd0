package org.frontline.app;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress display on stderr ("\r  812/2541 rows  23.4 rows/s  eta 1m14s"), redrawn at most every
 * 250 ms. Thread-safe. A disabled one does nothing, so stdout stays clean and redirected stderr stays readable.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String unit;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private long lastDraw;

    public Progress(PrintWriter err, boolean enabled, String unit, int total) {
        this.err = err;
        this.enabled = enabled;
        this.unit = unit;
        this.total = total;
    }

    /** One more item finished. */
    public void step() {
        int n = done.incrementAndGet();
        if (enabled) {
            draw(n, false);
        }
    }

    /** Draws the final count and ends the line. */
    public void finish() {
        if (enabled) {
            draw(done.get(), true);
        }
    }

    private synchronized void draw(int n, boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(n, (now - startNanos) / 1e9) + (last ? "\n" : ""));
        err.flush();
    }

    /** The text of the line after {@code n} items in {@code seconds}. */
    String line(int n, double seconds) {
        double rate = seconds > 0 ? n / seconds : 0;
        String eta = rate > 0 && n < total ? "  eta " + duration((total - n) / rate) : "";
        return String.format(java.util.Locale.ROOT, "  %d/%d %s  %.1f %s/s%s", n, total, unit, rate, unit, eta);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s" : s + "s";
    }
}
