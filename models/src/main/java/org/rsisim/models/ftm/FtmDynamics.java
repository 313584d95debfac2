package org.rsisim.models.ftm;

import static org.rsisim.models.ftm.FtmParameters.*;

import java.util.Arrays;

/**
 * The dynamics of Davidson's compute-centric full takeoff model as its source publishes it: Tom Davidson, "What a
 * compute-centric framework says about takeoff speeds" (Open Philanthropy, 2023), with the code of Epoch AI's
 * takeoffspeeds.com, repository {@code epoch-research/ftm} ({@code ftm/core/model.py} and its JavaScript port
 * {@code website/src/js/ftm/ftm.js}, which rsisim follows operation by operation; docs/sources.md, "Published
 * takeoff models", "Compute-centric full takeoff model"). One instance simulates one trajectory at a time into
 * arrays it allocates once; a run allocates nothing. Not thread-safe: one instance per worker.
 *
 * <h2>Equations</h2>
 * Time {@code t} runs from {@code t_start} by {@code t_step} (added, as the source adds it) while {@code t < t_end};
 * {@code n} = {@code n_labour_tasks}. Step 0 produces from the initial state; every later step first reinvests the
 * previous step's output, then automates tasks, then produces.
 *
 * <p><b>Automation requirements.</b> For goods and services, training requirements {@code T_j} and runtime
 * requirements {@code R_j} (FLOP per year, the FLOP/s requirement times 31,536,000 s) of the labour tasks
 * {@code j = 1..n} interpolate log-linearly, over {@code q_j = (j-1)/(n-1)}, between the quantiles
 * {@code q -> top / u^k} with {@code u = gap^(1/7)} and {@code k = 0, 4, 7, 8.5, 9.5, 10.5} at
 * {@code q = 1, 0.5, 0.2, 0.1, 0.05, 0}: the FLOP gap is the ratio between the requirements of 100 % and of 20 %
 * automation. With a steepness {@code s > 0} each requirement is rounded up to {@code gap_low 10^(s ceil(...))}, a
 * staircase with steps every {@code s} orders of magnitude, capped at the top. R&amp;D requirements are the goods'
 * divided by {@code goods_vs_rnd_requirements_training} (resp. {@code _runtime}). Task 0, which computers already
 * do, has requirements 1.
 *
 * <p><b>Runtime-training tradeoff.</b> With the largest training run {@code B} (effective FLOP), the
 * compute-to-labour productivity of task {@code j} is {@code eta_j = 1 / max(1, R_j (T_j / B)^tau)} with
 * {@code tau = runtime_training_tradeoff} ({@code tau <= 0} disables the tradeoff: {@code tau = 0} and a maximum
 * tradeoff of 1). Task {@code j} is automatable when {@code T_j < B m}, {@code m = runtime_training_max_tradeoff}.
 *
 * <p><b>Production.</b> Goods and services, hardware R&amp;D and software R&amp;D each produce
 * {@code Y = A CES_rho_K(K, CES_rho_L(x_0..x_n))} with {@code CES_rho(x; a) = (sum a_i x_i^rho / sum a_i)^(1/rho)}
 * and task inputs {@code x_j = L_j + eta_j C_j}. The labour {@code L} and compute {@code C} of a sector are split
 * over tasks by the closed-form optimum of the source ({@code solve_allocation}: for each candidate critical task
 * {@code I} below the automatable count, compute goes to tasks up to {@code I} in proportion to
 * {@code beta_i^sigma eta_i^(sigma-1)}, labour to tasks from {@code I} in proportion to {@code beta_i^sigma},
 * {@code sigma = 1/(1-rho_L)}; the first {@code I} where the critical task's labour is non-negative wins). Capital is
 * the sector's share of the capital stock, except in software R&amp;D whose "capital" is the experiments input
 * {@code H^compute_software_rnd_experiments_efficiency} ({@code H} the physical hardware stock); its outer
 * substitution is {@code research_experiments_substitution_software}. Hardware R&amp;D's outer substitution is
 * {@code capital_substitution_rnd x rnd_parallelization_penalty}; R&amp;D's inner substitution is
 * {@code labour_substitution_rnd}. The task weights {@code beta} and outer weights are calibrated at step 0 so that
 * the initial shares of capital, labour and compute ({@code initial_cognitive_share_*},
 * {@code initial_compute_share_*}, {@code initial_experiment_share_software_rnd}) hold with no task automated.
 * TFP {@code A} grows at {@code tfp_growth}. GWP is goods output scaled so that GWP of step 0 is
 * {@code initial_gwp}.
 *
 * <p><b>R&amp;D.</b> The R&amp;D inputs are the sector outputs scaled so that step 0 spends 0.2 % (hardware) and
 * 0.02 % (software) of GWP. Cumulative input grows by {@code input^p dt} ({@code p = rnd_parallelization_penalty},
 * starting from {@code input_0^p / (ratio_initial_to_cumulative_input p)}); performance grows by
 * {@code (I_new / I_old)^(r c)} with returns {@code r = returns / p} and the ceiling penalty
 * {@code c = (log ceiling - log now) / (log ceiling - log initial)}, capped at the ceiling. Hardware performance
 * starts {@code d = round(hardware_delay / dt)} steps ahead of what can be bought (its first step's growth,
 * compounded {@code d} times) and buyable performance is performance {@code d} steps back.
 *
 * <p><b>Investment.</b> Each share (of GWP spent on compute; of compute in training, hardware R&amp;D and
 * software R&amp;D; of labour and capital in R&amp;D) grows as {@code f e^(g dt)} up to its ceiling, with the
 * {@code _growth} rate before wake-up and the {@code _growth_rampup} rate after; wake-up (rampup) holds once the
 * share of goods tasks automated reaches {@code rampup_trigger}. Before wake-up, once the largest training run
 * costs more than {@code money_cap_training_before_wakeup}, the training share stops growing. Goods take the rest
 * of each input. Compute investment {@code GWP f_compute dt} buys hardware at the buyable performance; hardware
 * depreciates at {@code compute_depreciation}; effective compute is hardware times software. Capital grows by
 * {@code 0.2 GWP dt} (from {@code 0.2 GWP_0 / (e^initial_capital_growth - 1)}), labour at {@code labour_growth}.
 *
 * <p><b>Automation.</b> A task counts as automated when the compute on it does more than 10 times the work of the
 * labour on it ({@code eta_j C_j > 10 L_j}); the fractions automated are that count less task 0, over {@code n},
 * for goods and for hardware R&amp;D.
 *
 * <h2>Where rsisim departs from the source</h2>
 * Only in the grouping of the arithmetic, never in the equations: GWP and effective compute equal the source's
 * within 1e-10 relative at every step of its six presets ({@code FtmReferenceTest}), where the milestones fall on the
 * same steps. The source
 * recomputes, each step, quantities that cannot change (the task weights to the power {@code sigma}) and evaluates
 * a power per task for the productivities, their powers and the CES of the task inputs; rsisim computes the first
 * once per run, the productivities with the tradeoff as {@code scaled_j s} with one power of the largest training
 * run per step, and the CES from the shape of the optimal allocation (tasks with compute only, one task with both,
 * tasks with labour only, each group a prefix or suffix sum times one power), which changes the last bits only.
 * With the tradeoff off it computes the productivities once per run, as the source's expressions give them. Where
 * the source throws ("initial biggest training run is bigger than available compute") {@link #run} returns
 * {@code false}.
 */
public final class FtmDynamics {
    /** Seconds in a year, as the source counts them (365 days). */
    static final double SECONDS_PER_YEAR = 60 * 60 * 24 * 365;
    /** The source's investment rate: the share of GWP added to capital each year. */
    static final double INVESTMENT_RATE = 0.2;

    private final double tStart;
    private final double tStep;
    private final int n;
    private final int steps;

