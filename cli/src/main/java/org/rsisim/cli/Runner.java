package org.rsisim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rsisim.cli.report.CsvReport;
import org.rsisim.cli.report.JsonReport;
import org.rsisim.cli.report.ReportContext;
import org.rsisim.cli.report.ReportFiles;
import org.rsisim.cli.report.SweepPoint;
import org.rsisim.cli.report.TableReport;
import org.rsisim.cli.scenario.Overrides;
import org.rsisim.cli.scenario.Scenario;
import org.rsisim.cli.scenario.ScenarioCompiler;
import org.rsisim.cli.scenario.SweepSpec;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Progress;
import org.rsisim.core.Result;
import org.rsisim.models.NamedScenario;
import org.rsisim.models.ScenarioCatalog;

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
        List<NamedScenario> all = ScenarioCatalog.all();
        for (NamedScenario s : all) {
            if (s.name().equals(fileOrName)) {
                return Scenario.of(s);
            }
        }
        List<String> names = all.stream().map(NamedScenario::name).toList();
        throw new UsageException("'" + fileOrName + "' is neither a file nor a bundled scenario"
                + org.rsisim.cli.scenario.Suggestions.didYouMean(fileOrName, names) + "; bundled scenarios: " + names);
    }

    Overrides overrides() {
        if (options.runs != null && (options.runs < 1 || options.runs > Experiment.MAX_RUNS)) {
            throw new UsageException("--runs " + options.runs + " must be a whole number in [1, "
                    + Experiment.MAX_RUNS + "]");
        }
        return new Overrides(options.runs, options.seed, options.precision);
    }

    Engine engine() {
        int threads = options.threads == null ? Runtime.getRuntime().availableProcessors() : options.threads;
        if (threads < 1 || threads > 4096) {
            throw new UsageException("--threads " + threads + " must lie in [1, 4096]");
        }
        return Engine.withThreads(threads);
    }

    void checkPrecision(Scenario scenario) {
        if (options.precision != null) {
            try {
                Overrides.parsePrecision(options.precision, scenario.target());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** Runs a scenario without its sweep and reports it. */
    int run(Scenario scenario) throws IOException {
        checkPrecision(scenario);
        Overrides o = overrides();
        Experiment experiment = scenario.experiment(o);
        Engine engine = engine();
        Result result = execute(engine, experiment, scenario.name());
        ReportContext ctx = ReportContext.of(scenario.name(), scenario.report().filter(result));
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
        Overrides o = overrides();
        Engine engine = engine();
        List<SweepSpec.Point> points = scenario.sweep().points();
        List<Experiment> experiments = new ArrayList<>();
        for (SweepSpec.Point p : points) {
            experiments.add(scenario.experiment(p, o));
        }
        Result base = execute(engine, scenario.experiment(o), scenario.name() + " (base)");
        List<SweepPoint> done = new ArrayList<>();
        for (int i = 0; i < points.size() && !session.interrupted(); i++) {
            SweepSpec.Point p = points.get(i);
            String label = p.label() + " = " + p.value();
            Result r = execute(engine, experiments.get(i), label);
            done.add(new SweepPoint(p.label(), p.value(), scenario.report().filter(r)));
        }
        ReportContext ctx = new ReportContext(scenario.name(), scenario.report().filter(base), done);
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

    private void report(ReportContext ctx) throws IOException {
        String stdout = switch (options.format) {
            case table -> TableReport.format(ctx);
            case json -> JsonReport.format(ctx);
            case csv -> CsvReport.summary(ctx.result());
        };
        session.out().print(stdout);
        session.out().flush();
        if (options.out != null) {
            List<Path> files = ReportFiles.write(ctx, options.out, session.graphics());
            if (!options.quiet) {
                session.err().println(String.format(Locale.ROOT, "Wrote %d report files%s to %s", files.size(),
                        session.graphics().available() ? " and charts" : "", options.out));
            }
        }
        if (ctx.result().partial() && !options.quiet) {
            session.err().println("The result is partial: the run was stopped before it finished.");
        }
    }
}
