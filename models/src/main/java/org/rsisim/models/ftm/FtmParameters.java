package org.rsisim.models.ftm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Declarations;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterId;

/**
 * The parameters and settings of the compute-centric full takeoff model ({@link FtmModel}) under the names of its
 * source, the repository {@code epoch-research/ftm} (Davidson, "What a compute-centric framework says about
 * takeoff speeds", Open Philanthropy 2023; the parameter names of {@code ftm/core/model.py} and of the presets in
 * {@code website/src/js/presets.js}). Every default is the source's best-guess preset; the aggressive and
 * conservative presets, which the source reads as the 5th and 95th percentiles of each parameter, are
 * {@link #AGGRESSIVE} and {@link #CONSERVATIVE}, and the three timelines presets are {@link #SHORT_TIMELINES},
 * {@link #MEDIUM_TIMELINES} and {@link #LONG_TIMELINES} (values carried over from {@code presets.js}, whose
 * values come from the parameter spreadsheet of the report).
 *
 * <p>Allowed ranges are wide enough for the presets and for the Monte Carlo distributions built from them; they
 * exclude only values for which an equation of the model is undefined (a zero or positive substitution
 * parameter where the model divides by it, a ceiling below the initial value, a fraction outside (0, 1)).
 */
public final class FtmParameters {
    private FtmParameters() {
    }

    static final Declarations KIND = new Declarations();

    private static final double INF = Double.POSITIVE_INFINITY;