    // automation requirements and productivities per category, length n + 1
    private final Category goodsCategory;
    private final Category rndCategory;
    private final double[] goodsTraining;
    private final double[] goodsRuntime;
    private final double[] rndTraining;
    private final double[] rndRuntime;
    /** Training requirements of goods and R&amp;D tasks for {@link #firstStepAutomatableAtMost}, apart from a run's. */
    private final double[] admissionGoods;
    private final double[] admissionRnd;
    private final double[] quantileKeys = {0.0, 0.05, 0.1, 0.2, 0.5, 1.0};
    private final double[] quantileValues = new double[6];

    private final double[] etaGoods;
    private final double[] etaRnd;

    // task weights per sector, and beta^sigma, (beta eta)^sigma / eta
    private final Sector goods;
    private final Sector hardwareRnd;
    private final Sector softwareRnd;

    // the no-automation counterfactual of hardware R&D, and scratch of the calibration
    private final Allocation counterfactual;
    private final double[] scratchTaskInput;

    // per-step history
    private final double[] year;
    private final double[] gwp;
    private final double[] compute;
    private final double[] hardware;
    private final double[] biggestTrainingRun;
    private final double[] hardwarePerformance;
    private final double[] software;
    private final double[] fracAutomatedGoods;
    private final double[] fracAutomatedRnd;
    private final double[] fracAutomatableGoodsNoTradeoff;
    private final double[] automationMultiplier;
    private final double[] fracComputeTrainingHistory;
    private final boolean[] rampupHistory;
    private final double[] doublingTimes = new double[5];

    private int stepsRun;
    private int divergedStep;
    private double initialFracAutomatableGoods;
    private double initialFracAutomatableRnd;
    private double rampupStart;
    private double rampupMid;
    private double subAgiYear;
    private double agiYear;
    private int doublings;

    /**
     * Requirements of a category of tasks (goods and services, or R&amp;D) and the productivities {@code eta} with
     * their powers {@code eta^sigma}, {@code eta^(sigma-1)} and {@code eta^(sigma rho)}. With the tradeoff on,
     * {@code R_j (T_j / B)^tau} is computed as {@code scaled_j s} with {@code scaled_j = R_j (T_j / T_n)^tau} once
     * per run and {@code s = (T_n / B)^tau} once per step, and the powers likewise, so that a step takes four
     * powers per category instead of four per task.
     */
    private static final class Category {
        final double[] training;
        final double[] runtime;
        final double[] eta;
        final double[] etaSigma;
        final double[] etaSigmaM1;
        final double[] etaSigmaRho;
        final double[] scaled;
        final double[] scaledSigma;
        final double[] scaledSigmaM1;
        final double[] scaledSigmaRho;
        double sigma;
        double rho;
        double reference;

        Category(int size) {
            training = new double[size];
            runtime = new double[size];
            eta = new double[size];
            etaSigma = new double[size];
            etaSigmaM1 = new double[size];
            etaSigmaRho = new double[size];
            scaled = new double[size];
            scaledSigma = new double[size];
            scaledSigmaM1 = new double[size];
            scaledSigmaRho = new double[size];
        }
    }

    /**
     * Per-sector constants and task arrays. Besides the source's quantities: {@code u_j = a_j (a_j^sigma)^rho},
     * its suffix sums, and the prefix sums of {@code u_j (eta_j^sigma)^rho}, with which the CES of the task
     * inputs takes a few powers instead of one per task (see {@link FtmDynamics#cesTasks}).
     */
    private static final class Sector {
        final double[] innerWeights;
        final double[] outerWeights = new double[2];
        final double[] betaSigma;
        final double[] betaEtaSigma;
        final double[] sumsBeta;
        final double[] sumsBetaEta;
        final double[] u;
        final double[] suffixU;
        final double[] prefixV;
        final Allocation allocation;
        double innerSum;
        double outerSum;
        double capital;
        double labour;
        double compute;
        double output;

        Sector(int size) {
            innerWeights = new double[size];
            betaSigma = new double[size];
            betaEtaSigma = new double[size];
            sumsBeta = new double[size + 1];
            sumsBetaEta = new double[size + 1];
            u = new double[size];
            suffixU = new double[size + 1];
            prefixV = new double[size + 1];
            allocation = new Allocation(size);
        }
    }

    /**
     * Creates the dynamics for a time grid and task count.
     *
     * @param tStart first year
     * @param tEnd the run steps while the year is below it
     * @param tStep time step, years
     * @param nLabourTasks number of labour tasks, at least 2
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public FtmDynamics(double tStart, double tEnd, double tStep, int nLabourTasks) {
        T_START.parameter().check(tStart);
        T_END.parameter().check(tEnd);
        T_STEP.parameter().check(tStep);
        N_LABOUR_TASKS.parameter().check(nLabourTasks);
        if (!(tEnd > tStart)) {
            throw new IllegalArgumentException("t_end = " + tEnd + " must be above t_start = " + tStart);
        }
        this.tStart = tStart;
        this.tStep = tStep;
        this.n = nLabourTasks;
        int count = 0;
        for (double t = tStart; t < tEnd; t += tStep) {
            count++;
        }
        if (count < 2) {
            throw new IllegalArgumentException("t_end - t_start = " + (tEnd - tStart)
                    + " must hold at least two steps of t_step = " + tStep);
        }
        this.steps = count;
        int size = n + 1;
        goodsCategory = new Category(size);
        rndCategory = new Category(size);
        goodsTraining = goodsCategory.training;
        goodsRuntime = goodsCategory.runtime;
        rndTraining = rndCategory.training;
        rndRuntime = rndCategory.runtime;
        admissionGoods = new double[size];
        admissionRnd = new double[size];
        etaGoods = goodsCategory.eta;
        etaRnd = rndCategory.eta;
        goods = new Sector(size);
        hardwareRnd = new Sector(size);
        softwareRnd = new Sector(size);
        counterfactual = new Allocation(size);
        scratchTaskInput = new double[size];
        year = new double[steps];
        gwp = new double[steps];
        compute = new double[steps];
        hardware = new double[steps];
        biggestTrainingRun = new double[steps];
        hardwarePerformance = new double[steps];
        software = new double[steps];
        fracAutomatedGoods = new double[steps];
        fracAutomatedRnd = new double[steps];
        fracAutomatableGoodsNoTradeoff = new double[steps];
        automationMultiplier = new double[steps];
        fracComputeTrainingHistory = new double[steps];
        rampupHistory = new boolean[steps];
    }

    /** Creates the dynamics on the source's grid: 2022 to 2100 by 0.1 years, 100 labour tasks. */
    public FtmDynamics() {
        this(2022, 2100, 0.1, 100);
    }

    // ---------------------------------------------------------------------------------------------------------
    // parameters of the current run
    private double tradeoff;
    private double maxTradeoff;
    private double rhoLabourGoods;
    private double rhoLabourRnd;
    private double rhoCapitalGoods;
    private double rhoCapitalHardwareRnd;
    private double rhoCapitalSoftwareRnd;
    private double sigmaGoods;
    private double sigmaRnd;
    private double penalty;

