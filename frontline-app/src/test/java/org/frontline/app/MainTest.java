package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.app.eval.AcledEvalCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "extract", "eval", "eval acled", "eval case", "eval gold", "demo"})
    void printsHelpForEveryCommand(String command) {
        String[] args = (command + " --help").strip().split(" ");
        Cli.Run run = Cli.run(args);
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith(("Usage: frontline " + command).strip() + " ");
    }

    @Test
    void printsTheBuildVersion() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).matches("frontline \\d+\\.\\d+\\.\\d+.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eval", "extract --bogus x", "extract --out xml x", "extract --in pdf x",
        "eval acled", "eval case a b", "qqqq", "eval gold --threads many dir"})
    void exitsWith2OnUsageErrors(String command) {
        Cli.Run run = Cli.run(command.isEmpty() ? new String[0] : command.split(" "));
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: frontline");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reportsAPipelineThatCannotBeBuiltInOneLineWithExit1(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("one.csv"), AcledEvalCommandTest.HEADER + "\n"
                + "1,,,,9-May-20,2020,1,Battles,Armed clash,A,,1,B,,2,12,Middle East,Syria,Idleb,,,X,35.5,36.6,1,,,"
                + "On 9 May 2020 clashes.,0,,SYR\n");
        Cli.Run run = Cli.run("eval", "acled", csv.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("frontline eval acled: test: the pipeline should not have been built");
        assertThat(run.out()).isEmpty();
    }
}
