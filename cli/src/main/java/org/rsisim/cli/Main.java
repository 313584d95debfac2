package org.rsisim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rsisim.cli.chart.XChartReports;
import org.rsisim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code rsisim} command: run scenario files and bundled scenarios, sweep them, validate them, and describe the
 * models. Exit status: 0 on success, 2 for bad input (a scenario file, an option, a name), 1 for any other failure,
 * 130 when Ctrl-C stopped a run after its partial result was written. Errors are one line on standard error; a
 * stack trace is printed only with {@code --debug}.
 */
@Command(name = "rsisim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Monte Carlo simulation of recursive self-improvement: write a scenario, get a report.",
        subcommandsRepeatable = false)
public final class Main {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for any other failure. */
    public static final int FAILURE = 1;

    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();
    /**
     * How long Ctrl-C waits for the report of the finished runs to be written: the charts of a large result take tens
     * of seconds on a loaded machine, and the Java runtime halts when the shutdown hook returns.
     */
    private static final long REPORT_WAIT_MILLIS = 600_000;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean debug;

    /**
     * Runs the command and exits with its status. Ctrl-C cancels the running experiment; the partial result is
     * written before the program ends.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        Session session = new Session(out, err, Terminal.standardError(), XChartReports.installed());
        Thread hook = new Thread(() -> {
            SHUTTING_DOWN.set(true);
            session.interrupt(REPORT_WAIT_MILLIS);
        }, "rsisim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = execute(session, args);
        session.finish();
        out.flush();
        err.flush();
        if (!SHUTTING_DOWN.get()) {
            System.exit(status);
        }
    }

    /**
     * Runs the command in a session without exiting. Used by {@link #main} and by tests.
     *
     * @param session the session (streams, terminal, chart writer)
     * @param args the command line
     * @return the exit status
     */
    public static int execute(Session session, String... args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.addSubcommand(new Commands.Run(session));
        cl.addSubcommand(new Commands.Sweep(session));
        cl.addSubcommand(new Commands.Validate(session));
        cl.addSubcommand(new Commands.Models(session));
        cl.addSubcommand(new Commands.Describe(session));
        cl.addSubcommand(new Commands.Scenarios(session));
        cl.addSubcommand(new Commands.Show(session));
        cl.addSubcommand(new Commands.Report(session));
        cl.addSubcommand(new ServeCommand(session));
        cl.addSubcommand(new AnalysisCommands.Calibrate(session));
        cl.addSubcommand(new AnalysisCommands.Sensitivity(session));
        cl.addSubcommand(new AnalysisCommands.Compare(session));
        cl.addSubcommand(new RareCommand(session));
        cl.addSubcommand(new CommandLine(new ImportCommands.Import(session))
                .addSubcommand(new ImportCommands.Aifm(session)));
        cl.addSubcommand(new PriorsCommand(session));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(new java.io.PrintWriter(session.out(), true));
        cl.setErr(new java.io.PrintWriter(session.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            session.err().println("rsisim: " + oneLine(e.getMessage()));
            if (!(e instanceof CommandLine.UnmatchedArgumentException u && u.isUnknownOption())) {
                session.err().println("Usage: " + e.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help for the options");
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            int status;
            String message;
            if (e instanceof ScenarioException se) {
                status = BAD_INPUT;
                message = se.getMessage();
            } else if (e instanceof UsageException) {
                status = BAD_INPUT;
                message = e.getMessage();
            } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                status = FAILURE;
                message = "cannot write the report: " + e.getMessage();
            } else {
                status = FAILURE;
                message = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            session.err().println("rsisim: " + oneLine(message));
            if (main.debug || java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(session.err());
            }
            return status;
        });
        if (args.length == 0) {
            cl.usage(session.out());
            return BAD_INPUT;
        }
        return cl.execute(args);
    }

    private static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** Reads the version from the core library. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rsisim " + org.rsisim.core.Manifest.libraryVersion()};
        }
    }
}
