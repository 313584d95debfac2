package org.rsisim.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rsisim.core.Model;

/**
 * One generated input of a model: the settings it was built with, the model, a parameter vector, a seed and a run
 * index. Its {@link #toString()} spells out every value (parameters by name, doubles exactly), so a failing
 * property's shrunk sample can be replayed by hand.
 *
 * @param provider name of the model kind that built the model
 * @param settings the settings the model was built with, by name
 * @param model the model
 * @param parameters one value per {@link Model#parameters() parameter}, in order; not copied, do not modify
 * @param seed the experiment seed
 * @param run the run index, {@code >= 0}
 */
public record ModelCase(String provider, Map<String, Double> settings, Model model, double[] parameters, long seed,
                        long run) {

    /**
     * Checks the pieces fit together.
     *
     * @throws IllegalArgumentException if the parameter count differs from the model's or the run is negative
     */
    public ModelCase {
        Objects.requireNonNull(provider, "provider");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(model, "model");
        if (parameters.length != model.parameters().size()) {
            throw new IllegalArgumentException("model " + model.name() + " takes " + model.parameters().size()
                    + " parameters, got " + parameters.length);
        }
        if (run < 0) {
            throw new IllegalArgumentException("run = " + run + " is negative");
        }
    }

    /**
     * Returns the value of a named parameter.
     *
     * @param name parameter name
     * @return its value in this case
     * @throws IllegalArgumentException if the model has no such parameter
     */
    public double parameter(String name) {
        return parameters[model.parameterIndex(name)];
    }

    /**
     * Returns a description of the case: {@code model <name> {settings}, seed <seed>, run <run>, parameters
     * {name=value, ...}}, the settings left out when there are none, every double printed exactly.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "model " + provider + (settings.isEmpty() ? "" : " " + settings) + ", seed " + seed + ", run " + run
                + ", parameters " + Invariants.describe(model, parameters);
    }
}
