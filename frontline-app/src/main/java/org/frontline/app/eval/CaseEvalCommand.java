package org.frontline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.VersionProvider;
import org.frontline.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline eval case FILE.tsv}: CASE-2021 task 2 snippets, first event's sub-event type as the label. */
@Command(name = "case", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score against CASE-2021 task 2 snippets (first event's sub-event type as the label).",
            "TSV columns id, EventSnippet, SubType. Reports accuracy, weighted_f1, macro_f1; no event is labelled",
            CaseLabels.NONE + ", the class of everything that is none of the 25 ACLED labels (gold DIPLO, ATTRIB,",
            "ORG_CRIME, MAN_MADE_DISASTER, NATURAL_DISASTER are scored as " + CaseLabels.NONE + ")."})
public final class CaseEvalCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("id", "EventSnippet", "SubType");

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    EvalOptions options;

    @Parameters(paramLabel = "FILE.tsv", description = "Tab-separated, with the header id, EventSnippet, SubType.")
    Path file;

    public CaseEvalCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EvalRun run = new EvalRun(context, options, spec.commandLine());
        List<Table.Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Table.Row row : Table.read(file, Table.TSV, COLUMNS)) {
            if (row.get("EventSnippet").isEmpty()) {
                run.reject(row.bad("EventSnippet", "empty snippet").getMessage());
            } else if (row.get("SubType").isEmpty()) {
                run.reject(row.bad("SubType", "empty label").getMessage());
            } else {
                rows.add(row);
                articles.add(new Article(null, row.get("id"), null, null, "en", null, row.get("EventSnippet")));
            }
        }
        List<Batch.Outcome> outcomes = run.extract(articles, "snippets");
        LabelTally tally = new LabelTally();
        int outsideAcled = 0;
        for (int i = 0; i < rows.size(); i++) {
            Batch.Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                run.reject(file + ":" + rows.get(i).line() + ": extraction failed, scored as no event: "
                        + outcome.failure());
            }
            String gold = rows.get(i).get("SubType");
            boolean outside = !CaseLabels.BY_SUB_EVENT_TYPE.containsValue(gold);
            tally.add(outside ? CaseLabels.NONE : gold, CaseLabels.of(outcome.firstEvent()));
            if (outside) {
                outsideAcled++;
            }
        }
        Map<String, Number> scores = tally.scores();
        scores.put("n_gold_outside_acled", outsideAcled);
        scores.put("n", scores.remove("n"));
        return run.finish(scores);
    }
}
