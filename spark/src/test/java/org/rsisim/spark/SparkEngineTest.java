package org.rsisim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Distributions;

/**
 * Runs experiments on a local two-thread Spark and checks they give the same statistics as the local engine. These
 * tests are exact comparisons of deterministic computations with fixed seeds: they have no false-failure rate.
 */
class SparkEngineTest {
    /** Not a multiple of the block size, so the last slice is short. */
    private static final long RUNS = 10_037;
    private static final int BLOCK = 256;

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(localConf("rsisim-spark-test"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A local Spark on two threads that listens on the loopback interface only and serves no web UI. */
    static SparkConf localConf(String name) {
        return new SparkConf().setMaster("local[2]").setAppName(name)
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "2");
    }

    /** The experiment the tests run: uniform priors on both parameters, three requested event times. */
    static Experiment drift(double errorRate, long runs, long seed) {
        return Experiment.builder(new AlignmentDriftModel(20)).name("drift " + errorRate)
                .runs(runs).seed(seed).blockSize(BLOCK)
                .parameter("error_rate", Distributions.uniform(0.5 * errorRate, 1.5 * errorRate))
                .parameter("returns", Distributions.uniform(0, 0.3))
                .eventTimes("misaligned", 5, 10, 20)
                .build();
    }

    /** Asserts that every statistic and run count of two results is equal, bit for bit. */
    static void assertSameStatistics(Result local, Result distributed, String what) {
        assertEquals(local.metrics(), distributed.metrics(), what + ": metrics");
        assertEquals(local.events(), distributed.events(), what + ": events");
        assertEquals(local.series(), distributed.series(), what + ": series");
        assertEquals(local.completed(), distributed.completed(), what + ": completed runs");
        assertEquals(local.diverged(), distributed.diverged(), what + ": diverged runs");
        assertEquals(local.failed(), distributed.failed(), what + ": failed runs");
        assertEquals(local.divergedAtStep(), distributed.divergedAtStep(), what + ": divergence steps");
        assertEquals(local.failures(), distributed.failures(), what + ": failures");
        assertEquals(local.manifest().scenarioHash(), distributed.manifest().scenarioHash(), what + ": hash");
        assertEquals(local.manifest().runs(), distributed.manifest().runs(), what + ": runs executed");
        assertFalse(distributed.partial(), what + ": partial");
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 5})
    void sameStatisticsAsTheLocalEngine(int partitions) {
        long seed = 20_280_101L;
        Result local = Engine.withThreads(2).run(drift(0.05, RUNS, seed));
        Result distributed = SparkEngine.on(spark, partitions).run(() -> drift(0.05, RUNS, seed));
        assertSameStatistics(local, distributed, "seed " + seed + ", " + partitions + " partitions");
        assertEquals(partitions, distributed.manifest().threads());
        // The comparison covers every kind of outcome: counted, censored and diverged runs.
        assertTrue(local.diverged() > 0 && local.completed() > 0, "seed " + seed + ": " + local.diverged()
                + " diverged, " + local.completed() + " completed");
        double censored = local.event("misaligned").censoredFraction();
        assertTrue(censored > 0 && censored < 1, "seed " + seed + ": censored fraction " + censored);
    }

    @Test
    void sliceSizeAndEmptyPartitionsDoNotChangeTheResult() {
        long seed = 7;
        long runs = 3 * BLOCK * 4 + 5;
        Result local = Engine.withThreads(1).run(drift(0.08, runs, seed));
        Result threeBlockSlices = SparkEngine.on(spark, 3).withSliceBlocks(3).run(() -> drift(0.08, runs, seed));
        assertSameStatistics(local, threeBlockSlices, "seed " + seed + ", slices of 3 blocks");
        // 13 slices over 20 partitions: 7 partitions run nothing.
        Result sparse = SparkEngine.on(spark, 20).run(() -> drift(0.08, runs, seed));
        assertSameStatistics(local, sparse, "seed " + seed + ", 20 partitions");
        assertEquals(13, sparse.manifest().threads());
    }

    @Test
    void sweepReturnsOneResultPerRecipeInInputOrder() {
        long seed = 99;
        double[] errorRates = {0.10, 0.02, 0.05};
        long[] runs = {2_000, 5_000, 700};
        List<ExperimentRecipe> recipes = new java.util.ArrayList<>();
        for (int j = 0; j < errorRates.length; j++) {
            double rate = errorRates[j];
            long n = runs[j];
            recipes.add(() -> drift(rate, n, seed));
        }
        List<Result> results = SparkEngine.on(spark, 4).sweep(recipes);
        assertEquals(errorRates.length, results.size());
        for (int j = 0; j < errorRates.length; j++) {
            Experiment e = drift(errorRates[j], runs[j], seed);
            Result local = Engine.withThreads(2).run(e);
            assertSameStatistics(local, results.get(j), "seed " + seed + ", sweep element " + j);
            assertEquals(e.name(), results.get(j).manifest().scenario());
            assertEquals(runs[j], results.get(j).manifest().requestedRuns());
        }
        // Higher error rates lose more fidelity, so the elements are not interchangeable.
        assertTrue(results.get(0).metric("final_fidelity").mean().value()
                < results.get(2).metric("final_fidelity").mean().value());
        assertTrue(results.get(2).metric("final_fidelity").mean().value()
                < results.get(1).metric("final_fidelity").mean().value());
    }

