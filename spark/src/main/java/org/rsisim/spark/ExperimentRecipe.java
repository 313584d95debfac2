package org.rsisim.spark;

import java.io.Serializable;
import org.rsisim.core.Experiment;

/**
 * A serialisable way to build an {@link Experiment}: Spark ships the recipe to every executor, which builds the
 * experiment there, because models and distributions need not be {@link Serializable} themselves.
 *
 * <p>A recipe must be a pure function of the values it captures: every call, on the driver or on any executor,
 * must return an experiment with the same {@link Experiment#hash()}. Capture numbers and names (a scenario name, a
 * parameter value), not mutable state, files that differ between machines, or the clock. {@link SparkEngine}
 * checks the hash an executor obtains against the driver's and fails if they differ. The classes the recipe
 * refers to (the model, a scenario catalog) must be on the executors' class path, for instance in the jars given
 * to {@code spark-submit}.
 *
 * <p>Typical recipes are lambdas that capture only values:
 * <pre>{@code
 * ExperimentRecipe recipe = () -> ScenarioCatalog.get("clark-2028").experiment();
 * double rate = 0.05;
 * ExperimentRecipe other = () -> Experiment.builder(new MyModel()).parameter("error_rate", rate).build();
 * }</pre>
 */
@FunctionalInterface
public interface ExperimentRecipe extends Serializable {

    /**
     * Builds the experiment. Called once on the driver per {@link SparkEngine} call, and once per partition on the
     * executors; it should be cheap next to running the partition's share of the runs.
     *
     * @return the experiment, never {@code null}; equal in {@link Experiment#hash()} on every call
     */
    Experiment experiment();
}
