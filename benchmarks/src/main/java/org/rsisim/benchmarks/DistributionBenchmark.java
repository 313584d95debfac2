package org.rsisim.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * One sample of each parameter distribution, from every factory of {@link Distributions}, with the same kind of
 * generator the engine gives a parameter (a {@link RunStreams} component, xoshiro256++). The shapes are those of
 * the shipped scenarios where one exists (the Clark priors, Davidson and Houlden's log-uniform priors). The
 * {@code baseline} distribution is not a factory: it returns one uniform number from the generator, the floor under
 * every sampler that draws at least one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class DistributionBenchmark {
    /** The distributions, by name. */
    public static final Map<String, Supplier<Distribution>> DISTRIBUTIONS = Map.ofEntries(
            Map.entry("fixed", () -> Distributions.fixed(0.999)),
            Map.entry("uniform", () -> Distributions.uniform(0.25, 3.0)),
            Map.entry("logUniform", () -> Distributions.logUniform(2, 32)),
            Map.entry("normal", () -> Distributions.normal(0, 1)),
            Map.entry("lognormal", () -> Distributions.lognormal(0, 0.5)),
            Map.entry("lognormal90", () -> Distributions.lognormal90(0.5, 8)),
            Map.entry("beta", () -> Distributions.beta(2, 5)),
            Map.entry("betaMeanConcentration", () -> Distributions.betaMeanConcentration(0.999, 1000)),
            Map.entry("triangular", () -> Distributions.triangular(0.5, 1, 1.5)),
            Map.entry("pert", () -> Distributions.pert(0.5, 1, 1.5)),
            Map.entry("discrete", () -> Distributions.discrete(new double[] {0.9, 0.99, 0.999},
                    new double[] {0.2, 0.5, 0.3})),
            Map.entry("skewedLogUniform", () -> Distributions.skewedLogUniform(1, 4, 100)),
            Map.entry("truncated", () -> Distributions.truncated(Distributions.normal(1, 1), 0, 2)));

    /** Name of the distribution, a key of {@link #DISTRIBUTIONS}, or {@code baseline}. */
    @Param({"baseline", "fixed", "uniform", "logUniform", "normal", "lognormal", "lognormal90", "beta",
            "betaMeanConcentration", "triangular", "pert", "discrete", "skewedLogUniform", "truncated"})
    public String distribution;

    private Distribution d;
    private UniformRandomProvider rng;

    /** Builds the distribution and the generator once per trial. */
    @Setup
    public void setUp() {
        rng = RunStreams.create(455).component(0);
        d = distribution.equals("baseline") ? null : DISTRIBUTIONS.get(distribution).get();
    }

    /**
     * One draw.
     *
     * @return the value
     */
    @Benchmark
    public double sample() {
        return d == null ? rng.nextDouble() : d.sample(rng);
    }
}
