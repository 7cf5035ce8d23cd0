package org.frontline.app.gazetteer;

import java.util.concurrent.Callable;
import org.frontline.app.AppContext;
import org.frontline.app.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code frontline gazetteer}: only dispatches to import. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Manage the user gazetteer (places beyond the bundled ones).")
public final class GazetteerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The gazetteer command with its subcommands. */
    public static CommandLine commandLine(AppContext context) {
        return new CommandLine(new GazetteerCommand()).addSubcommand(new ImportCommand(context));
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: import");
    }
}
