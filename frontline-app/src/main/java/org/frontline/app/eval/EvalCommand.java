package org.frontline.app.eval;

import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code frontline eval}: only dispatches to acled, case and gold (DESIGN §6). */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score the pipeline against ACLED, CASE-2021 or gold files (see DESIGN §6).")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The eval command with its subcommands, all running against {@code context}. */
    public static CommandLine commandLine(AppContext context) {
        return new CommandLine(new EvalCommand())
                .addSubcommand(new AcledEvalCommand(context))
                .addSubcommand(new CaseEvalCommand(context))
                .addSubcommand(new GoldEvalCommand(context));
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: acled, case or gold");
    }
}
