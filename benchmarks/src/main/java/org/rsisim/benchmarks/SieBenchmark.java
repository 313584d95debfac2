package org.rsisim.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.models.sie.SieDynamics;
import org.rsisim.models.sie.SieModel;

/**
 * Davidson and Houlden's software intelligence explosion, model {@code sie}, scenario {@code sie-2025} (their
 * default priors, no switch).
 *
 * <ul>
 *   <li>{@code dynamicsPerRun}: one run of {@link SieDynamics} (trajectory, four window statistics, years
 *       compressed) with the switches of {@code scenario}, its parameters taken in turn from {@value #SETS} sets
 *       drawn from the scenario's priors; the score is the time per run of the model alone (about 51 doublings a
 *       run on average in {@code sie-2025});</li>
 *   <li>{@code engine}: the scenario cut to {@code runs} runs through the {@link Engine} on {@code threads}
 *       workers, with every statistic of its six metrics; divide by {@code runs} for the time per run;</li>
 *   <li>{@code streamsAndParameters}: the baseline, positioning the streams and drawing the four parameters of
 *       every run and nothing else.</li>
 * </ul>
 * {@code -prof gc} shows that {@code dynamicsPerRun} allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class SieBenchmark {
    /** Parameter sets cycled through by {@code dynamicsPerRun}. */
    public static final int SETS = 4096;

    /** Runs per operation of {@code engine} and {@code streamsAndParameters}. */
    @Param({"1000000"})
    public int runs;

    private Experiment experiment;
    private long seed;

    /** One thread's dynamics and a table of parameter sets from the scenario's priors. */
    @State(Scope.Thread)
    public static class Dynamics {
        /** The scenario whose switches and priors the dynamics use. */
        @Param({"sie-2025", "sie-2025-compute-growth", "sie-2025-retraining", "sie-2025-constant-r"})
        public String scenario;
        SieDynamics dynamics;
        double[][] sets;
        int next;

        /** Draws the parameter sets. */
        @Setup
        public void setUp() {
            Experiment e = ScenarioCatalog.get(scenario).experiment();
            dynamics = ((SieModel) e.model()).newDynamics();
            RunStreams streams = RunStreams.create(e.seed());
            JointDistribution.Sampler sampler = e.jointDistribution().newSampler(streams);
            sets = new double[SETS][e.model().parameters().size()];
            for (int i = 0; i < SETS; i++) {
                streams.moveTo(i);
                sampler.sample(sets[i]);
            }
        }
    }

    /** Builds the experiment once per trial. */
    @Setup
    public void setUp() {
        experiment = ScenarioCatalog.get("sie-2025").experiment().withRuns(runs);
        seed = experiment.seed();
    }

    /**
     * One run of the model's dynamics and statistics.
     *
     * @param d the dynamics and parameter sets
     * @return the years compressed into one year, so the work cannot be eliminated
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double dynamicsPerRun(Dynamics d) {
        double[] p = d.sets[d.next];
        d.next = (d.next + 1) & (SETS - 1);
        d.dynamics.simulate(SieModel.INITIAL_BOOST.get(p), SieModel.R_INITIAL.get(p), SieModel.LIMIT_YEARS.get(p),
                SieModel.LAMBDA_FACTOR.get(p), SieModel.SOFTWARE_CONTRIBUTION.get(p));
        return d.dynamics.yearsCompressedIntoOne();
    }

    /**
     * The scenario through the engine.
     *
     * @param t the engine
     * @return P(10x for 12 months)
     */
    @Benchmark
    public double engine(FlagshipBenchmark.Threads t) {
        return t.engine.run(experiment).metric("speedup_10x_12mo").mean().value();
    }

    /**
     * Baseline: position the streams and draw the parameters of every run.
     *
     * @return the sum of the first parameter drawn
     */
    @Benchmark
    public double streamsAndParameters() {
        RunStreams streams = RunStreams.create(seed);
        experiment.model().newSimulation(streams);
        JointDistribution.Sampler sampler = experiment.jointDistribution().newSampler(streams);
        double[] p = new double[experiment.model().parameters().size()];
        double sum = 0;
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            sampler.sample(p);
            sum += p[0];
        }
        return sum;
    }
}
