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
import org.rsisim.core.Experiment;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.models.ftm.FtmDynamics;
import org.rsisim.models.ftm.FtmModel;
import org.rsisim.models.ftm.FtmParameters;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * One trajectory of Davidson's compute-centric full takeoff model ({@code ftm}): one operation is one whole run of
 * {@link FtmDynamics#run} (2022 to 2100 by 0.1 years, 781 steps, then the milestones and durations), with a dynamics
 * object reused from operation to operation, as a worker of the engine reuses it. {@code benchmarks/ftm/compare.py}
 * measures their JavaScript and Python on the same presets, {@code benchmarks/ftm/mc_compare.py} their Python on draws
 * of their Monte Carlo.
 *
 * <ul>
 *   <li>{@code trajectory} with {@code parameters = best_guess}: the best-guess preset of their
 *       {@code website/src/js/presets.js} ({@link FtmParameters#BEST_GUESS}), one parameter set;</li>
 *   <li>{@code trajectory} with {@code parameters = ftm-2023}: parameter sets taken in turn from {@value #SETS} draws
 *       of the bundled scenario {@code ftm-2023} (runs 0 to {@value #SETS} - 1 of its seed, drawn once in the
 *       setup), so the score is the mean time per trajectory over its distribution; a draw the scenario rejects
 *       (tasks automatable in 2022) is run all the same, as the engine runs it before rejecting it.</li>
 * </ul>
 * {@code -prof gc} shows that a trajectory allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class FtmBenchmark {
    /** Parameter sets of {@code ftm-2023} cycled through; a power of two. */
    public static final int SETS = 256;

    /** {@code best_guess} (the preset) or {@code ftm-2023} (draws of the scenario). */
    @Param({"best_guess", "ftm-2023"})
    public String parameters;

    private double[][] sets;
    private int next;
    private FtmDynamics dynamics;

    /** Builds the parameter sets and the dynamics once per trial. */
    @Setup
    public void setUp() {
        dynamics = new FtmModel().newDynamics();
        switch (parameters) {
            case "best_guess":
                sets = new double[][] {FtmParameters.vector(FtmParameters.BEST_GUESS)};
                break;
            case "ftm-2023":
                Experiment e = ScenarioCatalog.get("ftm-2023").experiment();
                RunStreams streams = RunStreams.create(e.seed(), e.antithetic());
                JointDistribution.Sampler sampler = e.jointDistribution().newSampler(streams);
                sets = new double[SETS][e.model().parameters().size()];
                for (int i = 0; i < SETS; i++) {
                    streams.moveTo(i);
                    sampler.sample(sets[i]);
                }
                break;
            default:
                throw new IllegalArgumentException("parameters = " + parameters
                        + " is not one of best_guess, ftm-2023");
        }
        next = 0;
    }

    /**
     * One trajectory.
     *
     * @return the year of 100 % automation of goods tasks (NaN if not reached), so the work cannot be eliminated
     */
    @Benchmark
    public double trajectory() {
        double[] p = sets[next];
        next = (next + 1) & (sets.length - 1);
        dynamics.run(p);
        return dynamics.automationGoods100();
    }
}