    /**
     * Simulates one trajectory.
     *
     * @param p the run's parameters, in the order of {@link FtmParameters#PARAMETERS}
     * @return {@code false} if the initial training run exceeds the initial compute (the source throws), else
     *     {@code true}; the results are then read with this object's accessors until the next run
     */
    public boolean run(double[] p) {
        stepsRun = 0;
        divergedStep = -1;
        double t0 = tStart;
        double dt = tStep;
        tradeoff = RUNTIME_TRAINING_TRADEOFF.get(p);
        maxTradeoff = RUNTIME_TRAINING_MAX_TRADEOFF.get(p);
        if (tradeoff <= 0) {
            tradeoff = 0;
            maxTradeoff = 1;
        }
        double fullTraining = FULL_AUTOMATION_REQUIREMENTS_TRAINING.get(p);
        double gapTraining = FLOP_GAP_TRAINING.get(p);
        double fullRuntime = FULL_AUTOMATION_REQUIREMENTS_RUNTIME.get(p);
        double gapRuntime = FLOP_GAP_RUNTIME.get(p);
        double steepTraining = TRAINING_REQUIREMENTS_STEEPNESS.get(p);
        double steepRuntime = RUNTIME_REQUIREMENTS_STEEPNESS.get(p);
        automationCosts(fullTraining, gapTraining, steepTraining, goodsTraining);
        automationCosts(fullRuntime * SECONDS_PER_YEAR, gapRuntime, steepRuntime, goodsRuntime);
        automationCosts(fullTraining / GOODS_VS_RND_REQUIREMENTS_TRAINING.get(p), gapTraining, steepTraining,
                rndTraining);
        automationCosts(fullRuntime * SECONDS_PER_YEAR / GOODS_VS_RND_REQUIREMENTS_RUNTIME.get(p), gapRuntime,
                steepRuntime, rndRuntime);

        double buyable0 = INITIAL_BUYABLE_HARDWARE_PERFORMANCE.get(p);
        double gwp0 = INITIAL_GWP.get(p);
        double hardwareProduction = INITIAL_HARDWARE_PRODUCTION.get(p);
        double hardware0 = hardwareProduction * RATIO_HARDWARE_TO_INITIAL_HARDWARE_PRODUCTION.get(p);
        double software0 = 1;
        double rndInputHardware0 = gwp0 * 0.2e-2;
        double rndInputSoftware0 = gwp0 * 0.02e-2;

        double cognitiveGoods = INITIAL_COGNITIVE_SHARE_GOODS.get(p);
        double capitalShareGoods = 1 - cognitiveGoods;
        double computeShareGoods = INITIAL_COMPUTE_SHARE_GOODS.get(p) * cognitiveGoods;
        double labourShareGoods = cognitiveGoods - computeShareGoods;
        double cognitiveHw = INITIAL_COGNITIVE_SHARE_HARDWARE_RND.get(p);
        double capitalShareHw = 1 - cognitiveHw;
        double computeShareRnd = INITIAL_COMPUTE_SHARE_RND.get(p);
        double computeShareHw = computeShareRnd * cognitiveHw;
        double labourShareHw = cognitiveHw - computeShareHw;
        double experimentsShare = INITIAL_EXPERIMENT_SHARE_SOFTWARE_RND.get(p);
        double cognitiveSw = 1 - experimentsShare;
        double computeShareSw = computeShareRnd * cognitiveSw;
        double labourShareSw = cognitiveSw - computeShareSw;

        penalty = RND_PARALLELIZATION_PENALTY.get(p);
        double hardwareReturns = HARDWARE_RETURNS.get(p) / penalty;
        double softwareReturns = SOFTWARE_RETURNS.get(p) / penalty;
        double hardwareCeiling = HARDWARE_PERFORMANCE_CEILING.get(p);
        double softwareCeiling = SOFTWARE_CEILING.get(p);
        rhoLabourGoods = LABOUR_SUBSTITUTION_GOODS.get(p);
        rhoLabourRnd = LABOUR_SUBSTITUTION_RND.get(p);
        rhoCapitalGoods = CAPITAL_SUBSTITUTION_GOODS.get(p);
        rhoCapitalHardwareRnd = CAPITAL_SUBSTITUTION_RND.get(p) * penalty;
        rhoCapitalSoftwareRnd = RESEARCH_EXPERIMENTS_SUBSTITUTION_SOFTWARE.get(p);
        sigmaGoods = 1. / (1. - rhoLabourGoods);
        sigmaRnd = 1. / (1. - rhoLabourRnd);
        double experimentsEfficiency = COMPUTE_SOFTWARE_RND_EXPERIMENTS_EFFICIENCY.get(p);
        int delayIdx = evenRound(HARDWARE_DELAY.get(p) / dt);

        // initial state
        double hwCumulative = Math.pow(rndInputHardware0, penalty)
                / (RATIO_INITIAL_TO_CUMULATIVE_INPUT_HARDWARE_RND.get(p) * penalty);
        double swCumulative = Math.pow(rndInputSoftware0, penalty)
                / (RATIO_INITIAL_TO_CUMULATIVE_INPUT_SOFTWARE_RND.get(p) * penalty);
        double sw = software0;
        double hwPerf = 0;
        double labour = INITIAL_POPULATION.get(p);
        double capital = gwp0 * INVESTMENT_RATE / (Math.exp(INITIAL_CAPITAL_GROWTH.get(p)) - 1);
        double hw = hardware0;
        double comp = hardware0 * software0;
        double computeInvestment = hardwareProduction * dt / buyable0;
        double buyable = buyable0;
        double tfpGoods = 1;
        double tfpRnd = 1;
        double btr0 = INITIAL_BIGGEST_TRAINING_RUN.get(p);
        double moneySpentTraining = btr0 / (software0 * buyable0);

        double fGwpCompute = computeInvestment / gwp0 / dt;
        double fCapitalHw = INITIAL_FRAC_CAPITAL_HARDWARE_RND.get(p);
        double fCapitalSw = 0;
        double fCapitalGoods = 1 - fCapitalHw;
        double fLabourHw = INITIAL_FRAC_LABOUR_HARDWARE_RND.get(p);
        double fLabourSw = INITIAL_FRAC_LABOUR_SOFTWARE_RND.get(p);
        double fLabourGoods = 1 - fLabourHw - fLabourSw;
        double fComputeHw = INITIAL_FRAC_COMPUTE_HARDWARE_RND.get(p);
        double fComputeSw = INITIAL_FRAC_COMPUTE_SOFTWARE_RND.get(p);
        double fTraining = btr0 / comp;
        double fComputeGoods = 1 - fComputeHw - fComputeSw - fTraining;
        if (btr0 > comp) {
            return false;
        }

        // growth rates and ceilings of the shares
        double gGwpCompute = FRAC_GWP_COMPUTE_GROWTH.get(p);
        double gGwpComputeR = FRAC_GWP_COMPUTE_GROWTH_RAMPUP.get(p);
        double cGwpCompute = FRAC_GWP_COMPUTE_CEILING.get(p);
        double gTraining = FRAC_COMPUTE_TRAINING_GROWTH.get(p);
        double gTrainingR = FRAC_COMPUTE_TRAINING_GROWTH_RAMPUP.get(p);
        double cTraining = FRAC_COMPUTE_TRAINING_CEILING.get(p);
        double gCapitalHw = FRAC_CAPITAL_HARDWARE_RND_GROWTH.get(p);
        double gCapitalHwR = FRAC_CAPITAL_HARDWARE_RND_GROWTH_RAMPUP.get(p);
        double cCapitalHw = FRAC_CAPITAL_HARDWARE_RND_CEILING.get(p);
        double gLabourHw = FRAC_LABOUR_HARDWARE_RND_GROWTH.get(p);
        double gLabourHwR = FRAC_LABOUR_HARDWARE_RND_GROWTH_RAMPUP.get(p);
        double cLabourHw = FRAC_LABOUR_HARDWARE_RND_CEILING.get(p);
        double gComputeHw = FRAC_COMPUTE_HARDWARE_RND_GROWTH.get(p);
        double gComputeHwR = FRAC_COMPUTE_HARDWARE_RND_GROWTH_RAMPUP.get(p);
        double cComputeHw = FRAC_COMPUTE_HARDWARE_RND_CEILING.get(p);
        double gLabourSw = FRAC_LABOUR_SOFTWARE_RND_GROWTH.get(p);
        double gLabourSwR = FRAC_LABOUR_SOFTWARE_RND_GROWTH_RAMPUP.get(p);
        double cLabourSw = FRAC_LABOUR_SOFTWARE_RND_CEILING.get(p);
        double gComputeSw = FRAC_COMPUTE_SOFTWARE_RND_GROWTH.get(p);
        double gComputeSwR = FRAC_COMPUTE_SOFTWARE_RND_GROWTH_RAMPUP.get(p);
        double cComputeSw = FRAC_COMPUTE_SOFTWARE_RND_CEILING.get(p);
        double rampupTrigger = RAMPUP_TRIGGER.get(p);
        double moneyCap = MONEY_CAP_TRAINING_BEFORE_WAKEUP.get(p);
        double depreciationFactor = Math.pow(1. - COMPUTE_DEPRECIATION.get(p), dt);
        double labourFactor = Math.exp(LABOUR_GROWTH.get(p) * dt);
        double tfpFactor = Math.exp(TFP_GROWTH.get(p) * dt);

        // task weights calibrated to the initial shares, with the initial training run
        goodsCategory.sigma = sigmaGoods;
        goodsCategory.rho = rhoLabourGoods;
        rndCategory.sigma = sigmaRnd;
        rndCategory.rho = rhoLabourRnd;
        boolean etaFixed = tradeoff == 0;
        prepare(goodsCategory, btr0);
        prepare(rndCategory, btr0);
        calibrate(goods, capital * fCapitalGoods, labour * fLabourGoods, comp * fComputeGoods, etaGoods,
                rhoLabourGoods, rhoCapitalGoods, capitalShareGoods / cognitiveGoods,
                computeShareGoods / labourShareGoods);
        calibrate(hardwareRnd, capital * fCapitalHw, labour * fLabourHw, comp * fComputeHw, etaRnd,
                rhoLabourRnd, rhoCapitalHardwareRnd, capitalShareHw / cognitiveHw, computeShareHw / labourShareHw);
        calibrate(softwareRnd, Math.pow(hw, experimentsEfficiency), labour * fLabourSw, comp * fComputeSw, etaRnd,
                rhoLabourRnd, rhoCapitalSoftwareRnd, experimentsShare / cognitiveSw, computeShareSw / labourShareSw);
        weightPowers(goods, sigmaGoods, rhoLabourGoods);
        weightPowers(hardwareRnd, sigmaRnd, rhoLabourRnd);
        weightPowers(softwareRnd, sigmaRnd, rhoLabourRnd);
        if (etaFixed) {
            betaEta(goods, goodsCategory);
            betaEta(hardwareRnd, rndCategory);
            betaEta(softwareRnd, rndCategory);
        }

        double goodsOutput0 = 0;
        double hwOutput0 = 0;
        double swOutput0 = 0;
        double hwRndInput = 0;
        double swRndInput = 0;
        boolean rampup = false;
        double t = t0;
        for (int i = 0; i < steps; i++, t += dt) {
            year[i] = t;
            if (i > 0) {
                // R&D
                if (i == 1) {
                    double improved = rndStep(buyable0, buyable0, hwRndInput, hwCumulative, hardwareReturns,
                            hardwareCeiling, dt);
                    double rate = improved / buyable0;
                    hwPerf = buyable0 * Math.pow(rate, delayIdx);
                    hardwarePerformance[0] = hwPerf;
                }
                double newHw = rndStep(hwPerf, hardwarePerformance[0], hwRndInput, hwCumulative, hardwareReturns,
                        hardwareCeiling, dt);
                hwCumulative = newCumulative;
                hwPerf = newHw;
                hardwarePerformance[i] = hwPerf;
                double newSw = rndStep(sw, software0, swRndInput, swCumulative, softwareReturns, softwareCeiling,
                        dt);
                swCumulative = newCumulative;
                sw = newSw;

                // wake-up and shares
                rampup = fracAutomatedGoods[i - 1] >= rampupTrigger;
                fGwpCompute = share(fGwpCompute, rampup ? gGwpComputeR : gGwpCompute, cGwpCompute, dt);
                fTraining = share(fTraining, rampup ? gTrainingR : gTraining, cTraining, dt);
                fCapitalHw = share(fCapitalHw, rampup ? gCapitalHwR : gCapitalHw, cCapitalHw, dt);
                fLabourHw = share(fLabourHw, rampup ? gLabourHwR : gLabourHw, cLabourHw, dt);
                fComputeHw = share(fComputeHw, rampup ? gComputeHwR : gComputeHw, cComputeHw, dt);
                fLabourSw = share(fLabourSw, rampup ? gLabourSwR : gLabourSw, cLabourSw, dt);
                fComputeSw = share(fComputeSw, rampup ? gComputeSwR : gComputeSw, cComputeSw, dt);
                if (moneySpentTraining > moneyCap && !rampupHistory[i - 1]) {
                    fTraining = fracComputeTrainingHistory[i - 1];
                }
                fCapitalGoods = 1 - fCapitalHw - fCapitalSw;
                fLabourGoods = 1 - fLabourHw - fLabourSw;
                fComputeGoods = 1 - fComputeHw - fComputeSw - fTraining;

                // total inputs
                double g = gwp[i - 1];
                computeInvestment = g * fGwpCompute * dt;
                int tDiff = i - delayIdx;
                if (tDiff >= 0) {
                    buyable = hardwarePerformance[tDiff];
                } else {
                    buyable = hardwarePerformance[0]
                            * Math.pow(hardwarePerformance[1] / hardwarePerformance[0], tDiff);
                }
                double newHardware = computeInvestment * buyable;
                hw = hw * depreciationFactor + newHardware;
                comp = hw * sw;
                capital = capital + g * INVESTMENT_RATE * dt;
                labour = labour * labourFactor;
                tfpGoods *= tfpFactor;
                tfpRnd *= tfpFactor;
                moneySpentTraining = comp * fTraining / (sw * buyable);
            }
            rampupHistory[i] = rampup;
            fracComputeTrainingHistory[i] = fTraining;

            // automation
            double btr = comp * fTraining;
            biggestTrainingRun[i] = btr;
            if (!etaFixed) {
                productivities(goodsCategory, btr);
                productivities(rndCategory, btr);
                betaEta(goods, goodsCategory);
                betaEta(hardwareRnd, rndCategory);
                betaEta(softwareRnd, rndCategory);
            }
            double threshold = btr * maxTradeoff;
            int atGoods = countBelow(goodsTraining, threshold);
            int atRnd = countBelow(rndTraining, threshold);
            if (!(comp > 0 && comp < Double.POSITIVE_INFINITY) || atGoods < 1 || atRnd < 1) {
                // outside the source's domain (its Python raises on the floating-point error behind it)
                return stop(i);
            }
            if (i == 0) {
                initialFracAutomatableGoods = (double) (atGoods - 1) / n;
                initialFracAutomatableRnd = (double) (atRnd - 1) / n;
            }

            // production
            produce(goods, capital * fCapitalGoods, labour * fLabourGoods, comp * fComputeGoods, goodsCategory,
                    rhoCapitalGoods, atGoods, tfpGoods);
            produce(hardwareRnd, capital * fCapitalHw, labour * fLabourHw, comp * fComputeHw, rndCategory,
                    rhoCapitalHardwareRnd, atRnd, tfpRnd);
            produce(softwareRnd, Math.pow(hw, experimentsEfficiency), labour * fLabourSw, comp * fComputeSw,
                    rndCategory, rhoCapitalSoftwareRnd, atRnd, tfpRnd);
            if (i == 0) {
                goodsOutput0 = goods.output;
                hwOutput0 = hardwareRnd.output;
                swOutput0 = softwareRnd.output;
            }
            gwp[i] = goods.output * (gwp0 / goodsOutput0);
            if (!(gwp[i] > 0 && gwp[i] < Double.POSITIVE_INFINITY)) {
                return stop(i);
            }

            // hardware R&D output with only task 0 automatable
            solve(hardwareRnd.labour, hardwareRnd.compute, hardwareRnd, rndCategory, 1, counterfactual);
            double cognitive = cesTasks(hardwareRnd, rndCategory, counterfactual);
            double noAutomation = tfpRnd * ces2(hardwareRnd.capital, cognitive, hardwareRnd.outerWeights,
                    hardwareRnd.outerSum, rhoCapitalHardwareRnd);
            automationMultiplier[i] = hardwareRnd.output / noAutomation;

            hwRndInput = hardwareRnd.output * (rndInputHardware0 / hwOutput0);
            swRndInput = softwareRnd.output * (rndInputSoftware0 / swOutput0);

            compute[i] = comp;
            hardware[i] = hw;
            if (i > 0) {
                hardwarePerformance[i] = hwPerf;
            }
            software[i] = sw;
            fracAutomatedGoods[i] = (double) automatedCount(goods, etaGoods) / n;
            fracAutomatedRnd[i] = (double) automatedCount(hardwareRnd, etaRnd) / n;
            fracAutomatableGoodsNoTradeoff[i] = (double) (countBelow(goodsTraining, btr) - 1) / n;
            stepsRun = i + 1;
        }
        postSimulation();
        return true;
    }

