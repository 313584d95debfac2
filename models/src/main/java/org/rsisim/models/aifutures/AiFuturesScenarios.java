package org.rsisim.models.aifutures;

import java.util.List;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

/**
 * The bundled scenario of the AI Futures model: their default Monte Carlo configuration,
 * {@code config/sampling_config.yaml} of {@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655}, as
 * their sampler ({@code scripts/batch_rollout.py}) reads it.
 *
 * <p>How their sampler reads it, and so how it is carried over: a lognormal or normal given by {@code ci80: [a, b]}
 * has those as its 10th and 90th percentiles ({@code z = 1.2815515655446004}); a {@code shifted_lognormal} is
 * {@code shift} plus such a lognormal; {@code choice} is a discrete distribution; the {@code min} and {@code max}
 * of a distribution are not applied (their sampler clips to them only with {@code clip_to_bounds: true}, which the
 * file never sets), but every sampled value is then clipped with NumPy's {@code clip} to the parameter's bounds in
 * {@code model_config.PARAMETER_BOUNDS} unless {@code clip_to_bounds: false}: {@code aa_time_horizon_minutes} and
 * {@code pre_gap_aa_time_horizon} to [1000, 1e11], {@code present_doubling_time} to [0.01, 2],
 * {@code doubling_difficulty_growth_factor} to [0.5, 1.5], {@code inf_labor_asymptote} and
 * {@code inf_compute_asymptote} to [0, 100,000], {@code inv_compute_anchor_exp_cap} to [0, 10],
 * {@code coding_automation_efficiency_slope} to [0.01, 10], {@code swe_multiplier_at_present_day} to [1, 10]. The
 * rank correlations are imposed by a Gaussian copula with normal-score correlation {@code 2 sin(pi rho / 6)}, as
 * theirs for {@code correlation_type: spearman}. Parameters their file leaves unclipped are clipped here to
 * rsisim's declared ranges, which their draws leave with a probability below 1e-9 (the negative training-compute
 * growth their normals allow is kept: the range admits it).
 *
 * <p>Their runner also drops any trajectory that takes more than 5 s ({@code per_sample_timeout}), a selection that
 * depends on the machine; this scenario keeps every trajectory.
 */
public final class AiFuturesScenarios {
    private static final double Z80 = 1.2815515655446004;

    private AiFuturesScenarios() {
    }

    private static Distribution lognormal80(double q10, double q90) {
        double a = Math.log(q10);
        double b = Math.log(q90);
        return Distributions.lognormal(0.5 * (a + b), (b - a) / (2 * Z80));
    }

    private static Distribution normal80(double q10, double q90) {
        return Distributions.normal(0.5 * (q10 + q90), (q90 - q10) / (2 * Z80));
    }

    private static Distribution clip(Distribution d, double lower, double upper) {
        return new ClippedDistribution(d, lower, upper);
    }

    private static Distribution shift(Distribution d, double by) {
        return new ShiftedDistribution(d, by);
    }

    /** Clipped to rsisim's declared range of a parameter (a no-op for their draws but for a tail below 1e-9). */
    private static Distribution inRange(String name, Distribution d) {
        AiFuturesParameters.Spec s = AiFuturesParameters.SPECS.get(AiFuturesParameters.index(name));
        return clip(d, s.lower(), s.upper());
    }

