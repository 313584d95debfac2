package org.rsisim.models.ftm;

import static org.rsisim.models.ftm.FtmParameters.*;

import java.util.Arrays;

/**
 * The dynamics of Davidson's compute-centric full takeoff model as its source publishes it: Tom Davidson, "What a
 * compute-centric framework says about takeoff speeds" (Open Philanthropy, 2023), with the code of Epoch AI's
 * takeoffspeeds.com, repository {@code epoch-research/ftm} ({@code ftm/core/model.py} and its JavaScript port
 * {@code website/src/js/ftm/ftm.js}, which rsisim follows operation by operation; SOURCES.md, "Compute-centric full
 * takeoff model"). One instance simulates one trajectory at a time into arrays it allocates once; a run allocates
 * nothing. Not thread-safe: one instance per worker.
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
 * None in the arithmetic: each expression is evaluated in the source's order, powers with {@link Math#pow}, so
 * trajectories equal the source's to rounding of the last bits ({@code FtmReferenceTest}). Quantities the source
 * recomputes every step but which cannot change (the task weights to the power {@code sigma}, and the
 * productivities {@code eta} when the tradeoff is off) are computed once per run. Where the source throws
 * ("initial biggest training run is bigger than available compute") {@link #run} returns {@code false}.
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

    // automation requirements, length n + 1
    private final double[] goodsTraining;
    private final double[] goodsRuntime;
    private final double[] rndTraining;
    private final double[] rndRuntime;
    private final double[] quantileKeys = {0.0, 0.05, 0.1, 0.2, 0.5, 1.0};
    private final double[] quantileValues = new double[6];

    // productivities and their powers, per category, length n + 1
    private final double[] etaGoods;
    private final double[] etaRnd;
    private final double[] etaSigmaGoods;
    private final double[] etaSigmaRnd;
    private final double[] etaSigmaM1Goods;
    private final double[] etaSigmaM1Rnd;

    // task weights per sector, and beta^sigma, (beta eta)^sigma / eta
    private final Sector goods;
    private final Sector hardwareRnd;
    private final Sector softwareRnd;

    // scratch of the allocation solver, and of the no-automation counterfactual
    private final double[] sumsBeta;
    private final double[] sumsBetaEta;
    private final double[] scratchLabour;
    private final double[] scratchCompute;
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
    private double rampupStart;
    private double rampupMid;
    private double subAgiYear;
    private double agiYear;
    private int doublings;

    /** Per-sector constants and task arrays. */
    private static final class Sector {
        final double[] innerWeights;
        final double[] outerWeights = new double[2];
        final double[] betaSigma;
        final double[] betaEtaSigma;
        final double[] labourTask;
        final double[] computeTask;
        final double[] taskInput;
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
            labourTask = new double[size];
            computeTask = new double[size];
            taskInput = new double[size];
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
        goodsTraining = new double[size];
        goodsRuntime = new double[size];
        rndTraining = new double[size];
        rndRuntime = new double[size];
        etaGoods = new double[size];
        etaRnd = new double[size];
        etaSigmaGoods = new double[size];
        etaSigmaRnd = new double[size];
        etaSigmaM1Goods = new double[size];
        etaSigmaM1Rnd = new double[size];
        goods = new Sector(size);
        hardwareRnd = new Sector(size);
        softwareRnd = new Sector(size);
        sumsBeta = new double[size + 1];
        sumsBetaEta = new double[size + 1];
        scratchLabour = new double[size];
        scratchCompute = new double[size];
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
        productivities(goodsRuntime, goodsTraining, btr0, etaGoods);
        productivities(rndRuntime, rndTraining, btr0, etaRnd);
        calibrate(goods, capital * fCapitalGoods, labour * fLabourGoods, comp * fComputeGoods, etaGoods,
                rhoLabourGoods, rhoCapitalGoods, capitalShareGoods / cognitiveGoods,
                computeShareGoods / labourShareGoods);
        calibrate(hardwareRnd, capital * fCapitalHw, labour * fLabourHw, comp * fComputeHw, etaRnd,
                rhoLabourRnd, rhoCapitalHardwareRnd, capitalShareHw / cognitiveHw, computeShareHw / labourShareHw);
        calibrate(softwareRnd, Math.pow(hw, experimentsEfficiency), labour * fLabourSw, comp * fComputeSw, etaRnd,
                rhoLabourRnd, rhoCapitalSoftwareRnd, experimentsShare / cognitiveSw, computeShareSw / labourShareSw);
        weightPowers(goods, sigmaGoods);
        weightPowers(hardwareRnd, sigmaRnd);
        weightPowers(softwareRnd, sigmaRnd);
        boolean etaFixed = tradeoff == 0;
        if (etaFixed) {
            etaPowers(etaGoods, sigmaGoods, etaSigmaGoods, etaSigmaM1Goods);
            etaPowers(etaRnd, sigmaRnd, etaSigmaRnd, etaSigmaM1Rnd);
            betaEta(goods, etaGoods, sigmaGoods);
            betaEta(hardwareRnd, etaRnd, sigmaRnd);
            betaEta(softwareRnd, etaRnd, sigmaRnd);
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
                productivities(goodsRuntime, goodsTraining, btr, etaGoods);
                productivities(rndRuntime, rndTraining, btr, etaRnd);
                etaPowers(etaGoods, sigmaGoods, etaSigmaGoods, etaSigmaM1Goods);
                etaPowers(etaRnd, sigmaRnd, etaSigmaRnd, etaSigmaM1Rnd);
                betaEta(goods, etaGoods, sigmaGoods);
                betaEta(hardwareRnd, etaRnd, sigmaRnd);
                betaEta(softwareRnd, etaRnd, sigmaRnd);
            }
            double threshold = btr * maxTradeoff;
            int atGoods = countBelow(goodsTraining, threshold);
            int atRnd = countBelow(rndTraining, threshold);

            // production
            produce(goods, capital * fCapitalGoods, labour * fLabourGoods, comp * fComputeGoods, etaGoods,
                    etaSigmaGoods, etaSigmaM1Goods, sigmaGoods, rhoLabourGoods, rhoCapitalGoods, atGoods, tfpGoods);
            produce(hardwareRnd, capital * fCapitalHw, labour * fLabourHw, comp * fComputeHw, etaRnd, etaSigmaRnd,
                    etaSigmaM1Rnd, sigmaRnd, rhoLabourRnd, rhoCapitalHardwareRnd, atRnd, tfpRnd);
            produce(softwareRnd, Math.pow(hw, experimentsEfficiency), labour * fLabourSw, comp * fComputeSw, etaRnd,
                    etaSigmaRnd, etaSigmaM1Rnd, sigmaRnd, rhoLabourRnd, rhoCapitalSoftwareRnd, atRnd, tfpRnd);
            if (i == 0) {
                goodsOutput0 = goods.output;
                hwOutput0 = hardwareRnd.output;
                swOutput0 = softwareRnd.output;
            }
            gwp[i] = goods.output * (gwp0 / goodsOutput0);

            // hardware R&D output with only task 0 automatable
            solve(hardwareRnd.labour, hardwareRnd.compute, hardwareRnd, etaRnd, etaSigmaRnd, etaSigmaM1Rnd, sigmaRnd,
                    1, scratchLabour, scratchCompute);
            for (int j = 0; j <= n; j++) {
                scratchTaskInput[j] = scratchLabour[j] + etaRnd[j] * scratchCompute[j];
            }
            double cognitive = ces(scratchTaskInput, hardwareRnd.innerWeights, hardwareRnd.innerSum, rhoLabourRnd);
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

    private void productivities(double[] runtime, double[] training, double btr, double[] eta) {
        for (int j = 0; j <= n; j++) {
            double base = training[j] / btr;
            double req = runtime[j] * (base == 0 ? 0 : Math.pow(base, tradeoff));
            eta[j] = 1 / Math.max(req, 1);
        }
    }

    private void etaPowers(double[] eta, double sigma, double[] etaSigma, double[] etaSigmaM1) {
        for (int j = 0; j <= n; j++) {
            etaSigma[j] = Math.pow(eta[j], sigma);
            etaSigmaM1[j] = Math.pow(eta[j], sigma - 1);
        }
    }

    private void weightPowers(Sector s, double sigma) {
        for (int j = 0; j <= n; j++) {
            s.betaSigma[j] = Math.pow(s.innerWeights[j], sigma);
        }
    }

    private void betaEta(Sector s, double[] eta, double sigma) {
        for (int j = 0; j <= n; j++) {
            s.betaEtaSigma[j] = Math.pow(s.innerWeights[j] * eta[j], sigma) / eta[j];
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

    private int automatedCount(Sector s, double[] eta) {
        int c = 0;
        for (int j = 0; j <= n; j++) {
            if (eta[j] * s.computeTask[j] > 10 * s.labourTask[j]) {
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

    private void produce(Sector s, double capital, double labour, double comp, double[] eta, double[] etaSigma,
                         double[] etaSigmaM1, double sigma, double rhoL, double rhoK, int at, double tfp) {
        s.capital = capital;
        s.labour = labour;
        s.compute = comp;
        solve(labour, comp, s, eta, etaSigma, etaSigmaM1, sigma, at, s.labourTask, s.computeTask);
        for (int j = 0; j <= n; j++) {
            s.taskInput[j] = s.labourTask[j] + eta[j] * s.computeTask[j];
        }
        double cognitive = ces(s.taskInput, s.innerWeights, s.innerSum, rhoL);
        s.output = ces2(capital, cognitive, s.outerWeights, s.outerSum, rhoK) * tfp;
    }

    /** The source's solve_allocation: optimal split of labour L and compute C over the tasks. */
    private void solve(double L, double C, Sector s, double[] eta, double[] etaSigma, double[] etaSigmaM1,
                       double sigma, int at, double[] labourTask, double[] computeTask) {
        int size = n + 1;
        double[] bs = s.betaSigma;
        double sum = 0;
        for (int i = size; i >= 0; i--) {
            if (i < size) {
                sum += bs[i];
            }
            sumsBeta[i] = sum;
        }
        sum = 0;
        double[] bes = s.betaEtaSigma;
        for (int i = 0; i <= size; i++) {
            sumsBetaEta[i] = sum;
            if (i < size) {
                sum += bes[i];
            }
        }
        boolean found = false;
        for (int I = 0; I < at; I++) {
            double a = etaSigma[I] * sumsBeta[I];
            double b = sumsBetaEta[I];
            double cI = (C * a - L * b) / (a + eta[I] * b);
            double lI = (L + eta[I] * cI) * (bs[I] / sumsBeta[I]) - eta[I] * cI;
            if (lI >= 0) {
                found = true;
                Arrays.fill(labourTask, 0);
                Arrays.fill(computeTask, 0);
                computeTask[I] = cI;
                labourTask[I] = lI;
                for (int i = I + 1; i < size; i++) {
                    labourTask[i] = (L + eta[I] * cI) * (bs[i] / sumsBeta[I]);
                }
                double z = sumsBetaEta[I + 1];
                for (int i = 0; i < I; i++) {
                    computeTask[i] = (C + lI / eta[I]) * bs[i] * etaSigmaM1[i] / z;
                }
                if (I > 0 && cI < 0) {
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
                break;
            }
        }
        if (!found) {
            int I = at - 1;
            Arrays.fill(labourTask, 0);
            Arrays.fill(computeTask, 0);
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
        doublingTimes[0] = tStep / (Math.log(gwp[1] / gwp[0]) / Math.log(2));
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

    /** @return how many GWP doubling times {@link #doublingTime} holds, 1 to 5 */
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
