package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontline.FrontlineException;
import org.frontline.app.AppContext;
import org.frontline.app.VersionProvider;
import org.frontline.events.SubEventModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code frontline train FILE.csv --out MODEL.tsv}: trains the sub-event model on ACLED rows (each row's notes
 * coded by the rules alone, ACLED's sub-event type as the answer). The bundled model is this command's output on
 * the dev file; measure a model with {@code frontline eval acled FILE.csv --cv 5}, never on the rows it saw.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train the English sub-event model on an ACLED export's notes and sub-event types.",
            "The shipped model: frontline train ../shared/eval/acled-2020-05-dev.csv --out",
            "  frontline-core/src/main/resources/org/frontline/events/" + SubEventModel.RESOURCE})
public final class TrainCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "An ACLED export with its header row.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL.tsv", description = "Where to write the model.")
    Path out;

    @Option(names = "--json", description = "Print the training summary as one JSON object.")
    boolean json;

    public TrainCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EvalOptions options = new EvalOptions();
        options.json = json;
        EvalRun run = new EvalRun(context, options, spec.commandLine());
        List<AcledRow> rows = AcledRow.readAll(file, run);
        if (rows.isEmpty()) {
            throw new FrontlineException(file + ": no usable ACLED rows to train on");
        }
        List<SubEventModel.Example> examples = new SubEventRuns(run).examples(rows);
        SubEventModel model = SubEventRuns.train(examples);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        } catch (IOException e) {
            throw new FrontlineException("cannot write the model to " + out + ": " + e.getMessage(), e);
        }
        long agree = examples.stream().filter(e -> e.subEventType().equals(e.ruleSubEventType())).count();
        Map<String, Number> summary = new LinkedHashMap<>();
        summary.put("rules_sub_event_type_acc", (double) agree / examples.size());
        summary.put("n", examples.size());
        return run.finish(summary);
    }
}
