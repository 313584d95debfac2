package org.rsisim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rsisim.core.Experiment;
import org.rsisim.core.Observable;
import org.rsisim.core.rare.CrossEntropyStep;
import org.rsisim.core.rare.ImportanceSampling;
import org.rsisim.core.rare.RareEstimate;
import org.rsisim.core.rare.RareEvent;
import org.rsisim.scenario.RareEventSpec;
import org.rsisim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rsisim rare}: the probability of a rare event of a scenario by importance sampling with a cross-entropy
 * shift ({@link ImportanceSampling}), with its standard error, relative error and effective sample size. The event
 * and the settings come from the file's {@code rare-event} key; options override them.
 */
@Command(name = "rare", mixinStandardHelpOptions = true, description = "Probability of a rare event (1e-4 to 1e-12) "
        + "by importance sampling of the uncertain parameters, shifted by cross-entropy iterations; 'rare-event' in "
        + "the file or the options say which event.")
final class RareCommand implements Callable<Integer> {
    private final Session session;
    @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a bundled scenario.")
    String scenario;
    @Option(names = "--metric", paramLabel = "METRIC", description = "The event is METRIC at most --at-most or at "
            + "least --at-least.")
    String metric;
    @Option(names = "--at-most", paramLabel = "LEVEL", description = "The level the metric ends at or below.")
    Double atMost;
    @Option(names = "--at-least", paramLabel = "LEVEL", description = "The level the metric ends at or above.")
    Double atLeast;
    @Option(names = "--event", paramLabel = "EVENT", description = "The event is EVENT by --by.")
    String event;
    @Option(names = "--by", paramLabel = "TIME", description = "The time of EVENT by TIME.")
    Double by;
    @Option(names = "--runs", paramLabel = "N", description = "Final runs (default: the file's, else 100000).")
    Long runs;
    @Option(names = "--pilot-runs", paramLabel = "N", description = "Runs of each cross-entropy iteration "
            + "(default: the file's, else 10000).")
    Integer pilotRuns;
    @Option(names = "--plain", description = "Plain Monte Carlo of the same event: no shift, every weight 1.")
    boolean plain;
    @picocli.CommandLine.Mixin
    CommonOptions common;

    RareCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Scenario s = Runner.resolve(scenario);
        Experiment e = s.experiment(AnalysisCommands.overrides(common, null));
        RareEventSpec file = s.rareEvent();
        RareEvent ev = eventOf(e, file);
        RareEventSpec spec = file == null
                ? new RareEventSpec(ev, null, null, null, null, null, s.source())
                : new RareEventSpec(ev, file.runs(), file.pilotRuns(), file.eliteFraction(), file.maxIterations(),
                        file.shift(), file.location());
        if (plain) {
            spec = new RareEventSpec(ev, spec.runs(), spec.pilotRuns(), spec.eliteFraction(), 0, null,
                    spec.location());
        }
        if (pilotRuns != null) {
            if (pilotRuns < 100 || pilotRuns > ImportanceSampling.MAX_PILOT_RUNS) {
                throw new UsageException("--pilot-runs " + pilotRuns + " must lie in [100, "
                        + ImportanceSampling.MAX_PILOT_RUNS + "]");
            }
            spec = new RareEventSpec(ev, spec.runs(), pilotRuns, spec.eliteFraction(), spec.maxIterations(),
                    spec.shift(), spec.location());
        }
        if (runs != null && (runs < 100 || runs > ImportanceSampling.MAX_RUNS)) {
            throw new UsageException("--runs " + runs + " must lie in [100, " + ImportanceSampling.MAX_RUNS + "]");
        }
        ImportanceSampling is = spec.importanceSampling(e, runs);
        long start = System.nanoTime();
        RareEstimate r = is.estimate(common.engine());
        double seconds = (System.nanoTime() - start) / 1e9;
        session.out().print(common.format == CommonOptions.Format.json
                ? AnalysisCommands.json(Json.of(s.name(), r, seconds)) : table(s.name(), r, plain, seconds));
        return 0;
    }

    private RareEvent eventOf(Experiment e, RareEventSpec file) {
        if (metric == null && event == null) {
            if (atMost != null || atLeast != null || by != null) {
                throw new UsageException("--at-most, --at-least and --by need --metric or --event");
            }
            if (file == null) {
                throw new UsageException("say which event: --metric NAME --at-most LEVEL (or --at-least), or "
                        + "--event NAME --by TIME, or 'rare-event:' in the file (docs/scenarios.md); metrics: "
                        + names(e, Observable.Kind.METRIC) + ", events: " + names(e, Observable.Kind.EVENT));
            }
            return file.event();
        }
        if (metric != null && event != null) {
            throw new UsageException("give --metric or --event, not both");
        }
        RareEvent ev;
        if (metric != null) {
            if ((atMost == null) == (atLeast == null) || by != null) {
                throw new UsageException("--metric " + metric + " needs exactly one of --at-most and --at-least");
            }
            double level = atMost != null ? atMost : atLeast;
            if (!Double.isFinite(level)) {
                throw new UsageException("the level of --metric " + metric + " must be finite, not " + level);
            }
            ev = atMost != null ? RareEvent.metricAtMost(metric, level) : RareEvent.metricAtLeast(metric, level);
        } else {
            if (by == null || !Double.isFinite(by) || atMost != null || atLeast != null) {
                throw new UsageException("--event " + event + " needs --by TIME, a finite time, and no level");
            }
            ev = RareEvent.eventBy(event, by);
        }
        try {
            ev.resolve(e.model());
        } catch (IllegalArgumentException x) {
            throw new UsageException(x.getMessage());
        }
        return ev;
    }

    private static List<String> names(Experiment e, Observable.Kind kind) {
        return e.model().observables().stream().filter(o -> o.kind() == kind).map(Observable::name).toList();
    }

    static String table(String scenario, RareEstimate r, boolean plain, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Rare event %s in %s (%s)%n", r.event(), scenario,
                plain ? "plain Monte Carlo" : r.steps().isEmpty() ? "importance sampling, given shift"
                        : "importance sampling, cross-entropy shift"));
        if (r.hits() == 0) {
            sb.append(String.format(Locale.ROOT, "  no final run was in the event: P is not resolved by %d runs%s%n",
                    r.runs(), plain ? String.format(Locale.ROOT, " (P < %.3g at 95 %% confidence, 3 / runs)",
                            3.0 / r.runs()) : ""));
        } else {
            sb.append(String.format(Locale.ROOT, "  P = %.4g +/- %.2g (95 %% interval [%.4g, %.4g]), relative error"
                    + " %.2f %%%n", r.probability(), r.stderr(), r.estimate().lower(), r.estimate().upper(),
                    100 * r.relativeError()));
        }
        sb.append(String.format(Locale.ROOT, "  %d of %d final runs in the event; effective sample size %.0f;"
                + " largest weight share %.3g%n", r.hits(), r.runs(), r.effectiveSampleSize(), r.maxWeightShare()));
        sb.append(String.format(Locale.ROOT, "  %d model runs in all (%d cross-entropy iterations), seed %d, %.1f s%n",
                r.evaluations(), r.steps().size(), r.seed(), seconds));
        if (r.failedRuns() > 0) {
            sb.append(String.format(Locale.ROOT, "  %d final runs failed or diverged; they count as not in the "
                    + "event%n", r.failedRuns()));
        }
        if (!plain) {
            sb.append("  shift of the normal scores:");
            r.shift().forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.4g", k, v)));
            sb.append(System.lineSeparator());
        }
        int i = 1;
        for (CrossEntropyStep step : r.steps()) {
            sb.append(String.format(Locale.ROOT, "    iteration %2d: level %.4g, %d elite runs, shift", i++,
                    step.level(), step.elite()));
            step.shift().forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.4g", k, v)));
            sb.append(System.lineSeparator());
        }
        if (!r.converged()) {
            sb.append("  warning: the cross-entropy iterations did not reach the event; the estimate is unbiased")
                    .append(System.lineSeparator())
                    .append("  but may be less precise than its standard error says (raise pilot-runs or max-iterations)")
                    .append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** What {@code rsisim rare --format json} prints; {@code relativeError} is null when no run was in the event. */
    record Json(String scenario, String event, double probability, double stderr, double lower, double upper,
                Double relativeError, double effectiveSampleSize, long hits, long runs, long evaluations,
                long failedRuns, double maxWeightShare, Map<String, Double> shift, List<CrossEntropyStep> steps,
                boolean converged, long seed, double seconds) {
        static Json of(String scenario, RareEstimate r, double seconds) {
            return new Json(scenario, r.event().toString(), r.probability(), r.stderr(), r.estimate().lower(),
                    r.estimate().upper(), r.hits() == 0 ? null : r.relativeError(), r.effectiveSampleSize(), r.hits(), r.runs(),
                    r.evaluations(), r.failedRuns(), r.maxWeightShare(), new LinkedHashMap<>(r.shift()), r.steps(),
                    r.converged(), r.seed(), seconds);
        }
    }
}
