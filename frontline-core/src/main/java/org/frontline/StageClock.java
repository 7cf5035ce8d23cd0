package org.frontline;

/**
 * Times the stages of one extraction ({@link Pipeline#extract(org.frontline.article.Article, StageClock)}), for
 * the per-stage cost table of the benchmarks: which stage a speed-up should go after is a measurement, not a
 * guess. The pipeline reads {@link #now()} around each stage and reports the difference; {@link #NONE} costs
 * nothing. An implementation is called from the extracting thread only.
 */
public interface StageClock {
    /** The stages {@link Pipeline} runs, in order ({@link #ACTORS} runs twice when a main country is found). */
    enum Stage { TEXT, ACTORS, CLAIMS, GEOPARSE, EVENTS }

    /** Times nothing. */
    StageClock NONE = new StageClock() {
        @Override
        public long now() {
            return 0;
        }

        @Override
        public void spent(Stage stage, long nanos) {
        }
    };

    /** The current time in nanoseconds on this clock's own scale (wall or the thread's CPU time). */
    long now();

    /** {@code stage} just took {@code nanos} on this clock. */
    void spent(Stage stage, long nanos);
}