    /** {@code full_automation_requirements_training}. */
    public static final ParameterId FULL_AUTOMATION_REQUIREMENTS_TRAINING = p(
            "full_automation_requirements_training", "FLOP", 1e25, 1e60, 1e36,
            "training FLOP (2020 algorithms) of an AI that performs the hardest-to-train task, goods and services");
    /** {@code flop_gap_training}. */
    public static final ParameterId FLOP_GAP_TRAINING = p("flop_gap_training", "x", 1, 1e20, 1e4,
            "ratio of the training requirements of 100 % and of 20 % automation");
    /** {@code goods_vs_rnd_requirements_training}. */
    public static final ParameterId GOODS_VS_RND_REQUIREMENTS_TRAINING = p("goods_vs_rnd_requirements_training",
            "x", 0.01, 1e6, 3, "training requirements of goods and services over those of R&D");
    /** {@code full_automation_requirements_runtime}. */
    public static final ParameterId FULL_AUTOMATION_REQUIREMENTS_RUNTIME = p(
            "full_automation_requirements_runtime", "FLOP/s", 1e6, 1e30, 1.66667e16,
            "runtime FLOP/s (2020 algorithms) that replace one worker in the hardest task");
    /** {@code flop_gap_runtime}. */
    public static final ParameterId FLOP_GAP_RUNTIME = p("flop_gap_runtime", "x", 1, 1e20, 10,
            "ratio of the runtime requirements of 100 % and of 20 % automation");
    /** {@code goods_vs_rnd_requirements_runtime}. */
    public static final ParameterId GOODS_VS_RND_REQUIREMENTS_RUNTIME = p("goods_vs_rnd_requirements_runtime",
            "x", 0.01, 1e6, 100, "runtime requirements of goods and services over those of R&D");
    /** {@code runtime_training_tradeoff}. */
    public static final ParameterId RUNTIME_TRAINING_TRADEOFF = p("runtime_training_tradeoff", "1", -10, 5, 1.5,
            "OOMs of runtime per OOM of training traded; 0 or less disables the tradeoff");
    /** {@code runtime_training_max_tradeoff}. */
    public static final ParameterId RUNTIME_TRAINING_MAX_TRADEOFF = p("runtime_training_max_tradeoff", "x", 1,
            1e12, 30, "largest factor by which a smaller training run can be made up with runtime");
    /** {@code labour_substitution_goods}. */
    public static final ParameterId LABOUR_SUBSTITUTION_GOODS = p("labour_substitution_goods", "1", -50, -1e-6,
            -0.5, "CES substitution parameter between cognitive tasks in goods and services");
    /** {@code labour_substitution_rnd}. */
    public static final ParameterId LABOUR_SUBSTITUTION_RND = p("labour_substitution_rnd", "1", -50, -1e-6, -0.5,
            "CES substitution parameter between cognitive tasks in R&D");
    /** {@code capital_substitution_goods}. */
    public static final ParameterId CAPITAL_SUBSTITUTION_GOODS = p("capital_substitution_goods", "1", -50, -1e-6,
            -0.4, "CES substitution parameter between capital and cognitive output in goods and services");
    /** {@code capital_substitution_rnd}. */
    public static final ParameterId CAPITAL_SUBSTITUTION_RND = p("capital_substitution_rnd", "1", -50, -1e-6,
            -0.25, "CES substitution parameter between capital and cognitive output in hardware R&D");
    /** {@code research_experiments_substitution_software}. */
    public static final ParameterId RESEARCH_EXPERIMENTS_SUBSTITUTION_SOFTWARE = p(
            "research_experiments_substitution_software", "1", -50, -1e-6, -0.01,
            "CES substitution parameter between experiments and cognitive output in software R&D");
    /** {@code compute_software_rnd_experiments_efficiency}. */
    public static final ParameterId COMPUTE_SOFTWARE_RND_EXPERIMENTS_EFFICIENCY = p(
            "compute_software_rnd_experiments_efficiency", "1", 0, 2, 0.4,
            "exponent of physical compute in the experiments input of software R&D");
    /** {@code hardware_returns}. */
    public static final ParameterId HARDWARE_RETURNS = p("hardware_returns", "1", 0, 100, 5.2,
            "doublings of hardware performance per doubling of cumulative hardware R&D input");
    /** {@code software_returns}. */
    public static final ParameterId SOFTWARE_RETURNS = p("software_returns", "1", 0, 100, 1.25,
            "doublings of software per doubling of cumulative software R&D input");
    /** {@code hardware_performance_ceiling}. */
    public static final ParameterId HARDWARE_PERFORMANCE_CEILING = p("hardware_performance_ceiling", "FLOP/year/$",
            1e18, 1e60, 1e26, "largest hardware performance");
    /** {@code software_ceiling}. */
    public static final ParameterId SOFTWARE_CEILING = p("software_ceiling", "x", 1.0001, 1e40, 1e12,
            "largest software efficiency relative to 2022 (2022 = 1)");
    /** {@code rnd_parallelization_penalty}. */
    public static final ParameterId RND_PARALLELIZATION_PENALTY = p("rnd_parallelization_penalty", "1", 0.01, 1,
            0.7, "exponent on R&D output before it adds to cumulative input (stepping on toes)");
    /** {@code hardware_delay}. */
    public static final ParameterId HARDWARE_DELAY = p("hardware_delay", "years", 0, 10, 1,
            "years between a chip design and its sale");

