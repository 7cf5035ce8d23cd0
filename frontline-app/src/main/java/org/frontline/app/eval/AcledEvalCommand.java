package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline eval acled FILE.csv}: each row's notes coded as an article, the first event against the row. */
@Command(name = "acled", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score against an ACLED export (each row's notes coded, first event vs the row).",
            "Reports location_acc161/10 (km from ACLED's point), admin1_acc, event_type_acc, sub_event_type_acc,",
            "actor_f1, fatalities_acc, and the location scores for Middle East and Syria rows."})
public final class AcledEvalCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    EvalOptions options;

    @Parameters(paramLabel = "FILE.csv", description = "An ACLED export with its header row.")
    Path file;

    @Option(names = "--cv", paramLabel = "K", description = {"K-fold cross-validation of the sub-event model on",
        "FILE's rows: each fold is coded by a model trained on the", "other folds (bundled gazetteer and catalogs)."})
    Integer folds;

    @Option(names = "--errors", paramLabel = "FILE.tsv", description = {"Write the rows coded wrong (with error",
        "categories), the sub-event confusion counts and the totals", "per category, for error analysis."})
    Path errors;

    public AcledEvalCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EvalRun run = new EvalRun(context, options, spec.commandLine());
        List<AcledRow> rows = AcledRow.readAll(file, run);
        if (folds != null && (folds < 2 || folds > rows.size())) {
            throw new ParameterException(spec.commandLine(), "--cv K needs 2 <= K <= the number of rows, got " + folds);
        }
        List<Batch.Outcome> outcomes = folds != null ? new SubEventRuns(run).crossValidated(rows, folds)
                : run.extract(rows.stream().map(AcledRow::article).toList(), "rows");
        AcledTally tally = new AcledTally();
        ErrorReport report = new ErrorReport();
        for (int i = 0; i < rows.size(); i++) {
            Batch.Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                run.reject(file + ":" + rows.get(i).line() + ": extraction failed, scored as no event: "
                        + outcome.failure());
            }
            tally.add(rows.get(i), outcome.firstEvent());
            report.add(rows.get(i), outcome.firstEvent());
        }
        if (errors != null) {
            report.write(errors);
        }
        return run.finish(tally.scores());
    }
}
