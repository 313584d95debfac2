package org.rsisim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rsisim.scenario.report.CsvReport;
import org.rsisim.scenario.report.JsonReport;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.cli.report.ReportFiles;
import org.rsisim.scenario.report.SweepPoint;
import org.rsisim.cli.report.TableReport;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.Suggestions;
import org.rsisim.scenario.SweepSpec;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Observable;
import org.rsisim.core.Progress;
import org.rsisim.core.Result;
import org.rsisim.core.Target;

/** Runs scenarios and sweeps for the commands, and prints and writes their reports. */
final class Runner {
    /** Exit status of a run stopped by Ctrl-C (128 + SIGINT), after its partial result was written. */
    static final int INTERRUPTED = 130;

    private final Session session;
    private final RunOptions options;

    Runner(Session session, RunOptions options) {
        this.session = session;
        this.options = options;
    }

    /**
     * Finds a scenario: a file if one exists at that path (or the argument looks like a file name), else a bundled
     * scenario by name.
     */
    static Scenario resolve(String fileOrName) {
        Path path = Path.of(fileOrName);
        boolean looksLikeFile = fileOrName.endsWith(".yaml") || fileOrName.endsWith(".yml")
                || fileOrName.contains("/") || fileOrName.contains("\\");
        if (Files.exists(path) || looksLikeFile) {
            return ScenarioCompiler.compile(path);
        }
        List<String> names = ScenarioCatalog.names();
        if (names.contains(fileOrName)) {
            return ScenarioCatalog.get(fileOrName).scenario();
        }
        throw new UsageException("'" + fileOrName + "' is neither a file nor a bundled scenario"
                + Suggestions.didYouMean(fileOrName, names) + "; bundled scenarios: " + names);
    }

    Overrides overrides(Scenario scenario) {
        if (options.runs != null && (options.runs < 1 || options.runs > Experiment.MAX_RUNS)) {
            throw new UsageException("--runs " + options.runs + " must be a whole number in [1, "
                    + Experiment.MAX_RUNS + "]");
        }
        List<String> observe = observe(scenario);
        checkObservedTarget(scenario, observe);
        return new Overrides(options.runs, options.common.seed, options.precision, observe);
    }

