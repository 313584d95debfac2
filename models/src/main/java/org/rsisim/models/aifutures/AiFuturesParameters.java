package org.rsisim.models.aifutures;

import java.util.List;
import org.rsisim.core.Declarations;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterId;

/**
 * The parameters of the AI Futures Project's timelines-and-takeoff model, under the names of their code
 * ({@code brendanhalstead/ai-progress-rates}, {@code progress_model.py} {@code Parameters} and
 * {@code time_series_generator.py}), declared once with {@link Declarations}: each constant is the
 * {@link ParameterId} handle that reads its parameter from a primitive array in declaration order, so no index is
 * kept in step with the list by hand. A parameter array is what {@link AiFuturesDynamics#run} reads;
 * {@link #defaults()} gives one filled with the defaults.
 *
 * <p>Defaults are the central values of their default Monte Carlo configuration {@code config/sampling_config.yaml}
 * where it samples the parameter (the median: {@code sqrt(a b)} for a lognormal given by its 80 % interval
 * {@code [a, b]}, the shift added for a shifted lognormal, the midpoint for a normal, the most probable choice for a
 * choice), and their {@code model_config.py} {@code DEFAULT_PARAMETERS} otherwise. Categorical parameters are
 * numbers: {@code include_gap} is 1 for their {@code "gap"} and 0 for {@code "no gap"}.
 *
 * <p>Ranges are the values for which the equations are defined, wider than the sliders of their web page
 * ({@code PARAMETER_BOUNDS}); {@link #check(double[])} enforces them once per parameter array.
 */
public final class AiFuturesParameters {
    /** The declarations of the parameters, in the order of the array a run receives. */
    static final Declarations KIND = new Declarations();

