package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsCountRateAndEta() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, "rows", 2541);
        assertThat(p.line(500, 20.0)).isEqualTo("  500/2541 rows  25.0 rows/s  eta 1m22s");
        assertThat(p.line(2541, 100.0)).isEqualTo("  2541/2541 rows  25.4 rows/s");
    }

    @Test
    void writesNothingWhenStderrIsNotATerminal() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false, "rows", 3);
        p.step();
        p.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void endsTheProgressLineWhenFinished() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), true, "rows", 1);
        p.step();
        p.finish();
        assertThat(err.toString()).startsWith("\r  1/1 rows").endsWith("\n");
    }
}