    /** {@code frac_capital_hardware_rnd_growth}. */
    public static final ParameterId FRAC_CAPITAL_HARDWARE_RND_GROWTH = g("frac_capital_hardware_rnd_growth", 0.01,
            "growth rate of the share of capital in hardware R&D before wake-up");
    /** {@code frac_labour_hardware_rnd_growth}. */
    public static final ParameterId FRAC_LABOUR_HARDWARE_RND_GROWTH = g("frac_labour_hardware_rnd_growth", 0.01,
            "growth rate of the share of labour in hardware R&D before wake-up");
    /** {@code frac_compute_hardware_rnd_growth}. */
    public static final ParameterId FRAC_COMPUTE_HARDWARE_RND_GROWTH = g("frac_compute_hardware_rnd_growth", 0.01,
            "growth rate of the share of compute in hardware R&D before wake-up");
    /** {@code frac_labour_software_rnd_growth}. */
    public static final ParameterId FRAC_LABOUR_SOFTWARE_RND_GROWTH = g("frac_labour_software_rnd_growth", 0.18,
            "growth rate of the share of labour in software R&D before wake-up");
    /** {@code frac_compute_software_rnd_growth}. */
    public static final ParameterId FRAC_COMPUTE_SOFTWARE_RND_GROWTH = g("frac_compute_software_rnd_growth", 0.18,
            "growth rate of the share of compute in software R&D before wake-up");
    /** {@code frac_gwp_compute_growth}. */
    public static final ParameterId FRAC_GWP_COMPUTE_GROWTH = g("frac_gwp_compute_growth", 0.19,
            "growth rate of the share of GWP spent on compute before wake-up");
    /** {@code frac_compute_training_growth}. */
    public static final ParameterId FRAC_COMPUTE_TRAINING_GROWTH = g("frac_compute_training_growth",
            0.547528364331348, "growth rate of the share of compute in the largest training run before wake-up");
    /** {@code frac_capital_hardware_rnd_growth_rampup}. */
    public static final ParameterId FRAC_CAPITAL_HARDWARE_RND_GROWTH_RAMPUP = g(
            "frac_capital_hardware_rnd_growth_rampup", 0.14, "the same after wake-up");
    /** {@code frac_labour_hardware_rnd_growth_rampup}. */
    public static final ParameterId FRAC_LABOUR_HARDWARE_RND_GROWTH_RAMPUP = g(
            "frac_labour_hardware_rnd_growth_rampup", 0.14, "the same after wake-up");
    /** {@code frac_compute_hardware_rnd_growth_rampup}. */
    public static final ParameterId FRAC_COMPUTE_HARDWARE_RND_GROWTH_RAMPUP = g(
            "frac_compute_hardware_rnd_growth_rampup", 0.6699999999999999, "the same after wake-up");
    /** {@code frac_labour_software_rnd_growth_rampup}. */
    public static final ParameterId FRAC_LABOUR_SOFTWARE_RND_GROWTH_RAMPUP = g(
            "frac_labour_software_rnd_growth_rampup", 0.22, "the same after wake-up");
    /** {@code frac_compute_software_rnd_growth_rampup}. */
    public static final ParameterId FRAC_COMPUTE_SOFTWARE_RND_GROWTH_RAMPUP = g(
            "frac_compute_software_rnd_growth_rampup", 0.6699999999999999, "the same after wake-up");
    /** {@code frac_gwp_compute_growth_rampup}. */
    public static final ParameterId FRAC_GWP_COMPUTE_GROWTH_RAMPUP = g("frac_gwp_compute_growth_rampup", 0.19,
            "the same after wake-up");
    /** {@code frac_compute_training_growth_rampup}. */
    public static final ParameterId FRAC_COMPUTE_TRAINING_GROWTH_RAMPUP = g("frac_compute_training_growth_rampup",
            1.1, "the same after wake-up");
    /** {@code frac_capital_hardware_rnd_ceiling}. */
    public static final ParameterId FRAC_CAPITAL_HARDWARE_RND_CEILING = f("frac_capital_hardware_rnd_ceiling",
            0.03, "largest share of capital in hardware R&D");
    /** {@code frac_labour_hardware_rnd_ceiling}. */
    public static final ParameterId FRAC_LABOUR_HARDWARE_RND_CEILING = f("frac_labour_hardware_rnd_ceiling", 0.03,
            "largest share of labour in hardware R&D");
    /** {@code frac_compute_hardware_rnd_ceiling}. */
    public static final ParameterId FRAC_COMPUTE_HARDWARE_RND_CEILING = f("frac_compute_hardware_rnd_ceiling", 0.2,
            "largest share of compute in hardware R&D");
    /** {@code frac_labour_software_rnd_ceiling}. */
    public static final ParameterId FRAC_LABOUR_SOFTWARE_RND_CEILING = f("frac_labour_software_rnd_ceiling", 0.03,
            "largest share of labour in software R&D");
    /** {@code frac_compute_software_rnd_ceiling}. */
    public static final ParameterId FRAC_COMPUTE_SOFTWARE_RND_CEILING = f("frac_compute_software_rnd_ceiling", 0.2,
            "largest share of compute in software R&D");
    /** {@code frac_gwp_compute_ceiling}. */
    public static final ParameterId FRAC_GWP_COMPUTE_CEILING = f("frac_gwp_compute_ceiling", 0.1,
            "largest share of GWP spent on compute");
    /** {@code frac_compute_training_ceiling}. */
    public static final ParameterId FRAC_COMPUTE_TRAINING_CEILING = f("frac_compute_training_ceiling", 0.1,
            "largest share of compute in the largest training run");
    /** {@code initial_frac_capital_hardware_rnd}. */
    public static final ParameterId INITIAL_FRAC_CAPITAL_HARDWARE_RND = f("initial_frac_capital_hardware_rnd",
            0.002, "share of capital in hardware R&D in 2022");
    /** {@code initial_frac_labour_hardware_rnd}. */
    public static final ParameterId INITIAL_FRAC_LABOUR_HARDWARE_RND = f("initial_frac_labour_hardware_rnd", 0.002,
            "share of labour in hardware R&D in 2022");
    /** {@code initial_frac_compute_hardware_rnd}. */
    public static final ParameterId INITIAL_FRAC_COMPUTE_HARDWARE_RND = f("initial_frac_compute_hardware_rnd",
            0.002, "share of compute in hardware R&D in 2022");
    /** {@code initial_frac_labour_software_rnd}. */
    public static final ParameterId INITIAL_FRAC_LABOUR_SOFTWARE_RND = f("initial_frac_labour_software_rnd",
            0.0002, "share of labour in software R&D in 2022");
    /** {@code initial_frac_compute_software_rnd}. */
    public static final ParameterId INITIAL_FRAC_COMPUTE_SOFTWARE_RND = f("initial_frac_compute_software_rnd",
            0.0002, "share of compute in software R&D in 2022");
    /** {@code initial_biggest_training_run}. */
    public static final ParameterId INITIAL_BIGGEST_TRAINING_RUN = p("initial_biggest_training_run", "FLOP", 1e15,
            1e40, 3e24, "largest training run of 2022, effective FLOP; must not exceed the compute available");
    /** {@code ratio_initial_to_cumulative_input_hardware_rnd}. */
    public static final ParameterId RATIO_INITIAL_TO_CUMULATIVE_INPUT_HARDWARE_RND = p(
            "ratio_initial_to_cumulative_input_hardware_rnd", "1", 1e-6, 10, 0.047,
            "hardware R&D budget of 2022 over its cumulative total");
    /** {@code ratio_initial_to_cumulative_input_software_rnd}. */
    public static final ParameterId RATIO_INITIAL_TO_CUMULATIVE_INPUT_SOFTWARE_RND = p(
            "ratio_initial_to_cumulative_input_software_rnd", "1", 1e-6, 10, 0.2,
            "software R&D budget of 2022 over its cumulative total");
    /** {@code initial_hardware_production}. */
    public static final ParameterId INITIAL_HARDWARE_PRODUCTION = p("initial_hardware_production", "FLOP/year",
            1e20, 1e40, 1e28, "FLOP/year of the hardware produced in 2022");
    /** {@code ratio_hardware_to_initial_hardware_production}. */
    public static final ParameterId RATIO_HARDWARE_TO_INITIAL_HARDWARE_PRODUCTION = p(
            "ratio_hardware_to_initial_hardware_production", "x", 1e-3, 1e3, 2,
            "hardware stock of 2022 over the production of 2022");
    /** {@code initial_buyable_hardware_performance}. */
    public static final ParameterId INITIAL_BUYABLE_HARDWARE_PERFORMANCE = p("initial_buyable_hardware_performance",
            "FLOP/year/$", 1e10, 1e25, 1.5e17, "FLOP/year per dollar of the best chip on sale in 2022");
    /** {@code initial_gwp}. */
    public static final ParameterId INITIAL_GWP = p("initial_gwp", "$/year", 1e9, 1e18, 8.5e13,
            "gross world product of 2022, 2020 dollars");
    /** {@code initial_population}. */
    public static final ParameterId INITIAL_POPULATION = p("initial_population", "people", 1e3, 1e12, 4e9,
            "people who work, 2022");
    /** {@code initial_cognitive_share_goods}. */
    public static final ParameterId INITIAL_COGNITIVE_SHARE_GOODS = f("initial_cognitive_share_goods", 0.5,
            "share of goods and services output paid to labour and compute (the rest to capital)");
    /** {@code initial_cognitive_share_hardware_rnd}. */
    public static final ParameterId INITIAL_COGNITIVE_SHARE_HARDWARE_RND = f("initial_cognitive_share_hardware_rnd",
            0.7, "share of hardware R&D output paid to labour and compute");
    /** {@code initial_compute_share_goods}. */
    public static final ParameterId INITIAL_COMPUTE_SHARE_GOODS = f("initial_compute_share_goods", 0.01,
            "share of cognitive output in goods and services done by computers");
    /** {@code initial_compute_share_rnd}. */
    public static final ParameterId INITIAL_COMPUTE_SHARE_RND = f("initial_compute_share_rnd", 0.01,
            "share of cognitive output in R&D done by computers");
    /** {@code initial_experiment_share_software_rnd}. */
    public static final ParameterId INITIAL_EXPERIMENT_SHARE_SOFTWARE_RND = f(
            "initial_experiment_share_software_rnd", 0.3, "share of software R&D done by experiments");
    /** {@code rampup_trigger}. */
    public static final ParameterId RAMPUP_TRIGGER = f("rampup_trigger", 0.06,
            "share of goods and services tasks automated that wakes up investment");
    /** {@code initial_capital_growth}. */
    public static final ParameterId INITIAL_CAPITAL_GROWTH = p("initial_capital_growth", "1/year", 1e-4, 1, 0.0275,
            "growth rate of capital in 2022, which sets the initial capital stock");
    /** {@code labour_growth}. */
    public static final ParameterId LABOUR_GROWTH = p("labour_growth", "1/year", -0.5, 0.5, 0.01,
            "growth rate of labour");
    /** {@code tfp_growth}. */
    public static final ParameterId TFP_GROWTH = p("tfp_growth", "1/year", -0.5, 0.5, 0.01,
            "growth rate of total factor productivity");
    /** {@code compute_depreciation}. */
    public static final ParameterId COMPUTE_DEPRECIATION = p("compute_depreciation", "1/year", 0, 0.99, 0.2,
            "share of the hardware stock lost each year");
    /** {@code money_cap_training_before_wakeup}. */
    public static final ParameterId MONEY_CAP_TRAINING_BEFORE_WAKEUP = p("money_cap_training_before_wakeup", "$",
            1, 1e15, 4e9, "cost of the largest training run above which its share of compute stops growing until "
                    + "wake-up");
    /** {@code training_requirements_steepness}. */
    public static final ParameterId TRAINING_REQUIREMENTS_STEEPNESS = p("training_requirements_steepness", "OOMs",
            0, 20, 0, "0: smooth training requirements; s: they jump only every s orders of magnitude");
    /** {@code runtime_requirements_steepness}. */
    public static final ParameterId RUNTIME_REQUIREMENTS_STEEPNESS = p("runtime_requirements_steepness", "OOMs",
            0, 20, 0, "0: smooth runtime requirements; s: they jump only every s orders of magnitude");

