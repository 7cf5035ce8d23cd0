package org.frontline.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.frontline.FrontlineException;
import org.frontline.app.demo.DemoCommand;
import org.frontline.app.eval.EvalCommand;
import org.frontline.app.extract.ExtractCommand;
import org.frontline.app.gazetteer.GazetteerCommand;
import picocli.CommandLine;

/**
 * Entry point of the {@code frontline} command. Exit codes (DESIGN §4): 0 ok, 1 some inputs rejected (each named
 * on stderr in one line), 2 usage. The only place that calls {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(AppContext.standard(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The whole command tree writing to {@code out}/{@code err}; tests call {@code execute} on it. */
    public static CommandLine commandLine(AppContext context, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new FrontlineCommand());
        cl.addSubcommand(new ExtractCommand(context));
        cl.addSubcommand(EvalCommand.commandLine(context));
        cl.addSubcommand(new DemoCommand(context));
        cl.addSubcommand(GazetteerCommand.commandLine(context));
        cl.addSubcommand(new org.frontline.app.eval.TrainCommand(context));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Main::reportFailure);
        return cl;
    }

    /** A FrontlineException is a rejected input: its one-line message, exit 1. Anything else is a bug: rethrown. */
    private static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof FrontlineException) {
            cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            cl.getErr().flush();
            return 1;
        }
        throw e;
    }
}
