package org.rsisim.spark;

import java.util.Objects;
import org.rsisim.core.Experiment;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.ScenarioSource;

/**
 * The recipe of a scenario file or bundled scenario: the scenario as read on the driver (its merged tree, which
 * needs no file on the executors) and the values that replace its own, compiled into the experiment wherever it is
 * called. Immutable.
 *
 * @param source the scenario as read
 * @param overrides run count, seed and observed names replacing the scenario's; {@link Overrides#NONE} for none
 */
public record ScenarioRecipe(ScenarioSource source, Overrides overrides) implements ExperimentRecipe {
    private static final long serialVersionUID = 1L;

    /**
     * Validates the record.
     */
    public ScenarioRecipe {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(overrides, "overrides");
    }

    /**
     * Compiles the scenario and builds its experiment with the overrides.
     *
     * @return the experiment
     * @throws org.rsisim.scenario.ScenarioException if the scenario is invalid
     */
    @Override
    public Experiment experiment() {
        return source.compile().experiment(overrides);
    }
}