    /** Setting {@code t_start}. */
    public static final ParameterId T_START = KIND.setting("t_start", "year", 2000, 2200, 2022,
            "first year of a run (source: 2022; the initial values describe it)");
    /** Setting {@code t_end}. */
    public static final ParameterId T_END = KIND.setting("t_end", "year", 2000, 2300, 2100,
            "a run steps while the year is below t_end (source: 2100)");
    /** Setting {@code t_step}. */
    public static final ParameterId T_STEP = KIND.setting("t_step", "years", 0.01, 1, 0.1,
            "time step (source: 0.1)");
    /** Setting {@code n_labour_tasks}. */
    public static final ParameterId N_LABOUR_TASKS = KIND.wholeSetting("n_labour_tasks", "tasks", 2, 1000, 100,
            "number of labour tasks, besides the one task computers already do (source: 100)");

    /** Setting {@code max_frac_automatable_tasks_goods}. */
    public static final ParameterId MAX_FRAC_AUTOMATABLE_TASKS_GOODS = KIND.setting(
            "max_frac_automatable_tasks_goods", "1", 0, 1, 1,
            "draws with a larger share of goods tasks automatable in the first step are rejected, as the source's "
                    + "Monte Carlo rejects them (it uses 0): drawn again under a scenario's redraw, else not counted "
                    + "(reported as diverged); 1 keeps every draw");
    /** Setting {@code max_frac_automatable_tasks_rnd}. */
    public static final ParameterId MAX_FRAC_AUTOMATABLE_TASKS_RND = KIND.setting(
            "max_frac_automatable_tasks_rnd", "1", 0, 1, 1,
            "the same for R&D tasks (the source's Monte Carlo uses 0.05); 1 keeps every draw");