    /** Ends a run that left the model's domain at step {@code i}. */
    private boolean stop(int i) {
        divergedStep = i;
        stepsRun = i;
        rampupStart = Double.NaN;
        rampupMid = Double.NaN;
        subAgiYear = Double.NaN;
        agiYear = Double.NaN;
        doublings = 0;
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // results

    private double newCumulative;

    /** One step of R&amp;D: returns the new performance and leaves the new cumulative input in newCumulative. */
    private double rndStep(double current, double initial, double input, double cumulative, double returns,
                           double ceiling, double dt) {
        double adjusted = Math.pow(input, penalty);
        double next = cumulative + adjusted * dt;
        double growth = next / cumulative;
        double ceilingPenalty = (Math.log10(ceiling) - Math.log10(current))
                / (Math.log10(ceiling) - Math.log10(initial));
        double rate = Math.pow(growth, returns * ceilingPenalty);
        newCumulative = next;
        return Math.min(current * rate, ceiling);
    }

    private static double share(double f, double growth, double ceiling, double dt) {
        return Math.min(f * Math.exp(dt * growth), ceiling);
    }

    /** The source's rounding of halves to even (Python's round). */
    static int evenRound(double x) {
        return (int) Math.rint(x);
    }

    private void automationCosts(double top, double gap, double steepness, double[] out) {
        double unit = Math.pow(gap, 1. / 7);
        quantileValues[5] = top;
        quantileValues[4] = top / Math.pow(unit, 4);
        quantileValues[3] = top / Math.pow(unit, 7);
        quantileValues[2] = top / Math.pow(unit, 8.5);
        quantileValues[1] = top / Math.pow(unit, 9.5);
        quantileValues[0] = top / Math.pow(unit, 10.5);
        double step = (1. - 0.) / (n - 1);
        out[0] = 1.0;
        for (int i = 0; i < n; i++) {
            double q = Math.min(0 + i * step, 1.0);
            int prev = 0;
            int next = quantileKeys.length - 1;
            for (int k = 0; k < quantileKeys.length; k++) {
                if (quantileKeys[k] <= q) {
                    prev = k;
                }
            }
            for (int k = quantileKeys.length - 1; k >= 0; k--) {
                if (q <= quantileKeys[k]) {
                    next = k;
                }
            }
            double pv = quantileValues[prev];
            double nv = quantileValues[next];
            double value;
            if (prev == next) {
                value = pv;
            } else {
                double pq = quantileKeys[prev];
                double nq = quantileKeys[next];
                value = pv * Math.pow(nv / pv, (q - pq) / (nq - pq));
            }
            out[i + 1] = value;
        }
        if (steepness != 0) {
            double gapLow = top / gap;
            double logLow = Math.log10(gapLow);
            for (int i = 1; i <= n; i++) {
                double r = Math.pow(10, logLow + Math.ceil((Math.log10(out[i]) - logLow) / steepness) * steepness);
                out[i] = r > top ? top : r;
            }
        }
    }

    /** Per run: the productivities when the tradeoff is off, else the scaled requirements and their powers. */
    private void prepare(Category c, double btr0) {
        double sigma = c.sigma;
        if (tradeoff == 0) {
            for (int j = 0; j <= n; j++) {
                double req = c.runtime[j];
                double eta = 1 / Math.max(req, 1);
                c.eta[j] = eta;
                c.etaSigma[j] = Math.pow(eta, sigma);
                c.etaSigmaM1[j] = Math.pow(eta, sigma - 1);
                c.etaSigmaRho[j] = Math.pow(c.etaSigma[j], c.rho);
            }
            return;
        }
        c.reference = c.training[n];
        for (int j = 0; j <= n; j++) {
            double a = c.runtime[j] * Math.pow(c.training[j] / c.reference, tradeoff);
            c.scaled[j] = a;
            c.scaledSigma[j] = Math.pow(a, -sigma);
            c.scaledSigmaM1[j] = Math.pow(a, 1 - sigma);
            c.scaledSigmaRho[j] = Math.pow(a, -sigma * c.rho);
        }
        productivities(c, btr0);
    }

    /** Per step with the tradeoff on: {@code eta_j = 1 / max(1, R_j (T_j / B)^tau)} and its powers. */
    private void productivities(Category c, double btr) {
        double s = Math.pow(c.reference / btr, tradeoff);
        double sSigma = Math.pow(s, -c.sigma);
        double sSigmaM1 = Math.pow(s, 1 - c.sigma);
        double sSigmaRho = Math.pow(s, -c.sigma * c.rho);
        for (int j = 0; j <= n; j++) {
            double x = c.scaled[j] * s;
            if (x > 1) {
                c.eta[j] = 1 / x;
                c.etaSigma[j] = c.scaledSigma[j] * sSigma;
                c.etaSigmaM1[j] = c.scaledSigmaM1[j] * sSigmaM1;
                c.etaSigmaRho[j] = c.scaledSigmaRho[j] * sSigmaRho;
            } else {
                c.eta[j] = 1;
                c.etaSigma[j] = 1;
                c.etaSigmaM1[j] = 1;
                c.etaSigmaRho[j] = 1;
            }
        }
    }

    /** Per run: {@code beta^sigma}, its running sums, {@code u} and its suffix sums. */
    private void weightPowers(Sector s, double sigma, double rho) {
        int size = n + 1;
        for (int j = 0; j < size; j++) {
            s.betaSigma[j] = Math.pow(s.innerWeights[j], sigma);
            s.u[j] = s.innerWeights[j] * Math.pow(s.betaSigma[j], rho);
        }
        double sum = 0;
        for (int i = size; i >= 0; i--) {
            if (i < size) {
                sum += s.betaSigma[i];
            }
            s.sumsBeta[i] = sum;
        }
        s.suffixU[size] = 0;
        for (int i = size - 1; i >= 0; i--) {
            s.suffixU[i] = s.suffixU[i + 1] + s.u[i];
        }
    }

    /** {@code (beta eta)^sigma / eta}, its running sums, and the prefix sums of {@code u eta^(sigma rho)}. */
    private void betaEta(Sector s, Category c) {
        int size = n + 1;
        double[] eta = c.eta;
        if (tradeoff == 0) {
            for (int j = 0; j < size; j++) {
                s.betaEtaSigma[j] = Math.pow(s.innerWeights[j] * eta[j], c.sigma) / eta[j];
            }
        } else {
            for (int j = 0; j < size; j++) {
                s.betaEtaSigma[j] = s.betaSigma[j] * c.etaSigmaM1[j];
            }
        }
        double sum = 0;
        for (int i = 0; i <= size; i++) {
            s.sumsBetaEta[i] = sum;
            if (i < size) {
                sum += s.betaEtaSigma[i];
            }
        }
        s.prefixV[0] = 0;
        for (int i = 0; i < size; i++) {
            s.prefixV[i + 1] = s.prefixV[i] + s.u[i] * c.etaSigmaRho[i];
        }
    }

    private static int countBelow(double[] requirements, double threshold) {
        int c = 0;
        for (double r : requirements) {
            if (r < threshold) {
                c++;
            }
        }
        return c;
    }

    /** Tasks with {@code eta_j C_j > 10 L_j}, less task 0; from the allocation's shape when it has one. */
    private int automatedCount(Sector s, double[] eta) {
        Allocation a = s.allocation;
        if (a.structured) {
            // compute-only tasks have C_j > 0 and L_j = 0, labour-only tasks C_j = 0 and L_j > 0
            int c = a.computeEnd;
            if (a.mixed >= 0 && eta[a.mixed] * a.mixedCompute > 10 * a.mixedLabour) {
                c++;
            }
            return c - 1;
        }
        int c = 0;
        for (int j = 0; j <= n; j++) {
            if (eta[j] * a.computeTask[j] > 10 * a.labourTask[j]) {
                c++;
            }
        }
        return c - 1;
    }

    /** The source's x^y with 0^y = 0 (its array power). */
    private static double pow0(double x, double y) {
        return x == 0 ? 0 : Math.pow(x, y);
    }

    /** CES of the task inputs: (sum a_i x_i^rho / S)^(1/rho), summed in the source's order. */
    private double ces(double[] x, double[] a, double aSum, double rho) {
        double sum = 0;
        double lastX = Double.NaN;
        double lastPow = 0;
        for (int j = 0; j <= n; j++) {
            double xj = x[j];
            double pw;
            if (xj == lastX) {
                pw = lastPow;
            } else {
                pw = pow0(xj, rho);
                lastX = xj;
                lastPow = pw;
            }
            sum += a[j] * pw / aSum;
        }
        return Math.pow(sum, 1. / rho);
    }

    private static double ces2(double k, double cognitive, double[] a, double aSum, double rho) {
        double sum = a[0] * pow0(k, rho) / aSum;
        sum += a[1] * pow0(cognitive, rho) / aSum;
        return Math.pow(sum, 1. / rho);
    }

    private static double[] oddsToProbs(double o, double[] out) {
        double p;
        double pNot;
        if (o < 1e-10) {
            p = o;
            pNot = 1. - p;
        } else if (o > 1e10) {
            p = 1 - 1 / o;
            pNot = 1 / o;
        } else {
            p = 1 / (1 + 1 / o);
            pNot = 1. - p;
        }
        out[0] = p;
        out[1] = pNot;
        return out;
    }

    private final double[] probs = new double[2];

    /** The source's adjust_task_weights, at step 0 with no task but task 0 done by compute. */
    private void calibrate(Sector s, double capital, double labour, double comp, double[] eta, double rhoL,
                           double rhoK, double capitalToCognitive, double computeToLabour) {
        double[] taskInput = scratchTaskInput;
        double labourShare = 0;
        double computeShare = 0;
        for (int j = 0; j <= n; j++) {
            double l = j == 0 ? 0 : labour / n;
            double c = j == 0 ? comp : 0;
            taskInput[j] = l + eta[j] * c;
        }
        for (int j = 0; j <= n; j++) {
            double l = j == 0 ? 0 : labour / n;
            labourShare += l * pow0(taskInput[j], rhoL - 1);
        }
        for (int j = 0; j <= n; j++) {
            double c = j == 0 ? comp : 0;
            computeShare += eta[j] * (c * pow0(taskInput[j], rhoL - 1));
        }
        double ratio = computeToLabour * labourShare / computeShare;
        oddsToProbs(ratio, probs);
        s.innerWeights[0] = probs[0];
        for (int j = 1; j <= n; j++) {
            s.innerWeights[j] = probs[1];
        }
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            sum += s.innerWeights[j];
        }
        s.innerSum = sum;
        double cognitive = ces(taskInput, s.innerWeights, s.innerSum, rhoL);
        double capitalShare = Math.pow(capital, rhoK);
        double cognitiveShare = Math.pow(cognitive, rhoK);
        double ratio2 = capitalToCognitive * cognitiveShare / capitalShare;
        oddsToProbs(ratio2, probs);
        s.outerWeights[0] = probs[0];
        s.outerWeights[1] = probs[1];
        s.outerSum = 0 + probs[0] + probs[1];
    }

