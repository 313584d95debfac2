package org.rsisim.models;

import java.util.Objects;
import org.rsisim.core.Experiment;

/**
 * A documented, calibrated scenario shipped with the library, runnable by name.
 *
 * @param name the name, such as {@code clark-2028}
 * @param description what the scenario shows and how its parameters were chosen
 * @param experiment the experiment, with its default run count and seed
 */
public record NamedScenario(String name, String description, Experiment experiment) {
    /**
     * Validates the record.
     */
    public NamedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(experiment, "experiment");
    }
}
