package org.frontline.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.frontline.FrontlineException;
import org.frontline.app.bench.StoreBench;
import org.frontline.app.control.ControlCommand;
import org.frontline.app.bench.BenchCommand;
import org.frontline.app.demo.DemoCommand;
import org.frontline.app.eval.EvalCommand;
import org.frontline.app.eval.TrainCommand;
import org.frontline.app.extract.ExtractCommand;
import org.frontline.app.gazetteer.GazetteerCommand;
import org.frontline.app.serve.ServeCommand;
import org.frontline.app.store.ExportCommand;
import org.frontline.app.store.IngestCommand;
import picocli.CommandLine;

/**
 * Entry point of the {@code frontline} command. Exit codes (DESIGN §4): 0 ok, 1 some inputs rejected (each named
 * on stderr in one line), 2 usage. The only place that calls {@link System#exit}.
 */
public final class Main {
    private static final int RESERVE = 1 << 20;
    private static final String OUT_OF_MEMORY = "frontline: out of memory: the Java heap is limited to ";
    private static final String OUT_OF_MEMORY_REMEDY = " MB; a large user gazetteer needs more: run with "
            + "FRONTLINE_JAVA_OPTS=-Xmx2g (indexing needs about 1 GB per million places, its snapshot about 0.4 GB)";

    private static final AtomicBoolean OUT_OF_MEMORY_SAID = new AtomicBoolean();
    private static volatile byte[] reserve;

    private Main() {
    }

    /**
     * Says once, whichever thread ran out first, that the heap was too small and how to give more: a user gazetteer
     * of millions of places needs more than the launcher's default heap.
     */
    private static void outOfMemory(PrintWriter err) {
        reserve = null;
        if (OUT_OF_MEMORY_SAID.compareAndSet(false, true)) {
            err.println(new StringBuilder(OUT_OF_MEMORY).append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                    .append(OUT_OF_MEMORY_REMEDY));
            err.flush();
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        // heap kept back to say "out of memory" with: the message needs some, and a pipeline still building on
        // other threads may hold the rest
        reserve = new byte[RESERVE];
        // a loader thread may run out of memory too, even while the error is being reported: any thread's
        // OutOfMemoryError ends the command with the same one line and exit 1; other errors print as the JVM would
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemory(err);
                Runtime.getRuntime().halt(1);
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        try {
            code = commandLine(AppContext.standard(), out, err, args.length > 0 ? args[0] : null).execute(args);
        } catch (OutOfMemoryError e) {
            outOfMemory(err);
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The whole command tree writing to {@code out}/{@code err}; tests call {@code execute} on it. */
    public static CommandLine commandLine(AppContext context, PrintWriter out, PrintWriter err) {
        return commandLine(context, out, err, null);
    }

    /**
     * The command tree for a run whose first argument is {@code first}: when that names a subcommand, the tree holds
     * that one alone, which parses and runs as in the whole tree (the same names, options, usage and errors), while
     * a start reads one command's annotations instead of eleven: picocli's classes are Java 5 bytecode, verified
     * again at every start (the class archive skips them), and its model of the others put the pipeline's build
     * 0.05-0.1 s later in a one-article extraction (docs/performance.md, round 30). Anything else (no argument, an
     * option, a typo that gets a "Did you mean") gets the whole tree.
     */
    static CommandLine commandLine(AppContext context, PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new FrontlineCommand());
        Map<String, Supplier<Object>> subcommands = subcommands(context);
        if (first != null && subcommands.containsKey(first)) {
            cl.addSubcommand(first, subcommands.get(first).get());
        } else {
            subcommands.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Main::reportFailure);
        cl.setParameterExceptionHandler(Main::reportUsage);
        return cl;
    }

    /** Each subcommand by its name, made on demand, in the order the usage lists them. */
    static Map<String, Supplier<Object>> subcommands(AppContext context) {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("extract", () -> new ExtractCommand(context));
        m.put("eval", () -> EvalCommand.commandLine(context));
        m.put("ingest", () -> new IngestCommand(context));
        m.put("export", () -> new ExportCommand(context));
        m.put("demo", () -> new DemoCommand(context));
        m.put("gazetteer", () -> GazetteerCommand.commandLine(context));
        m.put("serve", () -> new ServeCommand(context));
        m.put("control", () -> new ControlCommand(context));
        m.put("bench", () -> new CommandLine(new BenchCommand(context)).addSubcommand(new StoreBench(context)));
        m.put("train", () -> new TrainCommand(context));
        return m;
    }

    /** Picocli's own handler drops the usage when it has a "Did you mean" suggestion; a usage error shows both. */
    private static int reportUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        cl.usage(err);
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
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