    private void produce(Sector s, double capital, double labour, double comp, Category c, double rhoK, int at,
                         double tfp) {
        s.capital = capital;
        s.labour = labour;
        s.compute = comp;
        solve(labour, comp, s, c, at, s.allocation);
        double cognitive = cesTasks(s, c, s.allocation);
        s.output = ces2(capital, cognitive, s.outerWeights, s.outerSum, rhoK) * tfp;
    }

    /**
     * An allocation of labour and compute over the tasks. The source's allocation has a shape: tasks
     * {@code [0, computeEnd)} get compute only, {@code F beta_j^sigma eta_j^(sigma-1)}; task {@code mixed} (or none,
     * -1) gets both; tasks {@code [labourStart, n]} get labour only, {@code G beta_j^sigma}. When it has that shape
     * ({@code structured}) only the factors are kept; otherwise the task arrays hold it, computed as the source
     * computes them.
     */
    private static final class Allocation {
        final double[] labourTask;
        final double[] computeTask;
        final double[] taskInput;
        boolean structured;
        int computeEnd;
        double computeFactor;
        int mixed;
        double mixedLabour;
        double mixedCompute;
        int labourStart;
        double labourFactor;

        Allocation(int size) {
            labourTask = new double[size];
            computeTask = new double[size];
            taskInput = new double[size];
        }
    }