    static {
        KIND.requireAbove(T_END, T_START, 0, true);
    }

    /** The parameters, in the order of a run's parameter array. */
    public static final List<Parameter> PARAMETERS = KIND.parameters();
    /** The settings. */
    public static final List<Parameter> SETTINGS = KIND.settings();

    /** The source's aggressive preset, {@code presets.js}. */
    public static final Map<String, Double> AGGRESSIVE = preset(
            "full_automation_requirements_training", 1e33, "flop_gap_training", 10.0,
            "goods_vs_rnd_requirements_training", 30.0, "full_automation_requirements_runtime", 1e15,
            "flop_gap_runtime", 1.0, "goods_vs_rnd_requirements_runtime", 300.0, "runtime_training_tradeoff", 0.8,
            "runtime_training_max_tradeoff", 1000.0, "labour_substitution_goods", -0.2,
            "labour_substitution_rnd", -0.2, "capital_substitution_goods", -0.2, "capital_substitution_rnd", -0.17,
            "hardware_returns", 7.0, "software_returns", 5.0, "hardware_performance_ceiling", 1e29,
            "software_ceiling", 1e16, "rnd_parallelization_penalty", 0.99, "hardware_delay", 0.01,
            "frac_gwp_compute_growth", 0.37, "frac_compute_training_growth", 0.163764182165674,
            "frac_capital_hardware_rnd_growth_rampup", 0.31999999999999995,
            "frac_labour_hardware_rnd_growth_rampup", 0.31999999999999995,
            "frac_compute_hardware_rnd_growth_rampup", 1.3699999999999999,
            "frac_labour_software_rnd_growth_rampup", 0.37,
            "frac_compute_software_rnd_growth_rampup", 1.3699999999999999, "frac_gwp_compute_growth_rampup", 0.37,
            "frac_compute_training_growth_rampup", 4.5, "frac_capital_hardware_rnd_ceiling", 0.1,
            "frac_labour_hardware_rnd_ceiling", 0.1, "frac_compute_hardware_rnd_ceiling", 0.35,
            "frac_labour_software_rnd_ceiling", 0.1, "frac_compute_software_rnd_ceiling", 0.35,
            "frac_gwp_compute_ceiling", 0.3, "frac_compute_training_ceiling", 0.2,
            "initial_hardware_production", 1e29, "initial_cognitive_share_goods", 0.65, "rampup_trigger", 0.2,
            "compute_depreciation", 0.3, "money_cap_training_before_wakeup", 4e8);
    /** The source's best-guess preset, {@code presets.js}: the defaults. */
    public static final Map<String, Double> BEST_GUESS = preset();
    /** The source's conservative preset, {@code presets.js}. */
    public static final Map<String, Double> CONSERVATIVE = preset(
            "full_automation_requirements_training", 1e40, "flop_gap_training", 1e8,
            "goods_vs_rnd_requirements_training", 1.0, "full_automation_requirements_runtime", 1e20,
            "flop_gap_runtime", 100.0, "goods_vs_rnd_requirements_runtime", 30.0, "runtime_training_tradeoff", 3.0,
            "runtime_training_max_tradeoff", 1.0, "labour_substitution_goods", -2.0, "labour_substitution_rnd", -2.0,
            "capital_substitution_goods", -2.0, "capital_substitution_rnd", -0.5, "hardware_returns", 3.0,
            "software_returns", 0.8, "hardware_performance_ceiling", 1e23, "software_ceiling", 1e8,
            "rnd_parallelization_penalty", 0.2, "hardware_delay", 2.5, "frac_gwp_compute_growth", 0.07,
            "frac_compute_training_growth", 0.931292546497022, "frac_capital_hardware_rnd_growth_rampup", 0.05,
            "frac_labour_hardware_rnd_growth_rampup", 0.05, "frac_compute_hardware_rnd_growth_rampup", 0.27,
            "frac_labour_software_rnd_growth_rampup", 0.12, "frac_compute_software_rnd_growth_rampup", 0.27,
            "frac_gwp_compute_growth_rampup", 0.07, "frac_compute_training_growth_rampup", 0.55,
            "frac_capital_hardware_rnd_ceiling", 0.01, "frac_labour_hardware_rnd_ceiling", 0.01,
            "frac_compute_hardware_rnd_ceiling", 0.05, "frac_labour_software_rnd_ceiling", 0.01,
            "frac_compute_software_rnd_ceiling", 0.05, "frac_gwp_compute_ceiling", 0.03,
            "frac_compute_training_ceiling", 0.03, "initial_hardware_production", 1e27,
            "initial_cognitive_share_goods", 0.3, "rampup_trigger", 0.01, "compute_depreciation", 0.1,
            "money_cap_training_before_wakeup", 2e10);
    /** The source's low-training-requirements timelines preset (1e30 FLOP), tradeoff disabled. */
    public static final Map<String, Double> SHORT_TIMELINES = preset("full_automation_requirements_training", 1e30,
            "flop_gap_training", 100.0, "full_automation_requirements_runtime", 1e15, "runtime_training_tradeoff",
            0.0, "runtime_training_max_tradeoff", 1.0);
    /** The source's medium-training-requirements timelines preset (1e36 FLOP), tradeoff disabled. */
    public static final Map<String, Double> MEDIUM_TIMELINES = preset("runtime_training_tradeoff", 0.0,
            "runtime_training_max_tradeoff", 1.0);
    /** The source's high-training-requirements timelines preset (1e42 FLOP), tradeoff disabled. */
    public static final Map<String, Double> LONG_TIMELINES = preset("full_automation_requirements_training", 1e42,
            "flop_gap_training", 1e6, "full_automation_requirements_runtime", 1e20, "runtime_training_tradeoff",
            0.0, "runtime_training_max_tradeoff", 1.0);

