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
import org.rsisim.models.aifutures.AiFuturesDynamics;
import org.rsisim.models.aifutures.AiFuturesParameters;

/**
 * One trajectory of the AI Futures model ({@code ai-futures}): one operation is one whole trajectory, from the
 * parameter array to the milestone dates (two human-only integrations for the calibration, the anchor search, the
 * integration with AI, the grid metrics and the milestones), on the parameter sets {@code central},
 * {@code gap_slow}, {@code fast}, {@code blowup} and {@code exponential} of {@code benchmarks/aifm/reference.py},
 * which measures
 * their code on the same sets ({@code --timing}).
 *
 * <ul>
 *   <li>{@code trajectory}: {@link AiFuturesDynamics#run} with a dynamics object reused from operation to operation,
 *       as a worker of the engine reuses it;</li>
 *   <li>{@code checkParameters}: the baseline, checking the parameter array against the declared ranges and
 *       nothing else.</li>
 * </ul>
 * {@code -prof gc} gives the bytes allocated per trajectory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class AiFuturesBenchmark {
    /** The parameter set, by its name in reference.py. */
    @Param({"central", "gap_slow", "fast", "blowup", "exponential"})
    public String set;

    private double[] parameters;
    private AiFuturesDynamics dynamics;

    /** Builds the parameters and the dynamics once per trial. */
    @Setup
    public void setUp() {
        parameters = parameters(set);
        dynamics = new AiFuturesDynamics();
    }

    /**
     * One trajectory.
     *
     * @return the date of automated coding (NaN if not reached), so the work cannot be eliminated
     */
    @Benchmark
    public double trajectory() {
        return dynamics.run(parameters).milestone(0);
    }

    /**
     * Baseline: the range check of the parameter array.
     *
     * @return the first parameter
     */
    @Benchmark
    public double checkParameters() {
        return AiFuturesParameters.check(parameters)[0];
    }

    /** The sets of reference.py (their names and values), over rsisim's defaults for the others. */
    static double[] parameters(String name) {
        String[] names = {"aa_time_horizon_minutes", "include_gap", "gap_years", "pre_gap_aa_time_horizon",
            "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor",
            "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap",
            "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day",
            "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope",
            "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year",
            "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"};
        double[] v;
        switch (name) {
            case "central":
                v = new double[] {6224000.0, 0, 1.5, 124600, 0.408, 0.92, -2.0, 5001.0, 15.14, 3.32, 2.0, 0.5, 1.6,
                    0.5, 2.5, 3.25, 0.79, 0.6, 2028.0, 0.25};
                break;
            case "gap_slow":
                v = new double[] {3.0e7, 1, 2.0, 200000.0, 0.55, 0.97, -5.0, 300.0, 5.0, 2.0, 1.0, 0.3, 1.3, -1.0,
                    1.2, 2.5, 0.5, 0.55, 2027.0, 0.15};
                break;
            case "fast":
                v = new double[] {1.0e6, 0, 1.5, 124600, 0.35, 0.88, -1.0, 20000.0, 30.0, 4.0, 3.5, 0.6, 2.0, 1.5,
                    3.5, 5.0, 1.0, 0.65, 2030.0, 0.35};
                break;
            case "blowup":
                v = new double[] {383179.8030028172, 0.0, 2.342203386507942, 15058.070454975135, 0.4492003386462694,
                    0.797921748118809, -1.0, 179.23516094236123, 1.3864344934307171, 5.078927621909983,
                    4.4901746312331, 0.4267037592302723, 1.3314664008847403, 4.351099303257017, 20.162392726708255,
                    3.4520781195094656, 0.4949588100390303, 0.5218866963653713, 2026.69855858867, 0.0985854052463434};
                break;
            case "exponential":
                v = new double[] {3.0e6, 0, 1.5, 124600, 0.5, 1.0, -2.0, 1000.0, 10.0, 2.5, 1.5, 0.5, 1.4, -1.0, 1.5,
                    3.0, 0.6, 0.55, 2026.0, 0.15};
                break;
            default:
                throw new IllegalArgumentException("unknown set " + name);
        }
        double[] p = AiFuturesParameters.defaults();
        for (int i = 0; i < names.length; i++) {
            p[AiFuturesParameters.index(names[i])] = v[i];
        }
        return AiFuturesParameters.check(p);
    }
}