    /**
     * The CES of a sector's task inputs for an allocation. With the allocation's shape it is
     * {@code (F^rho sum_{j<computeEnd} u_j eta_j^(sigma rho) + a_m x_m^rho + G^rho sum_{j>=labourStart} u_j) / S}
     * to the power {@code 1/rho}, since a compute-only task's input is {@code F beta_j^sigma eta_j^sigma} and a
     * labour-only task's {@code G beta_j^sigma}: the source's sum, grouped otherwise. Without the shape it sums the
     * tasks one by one as the source does.
     */
    private double cesTasks(Sector s, Category c, Allocation a) {
        double rho = c.rho;
        if (!a.structured) {
            double[] eta = c.eta;
            for (int j = 0; j <= n; j++) {
                a.taskInput[j] = a.labourTask[j] + eta[j] * a.computeTask[j];
            }
            return ces(a.taskInput, s.innerWeights, s.innerSum, rho);
        }
        double sum = 0;
        if (a.computeEnd > 0) {
            sum += Math.pow(a.computeFactor, rho) * s.prefixV[a.computeEnd];
        }
        if (a.mixed >= 0) {
            sum += s.innerWeights[a.mixed] * pow0(a.mixedLabour + c.eta[a.mixed] * a.mixedCompute, rho);
        }
        if (a.labourStart <= n && a.labourFactor != 0) {
            sum += Math.pow(a.labourFactor, rho) * s.suffixU[a.labourStart];
        }
        return Math.pow(sum / s.innerSum, 1. / rho);
    }