    /**
     * The named scenario {@code ai-futures-2025}: their default configuration, 10,000 runs, seed 2025; the
     * probability of each milestone by 2027, 2030, 2035, 2040 and 2050.
     *
     * @return the scenario
     */
    public static NamedScenario aiFutures2025() {
        List<String> correlated = List.of("present_doubling_time", "doubling_difficulty_growth_factor",
                "ai_research_taste_slope", "ai_research_taste_at_coding_automation_anchor_sd", "gap_years",
                "pre_gap_aa_time_horizon", "slowdown_year", "aa_time_horizon_minutes",
                "coding_automation_efficiency_slope", "inv_compute_anchor_exp_cap", "inf_compute_asymptote");
        double[][] rank = {
            {1.00, 0.60, -0.30, 0.00, 0.00, 0.00, -0.30, 0.00, -0.15, 0.00, 0.00},
            {0.60, 1.00, -0.30, 0.00, 0.30, 0.00, 0.00, 0.00, -0.10, 0.00, 0.00},
            {-0.30, -0.30, 1.00, 0.30, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00},
            {0.00, 0.00, 0.30, 1.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00},
            {0.00, 0.30, 0.00, 0.00, 1.00, -0.70, -0.30, 0.00, 0.00, 0.00, 0.00},
            {0.00, 0.00, 0.00, 0.00, -0.70, 1.00, 0.00, 0.00, 0.00, 0.00, 0.00},
            {-0.30, 0.00, 0.00, 0.00, -0.30, 0.00, 1.00, -0.30, 0.00, 0.00, 0.00},
            {0.00, 0.00, 0.00, 0.00, 0.00, 0.00, -0.30, 1.00, 0.00, 0.00, 0.00},
            {-0.15, -0.10, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 1.00, 0.00, 0.00},
            {0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 1.00, 0.50},
            {0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.50, 1.00}};
        Experiment.Builder b = Experiment.builder(new AiFuturesModel()).name("ai-futures-2025").runs(10_000)
                .seed(2025)
                .parameter("aa_time_horizon_minutes", clip(lognormal80(12456, 3.11e9), 1000, 1e11))
                .parameter("include_gap", Distributions.discrete(new double[] {0, 1}, new double[] {0.5, 0.5}))
                .parameter("pre_gap_aa_time_horizon", clip(lognormal80(12456, 1245600), 1000, 1e11))
                .parameter("gap_years", inRange("gap_years", lognormal80(0.3, 7.5)))
                .parameter("present_day", 2025.6)
                .parameter("present_horizon", 26.0)
                .parameter("present_doubling_time", clip(lognormal80(0.25, 0.667), 0.01, 2))
                .parameter("doubling_difficulty_growth_factor", clip(normal80(0.8, 1.04), 0.5, 1.5))
                .parameter("rho_coding_labor",
                        Distributions.discrete(new double[] {-5, -2, -1}, new double[] {0.25, 0.5, 0.25}))
                .parameter("inf_compute_asymptote", clip(shift(lognormal80(25, 1e6), 1), 1, 1e5))
                .parameter("inf_labor_asymptote", clip(shift(lognormal80(1, 200), 1), 1, 1e5))
                .parameter("inv_compute_anchor_exp_cap", clip(shift(lognormal80(1, 5.4), 1), 1, 10))
                .parameter("coding_automation_efficiency_slope", clip(lognormal80(0.67, 6), 0.01, 10))
                .parameter("parallel_penalty", Distributions.beta(1.43, 1.43))
                .parameter("swe_multiplier_at_present_day", clip(shift(lognormal80(0.18, 2), 1), 1, 10))
                .parameter("ai_research_taste_at_coding_automation_anchor_sd",
                        inRange("ai_research_taste_at_coding_automation_anchor_sd", normal80(-2.5, 3.5)))
                .parameter("ai_research_taste_slope", inRange("ai_research_taste_slope", lognormal80(0.8, 7.8)))
                .parameter("median_to_top_taste_multiplier",
                        inRange("median_to_top_taste_multiplier", shift(lognormal80(0.4, 12.7), 1)))
                .parameter("software_progress_rate_at_reference_year",
                        inRange("software_progress_rate_at_reference_year", lognormal80(0.25, 2.5)))
                .parameter("constant_training_compute_growth_rate",
                        inRange("constant_training_compute_growth_rate", normal80(0.55, 0.65)))
                .parameter("slowdown_year", Distributions.uniform(2026, 2030))
                .parameter("post_slowdown_training_compute_growth_rate",
                        inRange("post_slowdown_training_compute_growth_rate", normal80(0.15, 0.35)))
                .correlation(new Correlation(correlated, rank));
        for (String m : AiFuturesTrajectory.MILESTONES) {
            b.eventTimes(m, 2027, 2030, 2035, 2040, 2050);
        }
        return new NamedScenario("ai-futures-2025", "the AI Futures Project's default Monte Carlo configuration "
                + "(sampling_config.yaml, Dec 2025): when each milestone is reached, from automated coding to "
                + "a 10,000x AI R&D speed-up", b.build());
    }
}
