package org.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.article.Article;
import org.frontline.article.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which gazetteer extract builds its pipeline over, and the one stderr line that says so. */
class GazetteerOptionTest {
    @TempDir
    Path dir;

    /** The gazetteer path each pipeline build was given; "bundled" for null. */
    private final List<String> built = new ArrayList<>();

    private Cli.Run extract(Map<String, String> env, String... options) throws IOException {
        Path report = Files.writeString(dir.resolve("a.txt"), "L'armée syrienne a libéré Khanacer.");
        AppContext context = new AppContext(g -> {
            built.add(g == null ? "bundled" : g.toString());
            return Fixtures::khanasir;
        }, (n, b, f) -> new ReadResult(List.of(Article.of("x")), List.of()), InputStream.nullInputStream(), false,
                env, dir.resolve("home"));
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(options));
        args.add(report.toString());
        return Cli.run(context, args.toArray(String[]::new));
    }

    private Path gazetteer(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "not read: the pipeline is a fake");
    }

    @Test
    void usesTheBundledGazetteerSilentlyWhenNoneIsNamed() throws IOException {
        Cli.Run run = extract(Map.of());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(built).containsExactly("bundled");
    }

    @Test
    void usesTheHomeGazetteerWhenItExists() throws IOException {
        Path home = gazetteer("home/.frontline/gazetteer.tsv.gz");
        Cli.Run run = extract(Map.of());
        assertThat(run.err()).isEqualTo("frontline extract: gazetteer " + home + " (from ~/.frontline/gazetteer.tsv.gz)\n");
        assertThat(built).containsExactly(home.toString());
    }

    @Test
    void prefersTheEnvironmentVariableToTheHomeGazetteer() throws IOException {
        gazetteer("home/.frontline/gazetteer.tsv.gz");
        Path env = gazetteer("env.tsv.gz");
        Cli.Run run = extract(Map.of("FRONTLINE_GAZETTEER", env.toString()));
        assertThat(run.err()).isEqualTo("frontline extract: gazetteer " + env + " (from FRONTLINE_GAZETTEER)\n");
        assertThat(built).containsExactly(env.toString());
    }

    @Test
    void prefersTheOptionToTheEnvironmentVariable() throws IOException {
        Path env = gazetteer("env.tsv.gz");
        Path option = gazetteer("option.tsv.gz");
        Cli.Run run = extract(Map.of("FRONTLINE_GAZETTEER", env.toString()), "--gazetteer", option.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(built).containsExactly(option.toString());
    }

    @Test
    void rejectsANamedGazetteerThatDoesNotExistRatherThanFallingBack() throws IOException {
        Cli.Run run = extract(Map.of("FRONTLINE_GAZETTEER", dir.resolve("gone.tsv.gz").toString()));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("gone.tsv.gz (from FRONTLINE_GAZETTEER) does not exist");
        assertThat(built).isEmpty();
    }

    @Test
    void documentsThePrecedenceInHelp() {
        for (String command : List.of("extract", "demo", "eval acled")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertThat(run.out()).as(command).contains("--gazetteer=PATH").contains("$FRONTLINE_GAZETTEER")
                    .contains("~/.frontline/gazetteer.tsv.gz");
        }
    }
}