    /**
     * The source's solve_allocation: the optimal split of labour {@code L} and compute {@code C} over the tasks,
     * of which the first {@code at} are automatable. For each candidate critical task {@code I}, the source's
     * equations 20 and 18 give its compute and labour; the first with non-negative labour wins (equations 17 and
     * 14 give the others), with a correction when its compute is negative; with none, the last automatable task
     * is critical with no labour (equations 14, 15 and 22).
     */
    private void solve(double L, double C, Sector s, Category c, int at, Allocation out) {
        int size = n + 1;
        double[] bs = s.betaSigma;
        double[] sumsBeta = s.sumsBeta;
        double[] sumsBetaEta = s.sumsBetaEta;
        double[] eta = c.eta;
        double[] etaSigma = c.etaSigma;
        int kind = 2;
        int I = at - 1;
        double cI = 0;
        double lI = 0;
        for (int k = 0; k < at; k++) {
            double a = etaSigma[k] * sumsBeta[k];
            double b = sumsBetaEta[k];
            double ck = (C * a - L * b) / (a + eta[k] * b);
            double lk = (L + eta[k] * ck) * (bs[k] / sumsBeta[k]) - eta[k] * ck;
            if (lk >= 0) {
                I = k;
                cI = ck;
                lI = lk;
                kind = k > 0 && ck < 0 ? 1 : 0;
                break;
            }
        }
        if (kind == 0) {
            double toCompute = C + lI / eta[I];
            out.computeEnd = I;
            out.computeFactor = toCompute / sumsBetaEta[I + 1];
            out.mixed = I;
            out.mixedLabour = lI;
            out.mixedCompute = cI;
            out.labourStart = I + 1;
            out.labourFactor = (L + eta[I] * cI) / sumsBeta[I];
        } else if (kind == 1) {
            out.computeEnd = I;
            out.computeFactor = C / sumsBetaEta[I];
            out.mixed = -1;
            out.labourStart = I;
            out.labourFactor = L / sumsBeta[I];
        } else {
            out.computeEnd = I + 1;
            out.computeFactor = C / sumsBetaEta[I + 1];
            out.mixed = -1;
            out.labourStart = I + 1;
            out.labourFactor = L / sumsBeta[I + 1];
        }
        if (out.labourStart > n) {
            // no labour-only task: the source then gives the last task all the labour
            if (kind == 0 && lI == 0) {
                out.mixedLabour = L;
            } else if (kind == 2) {
                out.computeEnd = n;
                out.mixed = n;
                out.mixedLabour = L;
                out.mixedCompute = C * bs[n] * c.etaSigmaM1[n] / sumsBetaEta[I + 1];
            }
        }
        boolean someLabour = out.labourStart <= n && out.labourFactor > 0 || out.mixed >= 0 && out.mixedLabour != 0;
        out.structured = someLabour && out.computeFactor > 0 && out.labourFactor >= 0
                && Double.isFinite(out.computeFactor) && Double.isFinite(out.labourFactor);
        if (!out.structured) {
            fill(L, C, s, c, I, cI, lI, kind, out.labourTask, out.computeTask);
        }
    }