    /** {@code present_day}: the date at which the present horizon and doubling time hold, decimal year. */
    public static final ParameterId PRESENT_DAY = KIND.parameter(
            "present_day", "year", 2015, 2040, 2025.6, "date of the present horizon; their default");
    /** {@code present_horizon}: the METR 80 % time horizon at {@code present_day}, minutes. */
    public static final ParameterId PRESENT_HORIZON = KIND.parameter(
            "present_horizon", "minutes", 1e-3, 1e6, 26, "METR 80 % horizon at present_day; their 26 min");
    /** {@code present_doubling_time}: the horizon's doubling time at {@code present_day}, years. */
    public static final ParameterId PRESENT_DOUBLING_TIME = KIND.parameter(
            "present_doubling_time", "years", 1e-3, 100, 0.408,
            "horizon doubling time at present_day; lognormal 80 % CI 0.25-0.667, median 0.408");
    /** {@code doubling_difficulty_growth_factor}: each doubling takes this factor times the effective compute. */
    public static final ParameterId DOUBLING_DIFFICULTY_GROWTH_FACTOR = KIND.parameter(
            "doubling_difficulty_growth_factor", "1", 1e-3, 10, 0.92,
            "growth of the effective compute per horizon doubling; normal 80 % CI 0.80-1.04; 1 is exponential");
    /** {@code aa_time_horizon_minutes}: the horizon at which coding is automated (without the gap), minutes. */
    public static final ParameterId AA_TIME_HORIZON_MINUTES = KIND.parameter(
            "aa_time_horizon_minutes", "minutes", 1e-3, 1e30, 6.224e6,
            "horizon of automated coding; lognormal 80 % CI 12,456-3.11e9, median 6.224e6");
    /** {@code include_gap}: 1 for their "gap", 0 for "no gap" (a value of at least 0.5 counts as the gap). */
    public static final ParameterId INCLUDE_GAP = KIND.parameter(
            "include_gap", "0 or 1", 0, 1, 0,
            "1 (at least 0.5): a gap of gap_years after pre_gap_aa_time_horizon; 0: none");
    /** {@code gap_years}: the gap after the pre-gap horizon, in present-day progress-years. */
    public static final ParameterId GAP_YEARS = KIND.parameter(
            "gap_years", "years", 0, 1e30, 1.5, "gap in present-day progress-years; lognormal 0.3-7.5");
    /** {@code pre_gap_aa_time_horizon}: the horizon at which the gap starts, minutes. */
    public static final ParameterId PRE_GAP_AA_TIME_HORIZON = KIND.parameter(
            "pre_gap_aa_time_horizon", "minutes", 1e-3, 1e30, 124_560,
            "horizon at which the gap starts; lognormal 80 % CI 12,456-1,245,600, median 124,560");
    /** {@code rho_coding_labor}: substitution parameter of the CES over coding tasks. */
    public static final ParameterId RHO_CODING_LABOR = KIND.parameter(
            "rho_coding_labor", "1", -50, 0.99, -2,
            "CES substitution over coding tasks; choice -5, -2, -1 with p 0.25, 0.5, 0.25");
    /** {@code parallel_penalty}: serial coding labour is coding labour to this power. */
    public static final ParameterId PARALLEL_PENALTY = KIND.parameter(
            "parallel_penalty", "1", 0, 1, 0.5, "exponent of serial coding labour; beta(1.43, 1.43)");
    /** {@code coding_labor_normalization}: factor on serial coding labour. */
    public static final ParameterId CODING_LABOR_NORMALIZATION = KIND.parameter(
            "coding_labor_normalization", "1", 1e-6, 1e6, 1, "factor on serial coding labour; their 1");
    /** {@code swe_multiplier_at_present_day}: AI's multiplier on coding labour at {@code present_day}. */
    public static final ParameterId SWE_MULTIPLIER_AT_PRESENT_DAY = KIND.parameter(
            "swe_multiplier_at_present_day", "x", 1, 1e6, 1.6,
            "AI coding-labour multiplier at present_day; 1 + lognormal 80 % CI 0.18-2, median 1.6");
    /** {@code automation_fraction_at_coding_automation_anchor}: automation fraction at automated coding. */
    public static final ParameterId AUTOMATION_FRACTION_AT_CODING_AUTOMATION_ANCHOR = KIND.parameter(
            "automation_fraction_at_coding_automation_anchor", "1", 1e-6, 1, 1,
            "automation fraction at automated coding; their 1");
    /** {@code coding_automation_efficiency_slope}: OOMs of AI efficiency per present-day progress-year. */
    public static final ParameterId CODING_AUTOMATION_EFFICIENCY_SLOPE = KIND.parameter(
            "coding_automation_efficiency_slope", "OOMs per progress-year", 1e-6, 1e3, 2.005,
            "AI efficiency growth on automated tasks; lognormal 80 % CI 0.67-6, median 2.005");
    /** {@code optimal_ces_eta_init}: AI efficiency on a task when it is first automated, per unit compute. */
    public static final ParameterId OPTIMAL_CES_ETA_INIT = KIND.parameter(
            "optimal_ces_eta_init", "1", 1e-12, 1e12, 0.05, "AI efficiency at a task's automation; their 0.05");
    /** {@code inf_labor_asymptote}: experiment capacity with unlimited coding labour, relative. */
    public static final ParameterId INF_LABOR_ASYMPTOTE = KIND.parameter(
            "inf_labor_asymptote", "x", 1, 1e12, 15.14,
            "experiment capacity with unlimited labour; 1 + lognormal 80 % CI 1-200, median 15.14");
    /** {@code inf_compute_asymptote}: experiment capacity with unlimited experiment compute, relative. */
    public static final ParameterId INF_COMPUTE_ASYMPTOTE = KIND.parameter(
            "inf_compute_asymptote", "x", 1, 1e12, 5001,
            "experiment capacity with unlimited compute; 1 + lognormal 80 % CI 25-1e6, median 5,001");
    /** {@code inv_compute_anchor_exp_cap}: how many times less experiment capacity with a tenth of the compute. */
    public static final ParameterId INV_COMPUTE_ANCHOR_EXP_CAP = KIND.parameter(
            "inv_compute_anchor_exp_cap", "x", 1, 1e6, 3.324,
            "capacity loss with a tenth of the compute; 1 + lognormal 80 % CI 1-5.4, median 3.324");
    /** {@code ai_research_taste_at_coding_automation_anchor_sd}: AI taste at automated coding, in human SDs. */
    public static final ParameterId AI_RESEARCH_TASTE_AT_CODING_AUTOMATION_ANCHOR_SD = KIND.parameter(
            "ai_research_taste_at_coding_automation_anchor_sd", "SD", -100, 100, 0.5,
            "AI research taste at automated coding, human SDs; normal 80 % CI -2.5-3.5");
    /** {@code ai_research_taste_slope}: SDs of AI taste gained per present-day progress-year. */
    public static final ParameterId AI_RESEARCH_TASTE_SLOPE = KIND.parameter(
            "ai_research_taste_slope", "SD per progress-year", 1e-6, 1e3, 2.498,
            "AI taste growth; lognormal 80 % CI 0.8-7.8, median 2.498");
    /** {@code median_to_top_taste_multiplier}: taste of the top researcher over the median's. */
    public static final ParameterId MEDIAN_TO_TOP_TASTE_MULTIPLIER = KIND.parameter(
            "median_to_top_taste_multiplier", "x", 1.000001, 1e6, 3.254,
            "top over median human taste; 1 + lognormal 80 % CI 0.4-12.7, median 3.254");
    /** {@code top_percentile}: the quantile that counts as top. */
    public static final ParameterId TOP_PERCENTILE = KIND.parameter(
            "top_percentile", "1", 0.5, 0.9999999, 0.999, "quantile of the top researcher; their 0.999");
    /** {@code software_progress_rate_at_reference_year}: software progress in 2023, OOMs per year. */
    public static final ParameterId SOFTWARE_PROGRESS_RATE_AT_REFERENCE_YEAR = KIND.parameter(
            "software_progress_rate_at_reference_year", "OOMs per year", 1e-6, 1e3, 0.7906,
            "software progress in 2023, calibrates r_software; lognormal 80 % CI 0.25-2.5, median 0.7906");
    /** {@code r_software}: the returns to software before calibration (calibration makes it irrelevant). */
    public static final ParameterId R_SOFTWARE = KIND.parameter(
            "r_software", "1", 0.01, 100, 2.4, "returns to software before calibration; their 2.40");
    /** {@code constant_training_compute_growth_rate}: training compute growth before the slowdown, OOMs/year. */
    public static final ParameterId CONSTANT_TRAINING_COMPUTE_GROWTH_RATE = KIND.parameter(
            "constant_training_compute_growth_rate", "OOMs per year", -100, 100, 0.6,
            "training compute growth before the slowdown; normal 80 % CI 0.55-0.65");
    /** {@code slowdown_year}: when training compute growth slows, decimal year. */
    public static final ParameterId SLOWDOWN_YEAR = KIND.parameter(
            "slowdown_year", "year", 1900, 2200, 2028, "training compute slowdown; uniform 2026-2030");
    /** {@code post_slowdown_training_compute_growth_rate}: training compute growth after it, OOMs/year. */
    public static final ParameterId POST_SLOWDOWN_TRAINING_COMPUTE_GROWTH_RATE = KIND.parameter(
            "post_slowdown_training_compute_growth_rate", "OOMs per year", -100, 100, 0.25,
            "training compute growth after the slowdown; normal 80 % CI 0.15-0.35");

