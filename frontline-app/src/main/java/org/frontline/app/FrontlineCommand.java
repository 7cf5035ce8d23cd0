package org.frontline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code frontline} command: only dispatches to its subcommands. */
@Command(name = "frontline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Conflict news reports in, geolocated, source-attributed ACLED-style events out.")
public final class FrontlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
