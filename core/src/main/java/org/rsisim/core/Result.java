package org.rsisim.core;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.SeriesBands;

/**
 * The outcome of an experiment: every estimate with its Monte Carlo error, run counts, and a {@link Manifest}.
 * Immutable; it holds data only, and report writers format it.
 *
 * <p>Runs are counted in three disjoint groups: {@code completed} runs enter every statistic; {@code diverged} runs
 * (a NaN or infinity, or a blow-up the model signalled) and {@code failed} runs (the model threw) enter none, and
 * are reported here with the step where they diverged and the first failure messages. With the redraw option
 * ({@link Experiment.Builder#redraw}) the parameter draws that the model rejected are counted apart from the runs:
 * a rejected draw is not a run, and a run whose every draw was rejected is a diverged run.
 *
 * @param manifest what produced the result
 * @param metrics metric summaries by name, in the model's declaration order
 * @param events event summaries by name
 * @param series series bands by name
 * @param completed runs counted in the statistics
 * @param diverged runs that diverged
 * @param failed runs whose model threw
 * @param divergedAtStep diverged runs by the step at which they diverged (-1 when not known)
 * @param failures the first few failure messages, with their run index
 * @param convergence whether the precision target was met, or {@code null} without a target
 * @param rejectedDraws parameter draws that the model rejected and the engine drew again (0 without the redraw
 *        option), including the draws of runs that exhausted their draws
 */
public record Result(Manifest manifest, Map<String, MetricSummary> metrics, Map<String, EventSummary> events,
                     Map<String, SeriesBands> series, long completed, long diverged, long failed,
                     Map<Integer, Long> divergedAtStep, List<String> failures, Convergence convergence,
                     long rejectedDraws)
        implements Serializable {

    /**
     * Copies the collections into immutable ones.
     */
    public Result {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        divergedAtStep = Collections.unmodifiableMap(new TreeMap<>(divergedAtStep));
        failures = List.copyOf(failures);
    }

    /**
     * Creates a result without rejected draws, as every experiment without the redraw option has.
     *
     * @param manifest what produced the result
     * @param metrics metric summaries by name
     * @param events event summaries by name
     * @param series series bands by name
     * @param completed runs counted in the statistics
     * @param diverged runs that diverged
     * @param failed runs whose model threw
     * @param divergedAtStep diverged runs by step
     * @param failures the first few failure messages
     * @param convergence whether the precision target was met, or {@code null}
     */
    public Result(Manifest manifest, Map<String, MetricSummary> metrics, Map<String, EventSummary> events,
                  Map<String, SeriesBands> series, long completed, long diverged, long failed,
                  Map<Integer, Long> divergedAtStep, List<String> failures, Convergence convergence) {
        this(manifest, metrics, events, series, completed, diverged, failed, divergedAtStep, failures, convergence,
                0);
    }

    /**
     * Returns whether the experiment was cancelled before all its runs finished.
     *
     * @return the manifest's partial flag
     */
    public boolean partial() {
        return manifest.partial();
    }

    /**
     * Returns a metric's summary.
     *
     * @param name metric name
     * @return its summary
     * @throws IllegalArgumentException if there is no such metric
     */
    public MetricSummary metric(String name) {
        return find(metrics, name, "metric");
    }

    /**
     * Returns an event's summary.
     *
     * @param name event name
     * @return its summary
     * @throws IllegalArgumentException if there is no such event
     */
    public EventSummary event(String name) {
        return find(events, name, "event");
    }

    /**
     * Returns a series' bands.
     *
     * @param name series name
     * @return its bands
     * @throws IllegalArgumentException if there is no such series
     */
    public SeriesBands series(String name) {
        return find(series, name, "series");
    }

    private static <T> T find(Map<String, T> map, String name, String kind) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + kind + " '" + name + "' in this result; it has " + map.keySet()
                    + " (an experiment that observes some observables leaves the others out: Experiment.observed())");
        }
        return value;
    }

    /**
     * Whether a precision target was met.
     *
     * @param target the target
     * @param achievedHalfWidth the half-width reached by the last merged block
     * @param met {@code true} if it is at most the target's half-width
     */
    public record Convergence(Target target, double achievedHalfWidth, boolean met) implements Serializable {
    }
}
