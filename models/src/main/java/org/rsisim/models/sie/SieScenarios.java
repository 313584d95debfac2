package org.rsisim.models.sie;

import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

/**
 * The named scenarios of {@link SieModel}: Davidson and Houlden's default priors (the defaults of the
 * multiple-simulation form in {@code docs/index.html} and {@code multiple_sims.py} of
 * {@code thoulden/Accelerated_AI_Progress}; SOURCES.md, "Software intelligence explosion"), without a switch and with
 * each of their three switches. Priors: {@code initial_boost} log-uniform on [2, 32], {@code r_initial} log-uniform
 * on [0.4, 3.6], {@code limit_years} uniform on [6, 16], {@code lambda_factor} log-uniform on [0.15, 0.6],
 * {@code software_contribution_param} fixed at 0.5; time cap 48 months. Each scenario has 10^6 runs and seed 2025.
 * Each call builds a new, immutable scenario; thread-safe.
 */
public final class SieScenarios {
    /** Runs of each scenario. */
    public static final long RUNS = 1_000_000;
    /** Seed of each scenario. */
    public static final long SEED = 2025;

    private SieScenarios() {
    }

    private static Experiment experiment(String name, SieModel model) {
        return Experiment.builder(model).name(name).runs(RUNS).seed(SEED)
                .parameter("initial_boost", Distributions.logUniform(2, 32))
                .parameter("r_initial", Distributions.logUniform(0.4, 3.6))
                .parameter("limit_years", Distributions.uniform(6, 16))
                .parameter("lambda_factor", Distributions.logUniform(0.15, 0.6))
                .parameter("software_contribution_param", 0.5)
                .build();
    }

    /**
     * {@code sie-2025}: the published model with its default priors and no switch. Davidson and Houlden's own code,
     * run with 300,000 seeded simulations, gives 0.5657, 0.4105, 0.1666 and 0.1238 for the four speed-ups
     * (SOURCES.md, "Reference runs of the published models").
     *
     * @return the scenario
     */
    public static NamedScenario sie2025() {
        return new NamedScenario("sie-2025", "Davidson and Houlden's software intelligence explosion as published "
                + "(Forethought 2025), with their default priors: initial speed-up log-uniform 2-32, returns "
                + "log-uniform 0.4-3.6, years of progress to the ceiling uniform 6-16, lambda log-uniform 0.15-0.6, "
                + "software share 0.5, no switch. The probabilities of their four speed-ups (3x for 12 months, 10x "
                + "for 4, 10x for 12, 30x for 4) and the years of progress compressed into one year.",
                experiment("sie-2025", new SieModel()));
    }

    /**
     * {@code sie-2025-compute-growth}: {@code sie-2025} with the source's compute growth ("Gradual Boost") switch:
     * the speed-up grows from 0.1 to {@code initial_boost} as compute doubles every 5 months.
     *
     * @return the scenario
     */
    public static NamedScenario sie2025ComputeGrowth() {
        return new NamedScenario("sie-2025-compute-growth", "sie-2025 with Davidson and Houlden's compute growth "
                + "switch: the speed-up grows from 0.1 to the sampled initial speed-up over 60 months as compute "
                + "doubles every 5 months.",
                experiment("sie-2025-compute-growth", new SieModel(true, false, false, 48)));
    }

    /**
     * {@code sie-2025-retraining}: {@code sie-2025} with the source's retraining cost switch, in the form of its
     * multiple-simulation code.
     *
     * @return the scenario
     */
    public static NamedScenario sie2025Retraining() {
        return new NamedScenario("sie-2025-retraining", "sie-2025 with Davidson and Houlden's retraining cost "
                + "switch, in the form of their multiple-simulation code: the exponent x = lambda (1/r - 1) becomes "
                + "x / |x + 1|, which, despite the name, strengthens the acceleration while r > 1.",
                experiment("sie-2025-retraining", new SieModel(false, true, false, 48)));
    }

    /**
     * {@code sie-2025-constant-r}: {@code sie-2025} with the source's constant diminishing returns switch: the
     * returns stay at {@code r_initial} instead of falling to 0 at the ceiling.
     *
     * @return the scenario
     */
    public static NamedScenario sie2025ConstantR() {
        return new NamedScenario("sie-2025-constant-r", "sie-2025 with Davidson and Houlden's constant diminishing "
                + "returns switch: the returns to software R&D stay at their initial value up to the ceiling.",
                experiment("sie-2025-constant-r", new SieModel(false, false, true, 48)));
    }
}