    /** The declared parameters, in the order of the array a run receives. */
    static final List<Parameter> LIST = KIND.parameters();

    /** The number of parameters. */
    public static final int COUNT = LIST.size();

    private AiFuturesParameters() {
    }

    /**
     * Returns a new parameter array filled with the defaults.
     *
     * @return an array of {@link #COUNT} values
     */
    public static double[] defaults() {
        double[] p = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            p[i] = LIST.get(i).defaultValue();
        }
        return p;
    }

    /**
     * Returns the index of a parameter by its name.
     *
     * @param name their name, such as {@code present_doubling_time}
     * @return the index
     * @throws IllegalArgumentException if there is no such parameter
     */
    public static int index(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (LIST.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no AI Futures parameter named '" + name + "'");
    }

    /**
     * Checks a parameter array against the declared ranges.
     *
     * @param p the parameters, {@link #COUNT} values in index order
     * @return {@code p}
     * @throws IllegalArgumentException naming the parameter, its value and its range if one is outside it (NaN
     *         included), or if the length is wrong
     */
    public static double[] check(double[] p) {
        if (p.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " AI Futures parameters, got " + p.length);
        }
        for (int i = 0; i < COUNT; i++) {
            Parameter s = LIST.get(i);
            if (!(p[i] >= s.lower() && p[i] <= s.upper())) {
                throw new IllegalArgumentException("parameter " + s.name() + " = " + p[i]
                        + " is outside its allowed range [" + s.lower() + ", " + s.upper() + "]");
            }
        }
        if (RHO_CODING_LABOR.get(p) == 0) {
            throw new IllegalArgumentException("parameter rho_coding_labor = 0 is not allowed (the optimal CES "
                    + "divides by it); allowed [-50, 0.99] without 0");
        }
        return p;
    }
}
