package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.frontline.app.eval.AcledEvalCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /**
     * A run builds the tree of the subcommand its first argument names alone: every subcommand is in it under its
     * own name, and help, usage errors and rejected inputs read exactly as through the tree of all of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"extract --help", "extract --bogus x", "extract --out xml x", "extract /nonexistent/a.txt",
        "eval --help", "eval", "eval acled", "eval gold --threads many dir", "eval case --help", "ingest --help",
        "ingest", "export --help", "demo --help", "demo --bogus", "gazetteer --help", "gazetteer import --help",
        "gazetteer", "serve --help", "serve --port x", "control --help", "bench --help", "bench store --help",
        "bench --threads none", "train --help", "--help", "--version", "", "qqqq", "extrac x"})
    void theTreeOfOneSubcommandRunsAsTheWholeTree(String command) {
        String[] args = command.isEmpty() ? new String[0] : command.split(" ");
        Cli.Run one = Cli.run(Cli.unused(), true, args);
        Cli.Run whole = Cli.run(Cli.unused(), false, args);
        assertThat(one).isEqualTo(whole);
        assertThat(one.out() + one.err()).isNotBlank();
    }

    @Test
    void everySubcommandIsKnownByTheNameItsCommandGivesItself() {
        Map<String, Supplier<Object>> subcommands = Main.subcommands(Cli.unused());
        assertThat(subcommands).hasSize(10);
        subcommands.forEach((name, make) -> {
            Object made = make.get();
            CommandLine cl = made instanceof CommandLine c ? c : new CommandLine(made);
            assertThat(cl.getCommandName()).isEqualTo(name);
        });
        CommandLine extract = Main.commandLine(Cli.unused(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "extract");
        assertThat(extract.getSubcommands()).containsOnlyKeys("extract");
        CommandLine help = Main.commandLine(Cli.unused(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "--help");
        assertThat(help.getSubcommands().keySet()).containsExactlyElementsOf(subcommands.keySet());
    }
}
