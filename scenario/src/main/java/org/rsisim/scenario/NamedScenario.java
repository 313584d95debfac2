package org.rsisim.scenario;

import java.util.Objects;
import org.rsisim.core.Experiment;

/**
 * A documented, calibrated scenario shipped with the library as a scenario file, runnable by name. Immutable.
 *
 * @param name the name, such as {@code clark-2028}
 * @param text the scenario file as shipped (YAML, the language of {@code docs/scenarios.md}); it may
 *        {@code extends} another bundled scenario by name
 * @param scenario the file compiled
 */
public record NamedScenario(String name, String text, Scenario scenario) {
    /**
     * Validates the record.
     */
    public NamedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scenario, "scenario");
    }

    /**
     * Returns what the scenario shows and how its parameters were chosen: the file's {@code description}.
     *
     * @return the description
     */
    public String description() {
        return scenario.description();
    }

    /**
     * Builds the scenario's experiment, with the run count and seed the file gives.
     *
     * @return the experiment
     */
    public Experiment experiment() {
        return scenario.experiment(Overrides.NONE);
    }
}
