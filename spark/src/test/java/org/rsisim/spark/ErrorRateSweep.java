package org.rsisim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.distribution.Distributions;

/** The example of docs/spark.md: one experiment per alignment error rate, all in one Spark job. */
final class ErrorRateSweep {
    private ErrorRateSweep() {
    }

    /** The error rates the sweep covers. */
    static final double[] ERROR_RATES = {0.01, 0.02, 0.05, 0.10};

    /**
     * Builds the experiment for one error rate; called on the driver and on every executor.
     *
     * @param errorRate mean fidelity lost per generation
     * @return the experiment
     */
    static Experiment experiment(double errorRate) {
        return Experiment.builder(new AlignmentDriftModel(20))
                .name("drift at error rate " + errorRate)
                .runs(10_000)
                .seed(2028)
                .parameter("error_rate", errorRate)
                .parameter("returns", Distributions.uniform(0, 0.3))
                .eventTimes("misaligned", 5, 10, 20)
                .build();
    }

    /**
     * Runs the sweep.
     *
     * @param spark a running Spark context
     * @return one result per error rate, in the order of {@link #ERROR_RATES}
     */
    static List<Result> run(JavaSparkContext spark) {
        SparkEngine engine = SparkEngine.on(spark, 4 * spark.defaultParallelism());
        List<ExperimentRecipe> recipes = new ArrayList<>();
        for (double rate : ERROR_RATES) {
            recipes.add(() -> experiment(rate));
        }
        return engine.sweep(recipes);
    }
}