    @Test
    void documentedSweepEqualsLocalRunsOfEachErrorRate() {
        List<Result> results = ErrorRateSweep.run(spark);
        assertEquals(ErrorRateSweep.ERROR_RATES.length, results.size());
        // The experiments share random numbers (same seed and streams), so each run's fidelity falls as the error
        // rate rises: the mean fidelity must fall and P(misaligned by 10) must not, with no chance of a false failure.
        double previousFidelity = Double.POSITIVE_INFINITY;
        double previousP10 = 0;
        for (int j = 0; j < results.size(); j++) {
            double rate = ErrorRateSweep.ERROR_RATES[j];
            Result local = Engine.withThreads(2).run(ErrorRateSweep.experiment(rate));
            assertSameStatistics(local, results.get(j), "seed 2028, error rate " + rate);
            double fidelity = results.get(j).metric("final_fidelity").mean().value();
            double p10 = results.get(j).event("misaligned").probabilityBy(10).p();
            assertTrue(fidelity < previousFidelity && p10 >= previousP10, "seed 2028, error rate " + rate
                    + ": mean final fidelity " + fidelity + " (before: " + previousFidelity
                    + "), P(misaligned by 10) " + p10 + " (before: " + previousP10 + ")");
            previousFidelity = fidelity;
            previousP10 = p10;
        }
        assertTrue(previousP10 > 0, "seed 2028: nobody is misaligned by generation 10 at the highest error rate");
    }

    /** Builds seed 1 where it was constructed and seed 2 once it has been shipped, as a recipe reading a file would. */
    static final class ShippedRecipe implements ExperimentRecipe {
        private static final long serialVersionUID = 1L;
        /** True where the recipe was constructed; false in a deserialised copy. */
        private final transient boolean onDriver;

        ShippedRecipe() {
            onDriver = true;
        }

        @Override
        public Experiment experiment() {
            return drift(0.05, 1_000, onDriver ? 1 : 2);
        }
    }

    @Test
    void recipeThatBuildsAnotherExperimentOnTheExecutorsFailsClearly() {
        ExperimentRecipe recipe = new ShippedRecipe();
        String driverHash = recipe.experiment().hash();
        String executorHash = drift(0.05, 1_000, 2).hash();
        assertNotEquals(driverHash, executorHash);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SparkEngine.on(spark, 2).run(recipe));
        assertTrue(e.getMessage().contains("recipe 0") && e.getMessage().contains(driverHash)
                && e.getMessage().contains(executorHash) && e.getMessage().contains("on an executor"),
                e.getMessage());
    }

    @Test
    void badInputIsRefusedWithMessagesNamingTheValue() {
        ExperimentRecipe good = () -> drift(0.05, 1_000, 3);
        assertMessage(IllegalArgumentException.class, "partitions = 0", () -> SparkEngine.on(spark, 0));
        assertMessage(IllegalArgumentException.class, "partitions = -3", () -> SparkEngine.on(spark.sc(), -3));
        assertMessage(IllegalArgumentException.class, "partitions = " + (SparkEngine.MAX_PARTITIONS + 1),
                () -> SparkEngine.on(spark, SparkEngine.MAX_PARTITIONS + 1));
        assertMessage(NullPointerException.class, "context", () -> SparkEngine.on((JavaSparkContext) null, 2));
        SparkEngine engine = SparkEngine.on(spark, 2);
        assertMessage(IllegalArgumentException.class, "slice blocks = 0", () -> engine.withSliceBlocks(0));
        assertMessage(NullPointerException.class, "recipe", () -> engine.run(null));
        assertMessage(NullPointerException.class, "recipes", () -> engine.sweep(null));
        assertMessage(IllegalArgumentException.class, "recipes is empty", () -> engine.sweep(List.of()));
        assertMessage(IllegalArgumentException.class, "recipe 1 is null",
                () -> engine.sweep(Arrays.asList(good, null)));
        assertMessage(IllegalArgumentException.class, "recipe 0 returned null", () -> engine.run(() -> null));
        assertMessage(IllegalArgumentException.class, "recipe 1 (drift 0.05) has precision target",
                () -> engine.sweep(List.of(good, () -> drift(0.05, 1_000, 3).toBuilder()
                        .target(Target.metricMean("final_fidelity", 0.01)).build())));
        Object notSerialisable = new Object();
        assertMessage(IllegalArgumentException.class, "recipe 0 cannot be serialised: it refers to an object of "
                + "java.lang.Object", () -> engine.run(() -> {
                    notSerialisable.hashCode();
                    return drift(0.05, 1_000, 3);
                }));
    }

    private static void assertMessage(Class<? extends RuntimeException> type, String expected, Runnable call) {
        RuntimeException e = assertThrows(type, call::run);
        assertTrue(e.getMessage() != null && e.getMessage().contains(expected),
                "expected a message containing '" + expected + "', got: " + e.getMessage());
    }
}
