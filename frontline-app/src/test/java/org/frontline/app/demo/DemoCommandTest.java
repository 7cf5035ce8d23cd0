package org.frontline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.frontline.app.Cli;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void listsNoSamplesUntilTheIntegratorAddsThem() throws IOException {
        assertThat(DemoCommand.sampleNames()).isEmpty();
    }

    @Test
    void printsAnEmptyArrayWithoutBuildingThePipelineWhenThereAreNoSamples() {
        Cli.Run run = Cli.run("demo");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("[ ]");
    }
}