    /**
     * Returns a run's parameter array: the defaults (the best-guess preset) overridden by the given values.
     *
     * @param values parameter values by name
     * @return a new array in the order of {@link #PARAMETERS}
     * @throws IllegalArgumentException naming an unknown parameter, or a value outside its range with the range
     */
    public static double[] vector(Map<String, Double> values) {
        double[] p = new double[PARAMETERS.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            p[i] = PARAMETERS.get(i).defaultValue();
            index.put(PARAMETERS.get(i).name(), i);
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                throw new IllegalArgumentException("ftm has no parameter " + e.getKey());
            }
            p[i] = PARAMETERS.get(i).check(e.getValue());
        }
        return p;
    }

    private static Map<String, Double> preset(Object... pairs) {
        Map<String, Double> m = new HashMap<>();
        for (Parameter q : PARAMETERS) {
            m.put(q.name(), q.defaultValue());
        }
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            if (!m.containsKey(name)) {
                throw new IllegalStateException("preset names unknown parameter " + name);
            }
            m.put(name, (Double) pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    private static ParameterId p(String name, String unit, double lower, double upper, double def, String what) {
        return KIND.parameter(name, unit, lower, upper, def, what + "; default: best-guess preset of the source");
    }

    private static ParameterId g(String name, double def, String what) {
        return p(name, "1/year", -1, 20, def, what);
    }

    private static ParameterId f(String name, double def, String what) {
        return p(name, "1", 1e-9, 1, def, what);
    }
}
