package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.Json;
import org.frontline.app.VersionProvider;
import org.frontline.article.Article;
import org.frontline.article.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline eval gold DIR}: recall of the required places, actors, sources and events of gold files. */
@Command(name = "gold", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score against hand-coded gold files (recall of required places, actors, sources, events).",
            "Reads every *.json in DIR (shared/gold format) and the article each names, relative to DIR's parent."})
public final class GoldEvalCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    EvalOptions options;

    @Parameters(paramLabel = "DIR", description = "A directory of gold *.json files.")
    Path dir;

    public GoldEvalCommand(AppContext context) {
        this.context = context;
    }

    /** A gold file with the article it codes. */
    private record Case(String name, GoldFile gold, Article article) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EvalRun run = new EvalRun(context, options, spec.commandLine());
        ObjectMapper mapper = Json.newMapper();
        List<Case> cases = new ArrayList<>();
        for (Path file : goldFiles()) {
            try {
                GoldFile gold = readGold(mapper, file);
                cases.add(new Case(file.getFileName().toString(), gold, article(file, gold)));
            } catch (FrontlineException e) {
                run.reject(e.getMessage());
            }
        }
        List<Batch.Outcome> outcomes = run.extract(cases.stream().map(Case::article).toList(), "articles");
        GoldTally tally = new GoldTally();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (outcomes.get(i).failure() != null) {
                run.reject(c.name() + ": extraction failed, not scored: " + outcomes.get(i).failure());
            } else {
                tally.add(c.name(), c.gold(), outcomes.get(i).extraction());
            }
        }
        int code = run.finish(tally.scores());
        if (!options.json && !tally.missed().isEmpty()) {
            spec.commandLine().getOut().println();
            tally.missed().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
        }
        return code;
    }

    private List<Path> goldFiles() {
        if (!Files.isDirectory(dir)) {
            throw new FrontlineException(dir + ": not a directory of gold files");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new FrontlineException(dir + ": cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static GoldFile readGold(ObjectMapper mapper, Path file) {
        try {
            return mapper.readValue(file.toFile(), GoldFile.class);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw new FrontlineException(file + ": not a gold file: " + why.lines().findFirst().orElse(why), e);
        }
    }

    /** The article the gold file names, with the gold's language, date and publisher where the reader found none. */
    private Article article(Path goldFile, GoldFile gold) {
        Path path = dir.toAbsolutePath().normalize().getParent().resolve(gold.text());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FrontlineException(goldFile + ":text: cannot read the article " + path + ": " + e.getMessage(), e);
        }
        List<Article> read = context.articles().read(path.toString(), bytes, InputFormat.AUTO).articles();
        if (read.isEmpty()) {
            throw new FrontlineException(goldFile + ":text: no article could be read from " + path);
        }
        Article a = read.get(0);
        return new Article(a.id(), goldFile.getFileName().toString(), a.source() != null ? a.source() : gold.publisher(),
                a.published() != null ? a.published() : gold.published(),
                a.language() != null ? a.language() : gold.language(), a.title(), a.body());
    }
}
