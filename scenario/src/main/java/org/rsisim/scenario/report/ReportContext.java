package org.rsisim.scenario.report;

import java.util.List;
import java.util.Objects;
import org.rsisim.core.Result;

/**
 * Everything a report writer (table, JSON, CSV, charts, HTML page) needs to describe one scenario's outcome.
 * Immutable value; safe to share between threads.
 *
 * @param scenarioName the scenario's name, shown in titles and captions
 * @param result the result of the scenario's experiment (for a sweep, the run at the scenario's own values)
 * @param sweep the sweep points in the order they were run; empty when the scenario has no sweep
 * @param resolvedScenario the scenario as it ran, as a self-contained scenario file that reproduces the result
 *        ({@code Scenario.resolved}); empty when unknown (a result read from a file written before it was kept)
 */
public record ReportContext(String scenarioName, Result result, List<SweepPoint> sweep, String resolvedScenario) {

    /**
     * Checks that nothing is null and copies the sweep list into an immutable one.
     *
     * @throws NullPointerException if any component is null
     */
    public ReportContext {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(resolvedScenario, "resolvedScenario");
        sweep = List.copyOf(sweep);
    }

    /**
     * Returns a context without the resolved scenario.
     *
     * @param scenarioName the scenario's name
     * @param result its result
     * @param sweep the sweep points; may be empty
     */
    public ReportContext(String scenarioName, Result result, List<SweepPoint> sweep) {
        this(scenarioName, result, sweep, "");
    }

    /**
     * Returns this context with the scenario that produced it.
     *
     * @param yaml the resolved scenario file's text
     * @return a new context
     */
    public ReportContext withResolvedScenario(String yaml) {
        return new ReportContext(scenarioName, result, sweep, yaml);
    }

    /**
     * Returns a context for a scenario without a sweep.
     *
     * @param scenarioName the scenario's name
     * @param result its result
     * @return the context, with an empty sweep
     */
    public static ReportContext of(String scenarioName, Result result) {
        return new ReportContext(scenarioName, result, List.of());
    }
}