    /**
     * Reads {@code --observe}: comma-separated observable names of the scenario's model.
     *
     * @return the names in the model's order, or {@code null} without the option
     */
    private List<String> observe(Scenario scenario) {
        if (options.observe == null) {
            return null;
        }
        List<String> known = scenario.observables().stream().map(Observable::name).toList();
        if (options.observe.isBlank()) {
            throw new UsageException("--observe is empty; give one or more observable names separated by commas; "
                    + "observables: " + known);
        }
        Set<String> chosen = new HashSet<>();
        for (String part : options.observe.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw new UsageException("--observe '" + options.observe + "' has an empty name; separate "
                        + "observable names by single commas; observables: " + known);
            }
            if (!known.contains(name)) {
                throw new UsageException("--observe: model " + scenario.modelName() + " has no observable '" + name
                        + "'" + Suggestions.didYouMean(name, known) + "; observables: " + known);
            }
            chosen.add(name);
        }
        return known.stream().filter(chosen::contains).toList();
    }

    /** Requires the precision target in force (--precision, else the scenario's) to be on an observed observable. */
    private void checkObservedTarget(Scenario scenario, List<String> observe) {
        if (observe == null) {
            return;
        }
        Target target = options.precision == null ? scenario.target()
                : Overrides.parsePrecision(options.precision, scenario.target());
        if (target == null || observe.contains(target.observable())) {
            return;
        }
        if (options.precision != null) {
            throw new UsageException("--precision " + options.precision + " targets '" + target.observable()
                    + "', which --observe leaves out; add it to --observe; observed: " + observe);
        }
        throw new UsageException("the precision target of scenario " + scenario.name() + ", " + target + ", is on '"
                + target.observable() + "', which --observe leaves out; add it to --observe or give another target "
                + "with --precision; observed: " + observe);
    }

    /**
     * Notes on standard error what {@code --observe} and the scenario's {@code report} disagree on: the reports show
     * what both choose, so a name listed in {@code report} but not observed is not shown, nor an observed one of a
     * kind that {@code report} lists without it.
     */
    private void noteReport(Scenario scenario, List<String> observe) {
        if (observe == null || options.quiet) {
            return;
        }
        List<String> dropped = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Observable o : scenario.observables()) {
            List<String> listed = scenario.report().listed(o.kind());
            if (listed == null) {
                continue;
            }
            String what = o.kind().name().toLowerCase(Locale.ROOT) + " " + o.name();
            boolean observed = observe.contains(o.name());
            if (listed.contains(o.name()) && !observed) {
                dropped.add(what);
            } else if (!listed.contains(o.name()) && observed) {
                hidden.add(what);
            }
        }
        if (!dropped.isEmpty()) {
            session.err().println("Note: the scenario's report names " + String.join(", ", dropped)
                    + ", which --observe leaves out; not shown");
        }
        if (!hidden.isEmpty()) {
            session.err().println("Note: --observe keeps " + String.join(", ", hidden)
                    + ", which the scenario's report leaves out; not shown");
        }
    }

    Engine engine() {
        return options.common.engine();
    }

    /**
     * Checks {@code --precision} against the scenario's model before anything runs, so that a mistake is reported
     * as the option's, with the syntax it expects, and not at a place in the scenario file.
     */
    void checkPrecision(Scenario scenario) {
        if (options.precision == null) {
            return;
        }
        Target t;
        try {
            t = Overrides.parsePrecision(options.precision, scenario.target());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Observable.Kind wanted = t.isEvent() ? Observable.Kind.EVENT : Observable.Kind.METRIC;
        List<String> known = scenario.observables().stream().filter(x -> x.kind() == wanted)
                .map(Observable::name).toList();
        if (!known.contains(t.observable())) {
            String kind = wanted.name().toLowerCase(Locale.ROOT);
            throw new UsageException("--precision " + options.precision + ": model " + scenario.modelName()
                    + " has no " + kind + " '" + t.observable() + "'" + (t.observable().contains(":")
                    ? " (did you mean " + options.precision.replaceFirst(":", "@") + "?)"
                    : Suggestions.didYouMean(t.observable(), known))
                    + "; expected " + PRECISION_SYNTAX + "; " + kind + "s: " + known);
        }
    }

    /**
     * Estimates the time of {@code copies} experiments like this one when it has more than
     * {@link RunTime#ESTIMATE_ABOVE} runs: notes it past {@link RunTime#WARN_SECONDS} and refuses past
     * {@link RunTime#REFUSE_SECONDS} unless {@code --no-time-limit}.
     */
    private void checkTime(Engine engine, Experiment experiment, int copies, String what) {
        if (experiment.runs() <= RunTime.ESTIMATE_ABOVE) {
            return;
        }
        double seconds = RunTime.estimateSeconds(engine, experiment) * copies;
        String estimate = String.format(Locale.ROOT, "about %s for %,d %s on %d thread%s (measured on %d runs)",
                RunTime.human(seconds), experiment.runs(), what, engine.threads(), engine.threads() == 1 ? "" : "s",
                Math.min(RunTime.CALIBRATION_RUNS, experiment.runs()));
        if (seconds > RunTime.REFUSE_SECONDS && !options.noTimeLimit) {
            throw new UsageException("refusing a run expected to take " + estimate + ": past one day a run is "
                    + "refused, so that a slip such as runs: 1e12 does not hold the machine for weeks; lower runs "
                    + "(or --runs), set a precision target, or pass --no-time-limit to run it anyway");
        }
        if (seconds > RunTime.WARN_SECONDS && !options.quiet) {
            session.err().println("Note: expected to take " + estimate + "; Ctrl-C stops it and reports the runs "
                    + "that finished");
        }
    }

    /** The forms of {@code --precision}, for error messages. */
    static final String PRECISION_SYNTAX = "EVENT@TIME:HALF_WIDTH (P(EVENT by TIME), for example "
            + "automated_ai_rd@2029:0.002), METRIC:HALF_WIDTH (the metric's mean) or HALF_WIDTH (the scenario's "
            + "own target)";

    /** Runs a scenario without its sweep and reports it. */
    int run(Scenario scenario) throws IOException {
        checkPrecision(scenario);
        if (scenario.sweep() != null && !options.quiet) {
            session.err().println("Note: scenario " + scenario.name() + " has a sweep of "
                    + scenario.sweep().points().size() + " points, which 'rsisim run' leaves out; 'rsisim sweep' "
                    + "runs it");
        }
        Overrides o = overrides(scenario);
        Experiment experiment = scenario.experiment(o);
        noteReport(scenario, o.observe());
        Engine engine = engine();
        checkTime(engine, experiment, 1, "runs");
        Result result = execute(engine, experiment, scenario.name());
        ReportContext ctx = ReportContext.of(scenario.name(), scenario.report().filter(result))
                .withResolvedScenario(scenario.resolved(experiment, false));
        report(ctx);
        return result.partial() && session.interrupted() ? INTERRUPTED : 0;
    }

    /** Runs a scenario and every point of its sweep, with the same seed, and reports them. */
    int sweep(Scenario scenario) throws IOException {
        if (scenario.sweep() == null) {
            throw new UsageException("scenario " + scenario.name() + " (" + scenario.source().file() + ") has no "
                    + "'sweep'; add one (see docs/scenarios.md) or use 'rsisim run'");
        }
        checkPrecision(scenario);
        Overrides o = overrides(scenario);
        Engine engine = engine();
        List<SweepSpec.Point> points = scenario.sweep().points();
        List<Experiment> experiments = new ArrayList<>();
        for (SweepSpec.Point p : points) {
            experiments.add(scenario.experiment(p, o));
        }
        noteReport(scenario, o.observe());
        Experiment baseExperiment = scenario.experiment(o);
        checkTime(engine, baseExperiment, points.size() + 1, "runs at each of the " + (points.size() + 1)
                + " points (the scenario's own and the sweep's)");
        Result base = execute(engine, baseExperiment, scenario.name() + " (base)");
        List<SweepPoint> done = new ArrayList<>();
        for (int i = 0; i < points.size() && !session.interrupted(); i++) {
            SweepSpec.Point p = points.get(i);
            String label = p.label() + " = " + p.value();
            Result r = execute(engine, experiments.get(i), label);
            done.add(new SweepPoint(p.label(), p.value(), scenario.report().filter(r)));
        }
        ReportContext ctx = new ReportContext(scenario.name(), scenario.report().filter(base), done,
                scenario.resolved(baseExperiment, true));
        report(ctx);
        if (done.size() < points.size() && !options.quiet) {
            session.err().println("Sweep stopped after " + done.size() + " of " + points.size() + " points");
        }
        return session.interrupted() ? INTERRUPTED : 0;
    }

    private Result execute(Engine engine, Experiment experiment, String label) {
        Cancellation cancellation = session.newCancellation();
        boolean bar = session.terminal() && !options.quiet;
        if (!bar) {
            return engine.run(experiment, Progress.NONE, cancellation);
        }
        try (ProgressBar pb = new ProgressBarBuilder()
                .setTaskName(label.length() > 24 ? label.substring(0, 23) + "~" : label)
                .setInitialMax(experiment.runs())
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(session.err()))
                .setUpdateIntervalMillis(250)
                .setUnit(" runs", 1)
                .showSpeed()
                .build()) {
            return engine.run(experiment, (doneRuns, planned, nanos) -> pb.stepTo(doneRuns), cancellation);
        }
    }

    /**
     * Counts the files of a report directory: those the report writer listed, and every other file written there
     * since {@code start} (the charts, which the chart writer does not list).
     */
    static long writtenSince(Path dir, long start, List<Path> listed) throws IOException {
        Set<Path> names = new HashSet<>();
        listed.forEach(p -> names.add(p.getFileName()));
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() >= start - 1000) {
                    names.add(p.getFileName());
                }
            }
        }
        return names.size();
    }

    private void report(ReportContext ctx) throws IOException {
        String stdout = switch (options.common.format) {
            case table -> TableReport.format(ctx);
            case json -> JsonReport.format(ctx);
            case csv -> CsvReport.summary(ctx.result());
        };
        session.out().print(stdout);
        session.out().flush();
        if (options.out != null) {
            long start = System.currentTimeMillis();
            List<Path> files = ReportFiles.write(ctx, options.out, session.graphics());
            if (!options.quiet) {
                long written = writtenSince(options.out, start, files);
                session.err().println(String.format(Locale.ROOT, "Wrote %d report files (%d tables, data and "
                        + "page files, %d charts) to %s", written, files.size(), written - files.size(), options.out));
            }
        }
        if (ctx.result().partial() && !options.quiet) {
            session.err().println("The result is partial: the run was stopped before it finished.");
        }
    }
}