    /** The source's task arrays of an allocation, for the allocations without the usual shape. */
    private void fill(double L, double C, Sector s, Category c, int I, double cI, double lI, int kind,
                      double[] labourTask, double[] computeTask) {
        int size = n + 1;
        double[] bs = s.betaSigma;
        double[] sumsBeta = s.sumsBeta;
        double[] sumsBetaEta = s.sumsBetaEta;
        double[] eta = c.eta;
        double[] etaSigmaM1 = c.etaSigmaM1;
        Arrays.fill(labourTask, 0);
        Arrays.fill(computeTask, 0);
        if (kind == 0 || kind == 1) {
            computeTask[I] = cI;
            labourTask[I] = lI;
            for (int i = I + 1; i < size; i++) {
                labourTask[i] = (L + eta[I] * cI) * (bs[i] / sumsBeta[I]);
            }
            double z = sumsBetaEta[I + 1];
            for (int i = 0; i < I; i++) {
                computeTask[i] = (C + lI / eta[I]) * bs[i] * etaSigmaM1[i] / z;
            }
            if (kind == 1) {
                for (int i = I; i < size; i++) {
                    computeTask[i] = 0;
                }
                for (int i = 0; i < I; i++) {
                    computeTask[i] = C * bs[i] * etaSigmaM1[i] / sumsBetaEta[I];
                }
                for (int i = 0; i < I; i++) {
                    labourTask[i] = 0;
                }
                for (int i = I; i < size; i++) {
                    labourTask[i] = L * (bs[i] / sumsBeta[I]);
                }
            }
        } else {
            double z = sumsBetaEta[I + 1];
            for (int i = 0; i < I + 1; i++) {
                computeTask[i] = C * bs[i] * etaSigmaM1[i] / z;
            }
            labourTask[I] = 0;
            for (int i = I + 1; i < size; i++) {
                labourTask[i] = L * (bs[i] / sumsBeta[I + 1]);
            }
        }
        boolean allZero = true;
        for (int i = 0; i < size; i++) {
            if (labourTask[i] != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            labourTask[size - 1] = L;
        }
    }

    private void postSimulation() {
        rampupStart = Double.NaN;
        rampupMid = Double.NaN;
        subAgiYear = Double.NaN;
        agiYear = Double.NaN;
        for (int i = 0; i < stepsRun; i++) {
            double y = year[i] - tStep;
            if (Double.isNaN(rampupStart) && rampupHistory[i]) {
                rampupStart = y;
            }
            if (i > 0) {
                if (Double.isNaN(rampupMid) && fracAutomatedGoods[i - 1] >= 0.2) {
                    rampupMid = y;
                }
                if (Double.isNaN(subAgiYear) && fracAutomatableGoodsNoTradeoff[i - 1] >= 0.2) {
                    subAgiYear = y;
                }
                if (Double.isNaN(agiYear) && fracAutomatableGoodsNoTradeoff[i - 1] >= 1) {
                    agiYear = y;
                }
            }
        }
        doublingTimes[0] = stepsRun > 1 ? tStep / (Math.log(gwp[1] / gwp[0]) / Math.log(2)) : Double.NaN;
        doublings = 1;
        if (!Double.isNaN(rampupStart)) {
            int reference = evenRound((rampupStart - tStart) / tStep);
            for (int i = reference; i < stepsRun && doublings < doublingTimes.length; i++) {
                if (gwp[i] > 2 * gwp[reference]) {
                    doublingTimes[doublings++] = (tStart + i * tStep) - (tStart + reference * tStep);
                    reference = i;
                }
            }
        }
    }

    /** Index of the first step where {@code series >= level} (or {@code >} when strict), -1 if none. */
    private int first(double[] series, double level, boolean strict) {
        for (int i = 0; i < stepsRun; i++) {
            if (strict ? series[i] > level : series[i] >= level) {
                return i;
            }
        }
        return -1;
    }

    private double timeWhen(double[] series, double level) {
        int i = first(series, level, false);
        return i < 0 ? Double.NaN : tStart + i * tStep;
    }

    private double between(int i1, int i2) {
        return i1 < 0 || i2 < 0 ? Double.NaN : (i2 - i1) * tStep;
    }

    /**
     * Says whether a draw passes the test of the source's Monte Carlo ({@code params_are_good} of
     * {@code ftm/stats/distributions.py}): the shares of goods and of R&amp;D tasks automatable (with the tradeoff)
     * in the first step are at most {@code maxGoods} and {@code maxRnd}. The shares are computed with the same
     * expressions, in the same order, as {@link #run} computes {@link #initialFracAutomatableGoods()} and
     * {@link #initialFracAutomatableRnd()}, so a draw passes exactly when its run would report shares within the
     * bounds; it costs one pass over the task requirements instead of a run. A draw whose run cannot start (its
     * initial training run exceeds the initial compute, or no task is below the threshold) passes, and its run is
     * then reported as diverged. Allocation-free; it changes nothing that {@link #run} or the accessors read.
     *
     * @param p the parameters, in the order of {@link FtmParameters#PARAMETERS}
     * @param maxGoods the largest share of goods tasks automatable in the first step
     * @param maxRnd the largest share of R&amp;D tasks automatable in the first step
     * @return {@code true} if both shares are within their bounds
     */
    public boolean firstStepAutomatableAtMost(double[] p, double maxGoods, double maxRnd) {
        double maxTradeoffHere = RUNTIME_TRAINING_TRADEOFF.get(p) <= 0 ? 1 : RUNTIME_TRAINING_MAX_TRADEOFF.get(p);
        double fullTraining = FULL_AUTOMATION_REQUIREMENTS_TRAINING.get(p);
        double gapTraining = FLOP_GAP_TRAINING.get(p);
        double steepTraining = TRAINING_REQUIREMENTS_STEEPNESS.get(p);
        automationCosts(fullTraining, gapTraining, steepTraining, admissionGoods);
        automationCosts(fullTraining / GOODS_VS_RND_REQUIREMENTS_TRAINING.get(p), gapTraining, steepTraining,
                admissionRnd);
        double comp = INITIAL_HARDWARE_PRODUCTION.get(p) * RATIO_HARDWARE_TO_INITIAL_HARDWARE_PRODUCTION.get(p) * 1.0;
        double btr0 = INITIAL_BIGGEST_TRAINING_RUN.get(p);
        if (btr0 > comp) {
            return true;
        }
        double threshold = comp * (btr0 / comp) * maxTradeoffHere;
        int atGoods = countBelow(admissionGoods, threshold);
        int atRnd = countBelow(admissionRnd, threshold);
        return (double) (atGoods - 1) / n <= maxGoods && (double) (atRnd - 1) / n <= maxRnd;
    }

    /**
     * @return the share of goods tasks automatable (with the tradeoff) in the first step, the quantity the source's
     *     Monte Carlo requires to be 0
     */
    public double initialFracAutomatableGoods() {
        return initialFracAutomatableGoods;
    }

    /** @return the same for R&amp;D tasks, which the source's Monte Carlo requires to be at most 0.05 */
    public double initialFracAutomatableRnd() {
        return initialFracAutomatableRnd;
    }

    /**
     * @return the first step whose GWP or effective compute is not a finite positive number, where the last run
     *     stopped; -1 if it ran to the end (the source's Python raises on the floating-point error behind it)
     */
    public int divergedStep() {
        return divergedStep;
    }

    /** @return the number of steps of the last run */
    public int steps() {
        return stepsRun;
    }

    /**
     * @param i a step of the last run
     * @return its year, {@code t_start} plus {@code i} steps added one by one as the source adds them
     */
    public double year(int i) {
        return year[i];
    }

    /**
     * @param i a step
     * @return gross world product at that step, 2020 dollars per year
     */
    public double gwp(int i) {
        return gwp[i];
    }

    /**
     * @param i a step
     * @return effective compute (hardware FLOP/year times software efficiency)
     */
    public double effectiveCompute(int i) {
        return compute[i];
    }

    /**
     * @param i a step
     * @return the largest training run, effective FLOP
     */
    public double biggestTrainingRun(int i) {
        return biggestTrainingRun[i];
    }

    /**
     * @param i a step
     * @return hardware performance, FLOP/year/$ (at step 0 the value the source sets when it starts step 1)
     */
    public double hardwarePerformance(int i) {
        return hardwarePerformance[i];
    }

    /**
     * @param i a step
     * @return software efficiency relative to 2022
     */
    public double software(int i) {
        return software[i];
    }

    /**
     * @param i a step
     * @return fraction of goods and services tasks automated
     */
    public double fracAutomatedGoods(int i) {
        return fracAutomatedGoods[i];
    }

    /**
     * @param i a step
     * @return fraction of R&amp;D tasks automated (in hardware R&amp;D, as the source counts)
     */
    public double fracAutomatedRnd(int i) {
        return fracAutomatedRnd[i];
    }

    /**
     * @param i a step
     * @return the hardware R&amp;D output over its output had only task 0 been automatable
     */
    public double automationMultiplier(int i) {
        return automationMultiplier[i];
    }

    /** @return the source's {@code rampup_start}: the year before the first step after wake-up; NaN if none */
    public double rampupStart() {
        return rampupStart;
    }

    /** @return the source's {@code rampup_mid}: the year of the step after 20 % goods automation; NaN if none */
    public double rampupMid() {
        return rampupMid;
    }

    /** @return the source's {@code sub_agi_year}: 20 % of goods tasks automatable without the tradeoff; NaN if none */
    public double subAgiYear() {
        return subAgiYear;
    }

    /** @return the source's {@code agi_year}: all goods tasks automatable without the tradeoff; NaN if none */
    public double agiYear() {
        return agiYear;
    }

    /** @return the source's {@code automation_gns_20%}: first year with 20 % of goods tasks automated; NaN if none */
    public double automationGoods20() {
        return timeWhen(fracAutomatedGoods, 0.2);
    }

    /** @return the source's {@code automation_gns_100%}; NaN if none */
    public double automationGoods100() {
        return timeWhen(fracAutomatedGoods, 1.0);
    }

    /** @return the source's {@code automation_rnd_20%}; NaN if none */
    public double automationRnd20() {
        return timeWhen(fracAutomatedRnd, 0.2);
    }

    /** @return the source's {@code automation_rnd_100%}; NaN if none */
    public double automationRnd100() {
        return timeWhen(fracAutomatedRnd, 1.0);
    }

    /**
     * @return the source's {@code full_automation_gns}, the takeoff duration: years from more than 20 % to 100 %
     *     of goods tasks automated; NaN if either is not reached
     */
    public double fullAutomationGoods() {
        return between(first(fracAutomatedGoods, 0.2, true), first(fracAutomatedGoods, 1.0, false));
    }

    /** @return the source's {@code full_automation_rnd}, the same for R&amp;D tasks; NaN if not reached */
    public double fullAutomationRnd() {
        return between(first(fracAutomatedRnd, 0.2, true), first(fracAutomatedRnd, 1.0, false));
    }

    /**
     * @return the source's {@code cog_output_multiplier}: years from the automation multiplier of hardware
     *     R&amp;D above 2 to above 10; NaN if not reached
     */
    public double cogOutputMultiplier() {
        return between(first(automationMultiplier, 2, true), first(automationMultiplier, 10, true));
    }

    /** @return the source's {@code sub_agi_to_agi}: {@code agi_year - sub_agi_year}; NaN if no AGI year */
    public double subAgiToAgi() {
        return agiYear - subAgiYear;
    }

    /**
     * Index of the first step from which GWP grows by more than {@code level} (as a log) over the next year.
     *
     * @param level log growth over one year
     * @return the step, or -1 if none
     */
    private int firstGwpGrowth(double level) {
        int perYear = (int) Math.floor(1 / tStep);
        for (int i = 0; i < stepsRun - perYear; i++) {
            if (Math.log(gwp[i + perYear] / gwp[i]) > level) {
                return i;
            }
        }
        return -1;
    }

    /** @return the source's {@code gwp_growth}: years from GWP growth above 5 % to above 20 % a year; NaN if not */
    public double gwpGrowth() {
        return between(firstGwpGrowth(0.05), firstGwpGrowth(0.20));
    }

    /**
     * @return the first year from which GWP grows by more than 20 % (log growth {@code ln(GWP(t+1)/GWP(t)) > 0.2},
     *     the source's test) over the following year; NaN if never
     */
    public double gwpGrowth20Year() {
        int i = firstGwpGrowth(0.20);
        return i < 0 ? Double.NaN : tStart + i * tStep;
    }

    /** @return how many GWP doubling times {@link #doublingTime} holds, 1 to 5 (0 after a diverged run) */
    public int doublings() {
        return doublings;
    }

    /**
     * The source's doubling times (unrounded): the first from the first step's growth, the others the years of
     * each successive GWP doubling from the wake-up.
     *
     * @param k 0 to {@link #doublings()} minus one
     * @return years
     */
    public double doublingTime(int k) {
        if (k < 0 || k >= doublings) {
            throw new IndexOutOfBoundsException("doubling " + k + " of " + doublings);
        }
        return doublingTimes[k];
    }
}
