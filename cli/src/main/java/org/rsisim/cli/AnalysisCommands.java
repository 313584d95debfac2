package org.rsisim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.rsisim.cli.chart.SobolIndexChart;
import org.rsisim.scenario.report.Numbers;
import org.rsisim.scenario.AnalysisSpecs;
import org.rsisim.scenario.Location;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.ScenarioException;
import org.rsisim.scenario.Suggestions;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Observable;
import org.rsisim.core.stat.Estimate;
import org.rsisim.models.analysis.Calibration;
import org.rsisim.models.analysis.CalibrationReport;
import org.rsisim.models.analysis.CalibrationTarget;
import org.rsisim.models.analysis.PairedComparison;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.models.analysis.ScalarOutput;
import org.rsisim.models.analysis.SensitivityReport;
import org.rsisim.models.analysis.SobolIndex;
import org.rsisim.models.analysis.SobolSensitivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The analysis subcommands of {@code rsisim}: {@code calibrate}, {@code sensitivity} and {@code compare}. Each
 * prints a table (or JSON with {@code --format json}) and returns its exit status: 0, 2 for bad input, 1 otherwise.
 */
final class AnalysisCommands {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisCommands() {
    }

    /**
     * Builds the overrides of an analysis command: its run count and the seed of {@link CommonOptions}; refuses
     * {@code --format csv}, which only {@code run} and {@code sweep} print.
     */
    static Overrides overrides(CommonOptions common, Long runs) {
        if (common.format == CommonOptions.Format.csv) {
            throw new UsageException("--format csv is printed by run and sweep only; use table or json");
        }
        if (runs != null && (runs < 1 || runs > Experiment.MAX_RUNS)) {
            throw new UsageException("--runs " + runs + " must be a whole number in [1, " + Experiment.MAX_RUNS
                    + "]");
        }
        return new Overrides(runs, common.seed, null, null);
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true, description = "Fit a scenario's free parameters to "
            + "its targets ('calibrate' in the file), on common random numbers.")
    static final class Calibrate implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "FILE", description = "A scenario file with a 'calibrate' key.")
        Path file;
        @Option(names = "--runs", paramLabel = "N", converter = RunCount.class, description = "Runs per evaluation (default: the file's "
                + "runs-per-evaluation, else its runs).")
        Long runs;
        @Option(names = "--write", paramLabel = "FILE", description = "Also write the fitted scenario to FILE: the "
                + "scenario resolved, with every free parameter at its fitted value, ready for 'rsisim run'.")
        Path write;
        @picocli.CommandLine.Mixin
        CommonOptions common;

        Calibrate(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws IOException {
            Scenario s = ScenarioCompiler.compile(file);
            if (s.calibrate() == null) {
                throw new ScenarioException(s.source(), "scenario " + s.name() + " has no 'calibrate' (free "
                        + "parameters and targets); add one (see docs/scenarios.md)");
            }
            Calibration c = s.calibration(overrides(common, runs), common.threads());
            CalibrationReport r = c.fit();
            if (write != null) {
                String fitted = "# Fitted by rsisim calibrate " + file + ": " + (r.converged() ? "converged" : "NOT "
                        + "converged") + ", " + (r.targetsMet() ? "every target met" : "some target missed") + ".\n"
                        + s.resolved(r.calibrated(), false);
                java.nio.file.Path parent = write.toAbsolutePath().getParent();
                if (parent != null) {
                    java.nio.file.Files.createDirectories(parent);
                }
                java.nio.file.Files.writeString(write, fitted, java.nio.charset.StandardCharsets.UTF_8);
                session.err().println("Wrote the fitted scenario to " + write);
                if (fitted.contains("'scaled(")) {
                    session.err().println("Note: a free parameter fitted 'as: scale' has no form in the scenario "
                            + "language yet; " + write + " writes it as the library's description in quotes, which "
                            + "'rsisim run' refuses: replace it by hand");
                }
            }
            session.out().print(common.format == CommonOptions.Format.json ? json(AnalysisJson.Calibration.of(s, r))
                    : calibrationTable(s, r));
            return 0;
        }
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true, description = "Sobol first-order and "
            + "total-effect indices of an output with respect to a scenario's uncertain parameters.")
    static final class Sensitivity implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a bundled scenario.")
        String scenario;
        @Option(names = "--metric", paramLabel = "METRIC", description = "Analyse the mean of this metric.")
        String metric;
        @Option(names = "--event", paramLabel = "EVENT", description = "Analyse P(EVENT by --by).")
        String event;
        @Option(names = "--by", paramLabel = "TIME", description = "The time of P(EVENT by TIME).")
        Double by;
        @Option(names = "--samples", paramLabel = "N", description = "Rows N of each Saltelli matrix, a power of "
                + "two; N (k + 2) model runs (default: the file's, else 1024).")
        Long samples;
        @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for the intervals "
                + "(default: the file's, else 1000).")
        Integer bootstrap;
        @Option(names = "--out", paramLabel = "DIR", description = "Write the chart of the indices (PNG and SVG) "
                + "and the JSON into DIR.")
        Path out;
        @picocli.CommandLine.Mixin
        CommonOptions common;

        Sensitivity(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws IOException {
            Scenario s = Runner.resolve(scenario);
            Experiment e = s.experiment(overrides(common, null));
            AnalysisSpecs.Sensitivity spec = s.sensitivity();
            ScalarOutput output = output(e, spec);
            int n = samples != null ? AnalysisSpecs.samples(samples, Location.startOf("--samples"), "--samples")
                    : spec != null && spec.samples() != null ? spec.samples() : 1024;
            int b = bootstrap != null ? bootstrap : spec != null && spec.bootstrap() != null ? spec.bootstrap() : 1000;
            if (bootstrap != null && (bootstrap < 100 || bootstrap > 100_000)) {
                throw new UsageException("--bootstrap " + bootstrap + " must lie in [100, 100000]");
            }
            SobolSensitivity analysis;
            try {
                analysis = SobolSensitivity.builder(e, output).baseSamples(n).bootstrapResamples(b)
                        .threads(common.threads()).build();
            } catch (IllegalArgumentException ex) {
                // a refused option (such as redraw) is located at its key; anything else at the sensitivity spec
                throw new ScenarioException(ex instanceof InvalidValueException iv
                        && Experiment.REDRAW.equals(iv.name()) ? s.locate(ex)
                        : spec != null ? spec.location() : s.source(), ex.getMessage(), ex);
            }
            SensitivityReport r = analysis.analyse(new SplitMix64(e.seed()));
            AnalysisJson.Sensitivity json = AnalysisJson.Sensitivity.of(s, r);
            session.out().print(common.format == CommonOptions.Format.json ? json(json) : sensitivityTable(r));
            if (out != null) {
                List<Path> files = new ArrayList<>(session.graphics().available() ? SobolIndexChart.write(r, out)
                        : List.of());
                java.nio.file.Files.createDirectories(out);
                Path j = out.resolve("sensitivity.json");
                java.nio.file.Files.writeString(j, json(json));
                files.add(j);
                session.err().println("Wrote " + files.size() + " files to " + out);
            }
            return 0;
        }

        private ScalarOutput output(Experiment e, AnalysisSpecs.Sensitivity spec) {
            if (metric != null && event != null) {
                throw new UsageException("give --metric or --event, not both");
            }
            if (by != null && event == null) {
                throw new UsageException("--by needs --event");
            }
            if (metric != null) {
                return ScalarOutput.metric(observable(e, metric, Observable.Kind.METRIC, "--metric"));
            }
            if (event != null) {
                String name = observable(e, event, Observable.Kind.EVENT, "--event");
                if (by == null || !Double.isFinite(by)) {
                    throw new UsageException("--event " + name + " needs --by TIME, a finite time");
                }
                return ScalarOutput.eventBy(name, by);
            }
            if (spec != null && spec.output() != null) {
                return spec.output();
            }
            throw new UsageException("say what to analyse: --metric NAME or --event NAME --by TIME, or "
                    + "'sensitivity: {metric: NAME}' in the file; metrics: " + names(e, Observable.Kind.METRIC)
                    + ", events: " + names(e, Observable.Kind.EVENT));
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare two scenarios on common random "
            + "numbers: differences B - A with paired intervals and the variance reduction factor.")
    static final class Compare implements Callable<Integer> {
        private final Session session;
        @Parameters(index = "0", paramLabel = "A", description = "Scenario A (file or bundled name), the reference.")
        String a;
        @Parameters(index = "1", paramLabel = "B", description = "Scenario B; differences are B - A.")
        String b;
        @Option(names = "--runs", paramLabel = "N", converter = RunCount.class, description = "Pairs to run (default: A's runs).")
        Long runs;
        @Option(names = "--out", paramLabel = "DIR", description = "Write both scenarios' event and series charts "
                + "overlaid, the paired differences, and compare.html here.")
        java.nio.file.Path out;
        @picocli.CommandLine.Mixin
        CommonOptions common;

        Compare(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws IOException {
            Scenario sa = Runner.resolve(a);
            Scenario sb = Runner.resolve(b);
            Overrides o = overrides(common, runs);
            Experiment ea = sa.experiment(o);
            Experiment eb = sb.experiment(o).toBuilder().seed(ea.seed()).build().withRuns(ea.runs());
            PairedComparison pc;
            try {
                pc = PairedComparison.of(ea, eb);
            } catch (IllegalArgumentException ex) {
                throw new UsageException("cannot compare " + sa.name() + " with " + sb.name() + ": " + ex.getMessage());
            }
            PairedReport r = pc.compare(common.engine());
            session.out().print(common.format == CommonOptions.Format.json ? json(AnalysisJson.Compare.of(r))
                    : compareTable(r, sa.observables()));
            if (out != null) {
                // each side alone, same seed and runs: the pairs' own runs, for the event curves and fan charts
                org.rsisim.core.Engine engine = common.engine();
                List<java.nio.file.Path> files = org.rsisim.cli.chart.CompareReport.write(r, engine.run(ea),
                        engine.run(eb), out);
                session.err().println("Wrote " + files.size() + " files to " + out);
            }
            return 0;
        }
    }

    static String observable(Experiment e, String name, Observable.Kind kind, String option) {
        List<String> names = names(e, kind);
        if (!names.contains(name)) {
            throw new UsageException(option + " " + name + ": model " + e.model().name() + " has no "
                    + kind.name().toLowerCase(Locale.ROOT) + " '" + name + "'" + Suggestions.didYouMean(name, names)
                    + "; " + kind.name().toLowerCase(Locale.ROOT) + "s: " + names);
        }
        return name;
    }

    private static List<String> names(Experiment e, Observable.Kind kind) {
        return e.model().observables().stream().filter(o -> o.kind() == kind).map(Observable::name).toList();
    }

    // ---- calibrate ----

    static String calibrationTable(Scenario s, CalibrationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Calibration of %s (model %s): %s%n", s.name(), s.modelName(),
                (r.converged() ? "converged" : "not converged") + ", " + (r.targetsMet() ? "every target met"
                        : "some target missed")));
        sb.append(String.format(Locale.ROOT, "  %s%n", r.status()));
        sb.append(String.format(Locale.ROOT, "  %d runs per evaluation on common random numbers, %d evaluations, "
                + "seed %d%n%n", r.runsPerEvaluation(), r.evaluations(), r.calibrated().seed()));
        sb.append(String.format(Locale.ROOT, "  %-28s %12s  %-21s %s%n", "free parameter", "fitted", "bounds",
                "form"));
        for (CalibrationReport.FittedValue f : r.fitted()) {
            sb.append(String.format(Locale.ROOT, "  %-28s %12s  %-21s %s%n", f.parameter(),
                    Numbers.significant(f.value(), 5), "[" + plain(f.lower()) + ", " + plain(f.upper()) + "]" + (f.atBound() ? " *" : ""),
                    org.rsisim.scenario.DistributionText.inText(f.form())));
        }
        sb.append(String.format(Locale.ROOT, "%n  %-36s %9s %9s %18s%n", "target", "wanted", "achieved",
                "residual ± 95 %"));
        for (CalibrationReport.TargetFit t : r.targets()) {
            int d = Numbers.decimalsFor(t.standardError());
            sb.append(String.format(Locale.ROOT, "  %-36s %9s %9s %18s%n", label(s.observables(), t.target()),
                    Numbers.significant(t.target().value(), 4), Numbers.rounded(t.achieved(), d),
                    unsigned(Numbers.rounded(t.residual(), d)) + " ± " + Numbers.rounded(1.96 * t.standardError(), d)));
        }
        if (r.fitted().stream().anyMatch(CalibrationReport.FittedValue::atBound)) {
            sb.append("  * on a bound: the targets may need a value outside the bounds\n");
        }
        if (r.excludedRuns() > 0) {
            sb.append(String.format(Locale.ROOT, "  %d runs at the fitted values diverged, failed or lacked a "
                    + "targeted metric and were left out%n", r.excludedRuns()));
        }
        return sb.toString();
    }

    /** A bound as written: four significant digits without trailing zeros. */
    private static String plain(double v) {
        return Numbers.significant(v, 4).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** Drops the sign of a number that rounds to zero, such as {@code -0.000}. */
    private static String unsigned(String rounded) {
        return rounded.matches("-0(\\.0*)?") ? rounded.substring(1) : rounded;
    }

    private static String label(List<Observable> observables, CalibrationTarget t) {
        return switch (t.kind()) {
            case EVENT_PROBABILITY -> "P(" + t.observable() + " by " + Numbers.byLabel(unit(observables,
                    t.observable()), t.time()) + ")";
            case METRIC_MEAN -> "mean " + t.observable();
            default -> "q" + Numbers.significant(t.level(), 3) + " " + t.observable();
        };
    }

    /** The unit of an observable of a model, or the empty text if the model has none of that name. */
    static String unit(List<Observable> observables, String name) {
        return observables.stream().filter(o -> o.name().equals(name)).map(Observable::unit).findFirst().orElse("");
    }

    // ---- sensitivity ----

    static String sensitivityTable(SensitivityReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Sobol sensitivity of %s in %s%n", r.output(), r.experiment()));
        sb.append(String.format(Locale.ROOT, "  N = %d scrambled Sobol rows (%d used), %d model runs, seed %d; "
                + "mean %s, variance %s%n", r.baseSamples(), r.rowsUsed(), r.modelRuns(), r.seed(),
                Numbers.significant(r.outputMean(), 4), Numbers.significant(r.outputVariance(), 4)));
        sb.append(String.format(Locale.ROOT, "  95 %% intervals: percentile bootstrap over %d resamples of the rows%n%n",
                r.bootstrapResamples()));
        sb.append(String.format(Locale.ROOT, "  %-28s %-24s %s%n", "parameter", "first-order S1 [95 %]",
                "total effect ST [95 %]"));
        for (SobolIndex i : r.byTotalEffect()) {
            String name = i.parameter();
            if (name.length() > 28) {
                sb.append("  ").append(name).append('\n');
                name = "";
            }
            sb.append(String.format(Locale.ROOT, "  %-28s %-24s %s", name,
                    interval(i.firstOrder()), interval(i.totalEffect())).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String interval(Estimate e) {
        return String.format(Locale.ROOT, "%6s [%s, %s]", Numbers.rounded(e.value(), 3),
                Numbers.rounded(e.lower(), 3), Numbers.rounded(e.upper(), 3));
    }

    // ---- compare ----

    static String compareTable(PairedReport r, List<Observable> observables) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Paired comparison: B = %s against A = %s%n", r.b(), r.a()));
        sb.append(String.format(Locale.ROOT, "  %d pairs on common random numbers (run i of B draws run i's random "
                + "numbers of A),%n  seed %d; %d pairs diverged, %d failed%n%n", r.completedPairs(),
                r.result().manifest().seed(), r.divergedPairs(), r.failedPairs()));
        sb.append(String.format(Locale.ROOT, "  %-30s %10s %10s %30s %7s%n", "quantity", "A", "B",
                "B - A [95 % paired CI]", "VRF"));
        for (PairedDifference d : r.differences()) {
            int dd = Numbers.decimalsFor(d.difference().stderr());
            int da = Numbers.decimalsFor(d.a().stderr());
            int db = Numbers.decimalsFor(d.b().stderr());
            String event = d.isEvent() ? d.quantity().substring(0, d.quantity().lastIndexOf("<=")) : "";
            String q = d.isEvent() ? "P(" + event + " by " + Numbers.byLabel(unit(observables, event), d.time()) + ")"
                    : "mean " + d.quantity();
            if (q.length() > 30) {
                sb.append("  ").append(q).append('\n');
                q = "";
            }
            sb.append(String.format(Locale.ROOT, "  %-30s %10s %10s %30s %7s%n", q,
                    Numbers.rounded(d.a().value(), da), Numbers.rounded(d.b().value(), db),
                    unsigned(Numbers.rounded(d.difference().value(), dd)) + " [" + Numbers.rounded(d.difference().lower(), dd)
                            + ", " + Numbers.rounded(d.difference().upper(), dd) + "]",
                    Numbers.significant(d.varianceReductionFactor(), 3)));
        }
        sb.append("  VRF: variance reduction factor (Var A + Var B) / Var(B - A): how many times more runs\n"
                + "  independent samples would need for the same precision (inf: B - A is the same in every pair)\n");
        return sb.toString();
    }

    // ---- JSON ----

    /** Writes a document of {@link AnalysisJson} with Jackson, indented, ending with a line separator. */
    static String json(Object document) {
        try {
            return JSON.writeValueAsString(document) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
