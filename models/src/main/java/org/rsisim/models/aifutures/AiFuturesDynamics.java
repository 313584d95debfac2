package org.rsisim.models.aifutures;

import static org.rsisim.models.aifutures.AiFuturesParameters.*;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * The dynamics of the AI Futures Project's timelines-and-takeoff model (December 2025; code
 * {@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655}, {@code progress_model.py}), written anew
 * from its equations: one deterministic trajectory per parameter array.
 *
 * <h2>Equations</h2>
 * State: cumulative progress {@code P} (orders of magnitude of effective compute since 2012) and the research stock
 * {@code RS}. Inputs at date {@code t} ({@link AiFuturesInputs}): human researchers {@code H}, inference compute
 * {@code C}, experiment compute {@code X}, training compute growth {@code g} (OOMs per year).
 * <ul>
 *   <li><b>Experiment capacity</b> is a CES of discounted experiment compute and serial coding labour,
 *       {@code E = (a (X^z)^r + (1 - a) S^r)^(1/r)}. Its parameters follow from three beliefs: {@code r} solves
 *       {@code inf_labor_asymptote^r + inf_compute_asymptote^r = 1}; with {@code k = (c_inf / l_inf)^r} and
 *       {@code M = 1 / inv_compute_anchor_exp_cap} (capacity with a tenth of the compute),
 *       {@code z = ln((1 + k) M^r - k) / (r ln 0.1)}; and {@code a = 1 / (1 + ((X0^z / H0^pp) c_inf / l_inf)^r)}
 *       with {@code X0, H0} the inputs at 2024.8.</li>
 *   <li><b>Research effort</b> {@code RE = E * T}, with {@code T} the aggregate research taste; {@code dRS/dt = RE}.</li>
 *   <li><b>Software progress</b> {@code s = r_software * (RE / RS) / ln 10} OOMs per year, and
 *       {@code dP/dt = s + g}: progress is effective compute.</li>
 *   <li><b>Research taste.</b> Human taste is lognormal with mean 1, {@code sigma = ln(median_to_top_taste_multiplier)
 *       / z_q} ({@code z_q} the standard normal quantile of {@code top_percentile}), {@code mu = -sigma^2 / 2}. AI
 *       taste is the human taste {@code n} SDs up, {@code exp(mu + sigma n)}, with {@code n} rising linearly in
 *       progress, {@code n = ai_research_taste_at_coding_automation_anchor_sd + k_T (P - P_aa)} (at most 100),
 *       {@code k_T = ai_research_taste_slope / P'(present_day)}. Aggregate taste is the mean of human taste with
 *       AI taste {@code F} as a floor: {@code E[max(T, F)] = F Phi(b) + Phi(sigma - b)}, {@code b = (ln F - mu) /
 *       sigma}.</li>
 *   <li><b>Coding labour</b> is a CES over a continuum of tasks {@code i in [0, 1)} with substitution
 *       {@code rho = rho_coding_labor}. Task {@code i} is automatable once {@code P} passes its threshold, linear
 *       in {@code i} between the two automation anchors; an automated task's AI efficiency grows as
 *       {@code eta_init E^theta} with {@code E = 10^P} over the task's threshold ({@code theta =
 *       coding_automation_efficiency_slope / P'(present_day)}). Inference compute {@code C} is allocated optimally
 *       over the automated tasks and humans do the rest; the optimum has a cut-off task below which AI does the
 *       work, found on a grid of {@code optimal_ces_grid_size} tasks as their code finds it (a trapezoid integral
 *       of the efficiency weights, the frontier made monotone, linear interpolation). Serial coding labour is
 *       {@code S = L^parallel_penalty * coding_labor_normalization}.</li>
 *   <li><b>Automation fraction</b> (reported) is linear in {@code P} between {@code (P(present_day), A_0)} and
 *       {@code (P_aa, automation_fraction_at_coding_automation_anchor)}, clipped to [0, 1]; {@code A_0} is found by
 *       Brent's method so that AI multiplies present-day coding labour by {@code swe_multiplier_at_present_day}
 *       (after the parallel penalty).</li>
 *   <li><b>Time horizon.</b> With {@code A = 1 - doubling_difficulty_growth_factor} and
 *       {@code T_0 = present_doubling_time * P'(present_day)} (doubling time in progress units),
 *       {@code h(P) = present_horizon (1 - A (P - P_0) / T_0)^(ln 2 / ln(1 - A))}: each doubling needs
 *       {@code 1 - A} times the effective compute of the one before (a factor of exactly 1 is the exponential
 *       {@code h = present_horizon 2^((P - P_0) / T_0)}). Coding is automated at {@code P_aa} where {@code h}
 *       reaches {@code aa_time_horizon_minutes}; with the gap, where it reaches {@code pre_gap_aa_time_horizon},
 *       plus {@code gap_years * P'(present_day)}.</li>
 *   <li><b>Calibration.</b> A human-only run ({@code S = H^pp}, taste 1) gives the software progress rate in 2023;
 *       {@code r_software} is rescaled once so that it equals {@code software_progress_rate_at_reference_year}
 *       (as their code does: one rescaling, not a root search, which is exact because the human-only software
 *       rate is proportional to {@code r_software}); the rescaled human-only run gives {@code P(present_day)}
 *       and {@code P'(present_day)} used above. The initial research stock is {@code RE(t0)^2 / RE'(t0)}.</li>
 *   <li><b>Milestones</b> are read off the output grid (250 dates, 2012-2050) as their code reads them: linear
 *       interpolation of {@code P} for {@code acd_ai}, log-linear interpolation of the first crossing for the
 *       others (see {@link AiFuturesTrajectory}).</li>
 * </ul>
 *
 * <h2>Integration</h2>
 * Their answer is SciPy's Radau IIA solution ({@code solve_ivp(method='Radau', rtol=1e-3, atol=1e-5, max_step=1)})
 * sampled on the grid through its dense output, and that solver's own error is part of it: against an accurate
 * solution their milestone dates move by up to about 0.013 years. So this class integrates with
 * {@link RadauIntegrator}, the same method with the same step-size control, Newton iteration, numerical Jacobian
 * and dense output, and lands within about 1e-6 years of their dates. Its arrays are reused from run to run.
 *
 * <p>When Radau fails (the step size falls below its minimum, typically in a finite-time blow-up of progress, a
 * software intelligence explosion), their code tries four other SciPy solvers in turn on the same bounded right-hand
 * side, each with {@code max_step = 1} and dense output: RK23 ({@code rtol = 1e-4}, {@code atol = 1e-6}), RK45
 * ({@code 1e-4}, {@code 1e-6}), RK45 ({@code 1e-6}, {@code 1e-8}) and DOP853 ({@code 1e-3}, {@code 1e-5}). The first
 * that succeeds is their solution; when all fail, as they mostly do in a blow-up, the grid is read from the last
 * one's solution, whose last polynomial is extrapolated past the failure, so the milestones fall at the blow-up.
 * This class does the same with {@link RungeKuttaIntegrator}, a port of SciPy's explicit Runge-Kutta pairs, on the
 * human-only runs too (their code integrates both with one function);
 * {@link AiFuturesTrajectory#solver()} names the solver whose solution the grid holds and
 * {@link AiFuturesTrajectory#solverFailed()} says that none succeeded. A trajectory on which Radau succeeds never
 * runs the fallbacks, so it is what it was before they were added, to the bit. Measured on the 495 completed draws of
 * their own Monte Carlo cached by {@code benchmarks/aifm/compare.py} (seed 42), with
 * {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.AiFuturesTheirDraws
 * benchmarks/aifm/target/theirs-42.jsonl}: Radau fails in 63; extrapolating Radau's last step instead of running the
 * fallbacks left 10 of those 63 with a milestone more than 0.01 years from theirs (up to 0.61 years, or reached by
 * one only), and with the fallbacks none is (in 54 every solver fails, RK45 succeeds in 8 and DOP853 in 1). The same
 * solver's solution is used as in their code in 59 of the 63; in the other four one solver gets past the blow-up
 * in one code and not in the other, with milestones that still agree to 0.01 years. Where every solver fails before
 * {@code present_day} (the research stock collapsing under an extreme calibration, not a blow-up) the trajectory
 * is reported as failed: 1 of the first 5,000 runs of {@code ai-futures-2025}.
 *
 * <h2>Departures from their code, and their code against their write-up</h2>
 * Their code applies {@code top_percentile} to AI taste but the default 0.999 to the aggregate; here both use the
 * parameter (the same at their default). The SAR and SIAR thresholds are the code's fixed 3.25 and 3.25^3, not
 * the sampled {@code median_to_top_taste_multiplier} (whether the write-up ties them to it is not yet checked). The
 * milestones after SIAR that their December 2025 web page shows (TED-AI, ASI) are not in this commit of the code
 * and not here. Their website's blacksite, plan-A and SOS modes are not reproduced.
 *
 * <p>Not thread-safe: an instance keeps per-run scratch arrays; use one per worker.
 */
public final class AiFuturesDynamics {
    static final double LN10 = Math.log(10);
    private static final double LN2 = Math.log(2);
    private static final double REFERENCE_YEAR = 2024.8;
    private static final double REFERENCE_COMPUTE_CHANGE = 0.1;
    private static final double SOFTWARE_REFERENCE_YEAR = 2023.0;
    private static final double TRAINING_COMPUTE_REFERENCE_YEAR = 2025.13;
    private static final double TRAINING_COMPUTE_REFERENCE_OOMS = 26.54;
    private static final double CLIP = 1e-9;
    private static final double CAP = 1e30;
    private static final double SAR_TASTE = 3.25;

    private final AiFuturesInputs inputs;
    private final double startYear;
    private final double endYear;
    private final int points;
    private final RadauIntegrator radau = new RadauIntegrator(1e-3, 1e-5, 1.0);
    private final RadauIntegrator.Rhs rhs = this::rhs;
    // their fallbacks after Radau, in their order and with their tolerances
    private final RungeKuttaIntegrator[] fallbacks = {
        new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK23, 1e-4, 1e-6, 1.0),
        new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 1e-4, 1e-6, 1.0),
        new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 1e-6, 1e-8, 1.0),
        new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.DOP853, 1e-3, 1e-5, 1.0)};
    private static final String[] FALLBACK_NAMES = {"RK23", "RK45", "RK45 rtol 1e-6", "DOP853"};
    // the solver whose solution the last integrate() wrote, and where it stopped
    private String solverUsed = "Radau";
    private double solverReached;
    private final int cesGrid;
    private final AiFuturesTrajectory out;

    // input series of the current run
    private final double[] growth;
    // optimal-CES frontier
    private final double[] gridI;
    private final double[] log1mI;
    private final int[] stamp;
    private final double gridStep;
    private int generation;
    private boolean lazy;
    private double progZero;
    private double progOne;
    private double geomC;
    private double geomLogBase;
    private double geomLogDen;
    private double fGamma;
    private final double[] logEaut;
    private final double[] logB;
    private final double[] logF;
    private double fRho;
    private double fTheta;
    private double fEta;
    private boolean frontierValid;
    // human-only grid
    private final double[] hoProgress;
    private final double[] hoStock;
    private final double[] hoRate;
    private final double[] hoSoftware;

    // per-run constants
    private double rhoX;
    private double alphaX;
    private double zetaX;
    private double pp;
    private double norm;
    private double rSoftware;
    private double tasteMu;
    private double tasteSigma;
    private double tasteSlope;
    private double tasteOffset;
    private double autSlope;
    private double autIntercept;
    private boolean humanOnly;
    private double codingRho;
    private double stockFloor;
    // outputs of rates()
    private double dP;
    private double dRS;
    private double lastRE;
    private double lastCodingLabor;

    /**
     * Creates the dynamics over the bundled inputs with their settings: 2012 to 2050, 250 grid dates and a task
     * grid of 4,096.
     */
    public AiFuturesDynamics() {
        this(AiFuturesInputs.bundled(), 2012, 2050, 250, 4096);
    }

    /**
     * Creates the dynamics.
     *
     * @param inputs the input series (their growth-rate column is replaced per run by the three training-compute
     *        parameters)
     * @param startYear start of the integration (their {@code time_range[0]}), within the input dates
     * @param endYear end, after {@code startYear}
     * @param points output grid dates (their {@code DENSE_OUTPUT_POINTS}, 250), at least 2
     * @param cesGrid tasks in the optimal-CES grid (their {@code optimal_ces_grid_size}), in {@code [256, 16384]}
     * @throws IllegalArgumentException naming the setting, its value and the range
     */
    public AiFuturesDynamics(AiFuturesInputs inputs, double startYear, double endYear, int points, int cesGrid) {
        this.inputs = inputs;
        if (!(startYear >= inputs.time[0] && startYear < inputs.time[inputs.size() - 1])) {
            throw new IllegalArgumentException("setting start_year = " + startYear + " is outside the input dates ["
                    + inputs.time[0] + ", " + inputs.time[inputs.size() - 1] + ")");
        }
        if (!(endYear > startYear && endYear <= inputs.time[inputs.size() - 1] + 10)) {
            throw new IllegalArgumentException("setting end_year = " + endYear + " is outside (" + startYear + ", "
                    + (inputs.time[inputs.size() - 1] + 10) + "]");
        }
        if (points < 2 || points > 100_000) {
            throw new IllegalArgumentException("setting grid_points = " + points + " is outside [2, 100000]");
        }
        if (cesGrid < 256 || cesGrid > 16384) {
            throw new IllegalArgumentException("setting optimal_ces_grid_size = " + cesGrid
                    + " is outside [256, 16384]");
        }
        this.startYear = startYear;
        this.endYear = endYear;
        this.points = points;
        this.cesGrid = cesGrid;
        this.out = new AiFuturesTrajectory(points);
        this.growth = new double[inputs.size()];
        gridI = new double[cesGrid];
        log1mI = new double[cesGrid];
        stamp = new int[cesGrid];
        logEaut = new double[cesGrid];
        logB = new double[cesGrid];
        logF = new double[cesGrid];
        // numpy.linspace(0, 1 - 1e-6, M)
        double stop = 1.0 - 1e-6;
        double step = stop / (cesGrid - 1);
        for (int i = 0; i < cesGrid; i++) {
            gridI[i] = i * step;
            log1mI[i] = Math.log(1.0 - gridI[i] + 1e-18);
        }
        gridI[cesGrid - 1] = stop;
        gridStep = step;
        log1mI[cesGrid - 1] = Math.log(1.0 - stop + 1e-18);
        double span = endYear - startYear;
        double dt = span / (points - 1);
        for (int i = 0; i < points; i++) {
            out.times[i] = startYear + i * dt;
        }
        out.times[points - 1] = endYear;
        hoProgress = new double[points];
        hoStock = new double[points];
        hoRate = new double[points];
        hoSoftware = new double[points];
    }

    /**
     * Computes one trajectory.
     *
     * @param p the parameters, as {@link AiFuturesParameters}, already checked with
     *        {@link AiFuturesParameters#check}
     * @return this instance's trajectory object, overwritten by the next call
     */
    public AiFuturesTrajectory run(double[] p) {
        try {
            return trajectory(p);
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            // a root or minimum their solvers would also miss: reported, as their batch run reports a failure
            out.failed = true;
            out.failure = "solver exception";
            java.util.Arrays.fill(out.milestones, Double.NaN);
            return out;
        }
    }

    private AiFuturesTrajectory trajectory(double[] p) {
        AiFuturesTrajectory o = out;
        o.failed = false;
        o.solverFailed = false;
        o.solver = "Radau";
        java.util.Arrays.fill(o.milestones, Double.NaN);
        inputs.fillTrainingComputeGrowth(CONSTANT_TRAINING_COMPUTE_GROWTH_RATE.get(p), SLOWDOWN_YEAR.get(p),
                POST_SLOWDOWN_TRAINING_COMPUTE_GROWTH_RATE.get(p), growth);
        pp = PARALLEL_PENALTY.get(p);
        norm = CODING_LABOR_NORMALIZATION.get(p);
        codingRho = RHO_CODING_LABOR.get(p);
        experimentCapacity(p);

        // human-only run, then r_software rescaled once to the reference-year software rate and the run repeated
        humanOnly = true;
        double rs0 = initialResearchStock(0.0);
        stockFloor = Math.max(1e-6, rs0);
        double r0 = R_SOFTWARE.get(p);
        rSoftware = r0;
        if (!humanOnlyRun(rs0)) {
            o.failed = true;
            o.failure = "human-only integration";
            return o;
        }
        double reference = interp(SOFTWARE_REFERENCE_YEAR, o.times, hoSoftware, points);
        rSoftware = SOFTWARE_PROGRESS_RATE_AT_REFERENCE_YEAR.get(p) * r0 / reference;
        if (!humanOnlyRun(rs0)) {
            o.failed = true;
            o.failure = "human-only integration";
            return o;
        }
        double presentDay = PRESENT_DAY.get(p);
        double pdProgress = interp(presentDay, o.times, hoProgress, points);
        double pdRate = interp(presentDay, o.times, hoRate, points);
        double pdSoftware = interp(presentDay, o.times, hoSoftware, points);
        double pdStock = Math.exp(interpLog(presentDay, o.times, hoStock, points));
        double pdHuman = Math.exp(interpLinear(presentDay, inputs.time, inputs.logHumanLabor));
        double pdInference = Math.exp(interpLinear(presentDay, inputs.time, inputs.logInferenceCompute));
        double pdExperiment = Math.exp(interpLinear(presentDay, inputs.time, inputs.logExperimentCompute));
        o.rSoftware = rSoftware;
        o.presentDayProgress = pdProgress;
        o.anchorProgressRate = pdRate;

        // horizon and the progress of automated coding
        double h0 = PRESENT_HORIZON.get(p);
        double t0p = PRESENT_DOUBLING_TIME.get(p) * pdRate;
        double ddgf = DOUBLING_DIFFICULTY_GROWTH_FACTOR.get(p);
        boolean exponential = ddgf == 1.0;
        double a0 = 1.0 - ddgf;
        boolean gap = INCLUDE_GAP.get(p) >= 0.5;
        double target = gap ? PRE_GAP_AA_TIME_HORIZON.get(p) : AA_TIME_HORIZON_MINUTES.get(p);
        double paa;
        if (exponential) {
            double slope = LN2 / t0p;
            paa = (Math.log(target) - (Math.log(h0) - slope * pdProgress)) / slope;
        } else {
            double ratioTerm = Math.pow(target / h0, Math.log(1 - a0) / LN2);
            paa = pdProgress + t0p * (1 - ratioTerm) / a0;
        }
        if (gap) {
            paa += pdRate * GAP_YEARS.get(p);
        }
        o.progressAtAa = paa;
        if (!(Math.abs(paa) < Double.POSITIVE_INFINITY) || !(pdRate > 0)) {
            o.failed = true;
            o.failure = "automated-coding progress not finite";
            return o;
        }

        // taste and automation-efficiency slopes per progress unit
        double g = MEDIAN_TO_TOP_TASTE_MULTIPLIER.get(p);
        tasteSigma = Math.log(g) / NormalQuantile.of(TOP_PERCENTILE.get(p));
        tasteMu = -0.5 * tasteSigma * tasteSigma;
        tasteSlope = AI_RESEARCH_TASTE_SLOPE.get(p) / pdRate;
        tasteOffset = AI_RESEARCH_TASTE_AT_CODING_AUTOMATION_ANCHOR_SD.get(p) - tasteSlope * paa;
        double theta = CODING_AUTOMATION_EFFICIENCY_SLOPE.get(p) / pdRate;
        double rho = RHO_CODING_LABOR.get(p);
        double eta = OPTIMAL_CES_ETA_INIT.get(p);

        // lower automation anchor
        double aLow = lowerAnchor(p, pdProgress, paa, pdHuman, pdInference, rho, theta, eta);
        double aHigh = AUTOMATION_FRACTION_AT_CODING_AUTOMATION_ANCHOR.get(p);
        buildFrontier(pdProgress, aLow, paa, aHigh, rho, theta, eta);
        if (!frontierValid) {
            o.failed = true;
            o.failure = "optimal-CES parameters";
            return o;
        }

        // the run with AI
        humanOnly = false;
        double rsStart = initialResearchStock(0.0);
        stockFloor = Math.max(1e-6, rsStart);
        o.solverFailed = !integrate(rsStart, o.progress, o.researchStock);
        o.solver = solverUsed;
        if (o.solverFailed && solverReached < presentDay) {
            // not a blow-up: their code would read the whole future from an extrapolated polynomial
            o.failed = true;
            o.failure = "every solver failed before present_day";
            return o;
        }
        if (!(o.progress[points - 1] >= 0) || Double.isInfinite(o.progress[points - 1])) {
            o.failed = true;
            o.failure = "integration";
            return o;
        }
        metrics(p, pdHuman, pdInference, pdExperiment, pdStock, pdSoftware);
        for (int i = 0; i < points; i++) {
            if (!Double.isFinite(o.progress[i]) || Double.isNaN(o.aiSoftwareProgressMultiplier[i])
                    || Double.isNaN(o.aiResearchTaste[i]) || Double.isNaN(o.aiCodingLaborMultiplier[i])) {
                o.failed = true;
                o.failure = "non-finite output";
                return o;
            }
        }
        milestones(paa);
        return o;
    }

    // ---------------------------------------------------------------- experiment capacity

    private void experimentCapacity(double[] p) {
        double a = Math.max(INF_LABOR_ASYMPTOTE.get(p), 1e-10);
        double b = Math.max(INF_COMPUTE_ASYMPTOTE.get(p), 1e-10);
        double fLow = Math.pow(a, -50) + Math.pow(b, -50) - 1;
        double fHigh = a + b - 1;
        double r;
        if (Math.abs(fLow) < 1e-12) {
            r = -50;
        } else if (Math.abs(fHigh) < 1e-12) {
            r = 1;
        } else if (fLow * fHigh > 0) {
            r = 0.0;
        } else {
            r = new BrentSolver(1e-15, 1e-12).solve(100, x -> Math.pow(a, x) + Math.pow(b, x) - 1, -50, 1);
        }
        rhoX = r;
        double lInf = INF_LABOR_ASYMPTOTE.get(p);
        double cInf = INF_COMPUTE_ASYMPTOTE.get(p);
        double k = Math.pow(cInf / lInf, r);
        double m = 1.0 / INV_COMPUTE_ANCHOR_EXP_CAP.get(p);
        double zeta = (1.0 / (r * Math.log(REFERENCE_COMPUTE_CHANGE))) * Math.log((1 + k) * Math.pow(m, r) - k);
        double refCompute = Math.exp(interpLinear(REFERENCE_YEAR, inputs.time, inputs.logExperimentCompute));
        double refLabor = Math.exp(interpLinear(REFERENCE_YEAR, inputs.time, inputs.logHumanLabor));
        double serial = Math.pow(refLabor, pp);
        double alpha = 1.0 / (1.0 + Math.pow((Math.pow(refCompute, zeta) / serial) * (cInf / lInf), r));
        zetaX = Math.min(Math.max(zeta, 0.001), 10.0);
        if (Double.isNaN(zeta)) {
            zetaX = zeta;
        }
        alphaX = Math.min(Math.max(alpha, 0.0), 1.0);
    }

    private static double ces(double x1, double x2, double w1, double rho) {
        double w2 = 1 - w1;
        if (Math.abs(rho) < 1e-9) {
            return x1 > 0 && x2 > 0 ? Math.exp(w1 * Math.log(x1) + w2 * Math.log(x2)) : 0.0;
        }
        if (rho == 1.0) {
            return w1 * x1 + w2 * x2;
        }
        if (rho < -50) {
            return Math.min(x1, x2);
        }
        if (w1 == 0) {
            return x2;
        }
        if (w2 == 0) {
            return x1;
        }
        if (x1 == 0 && x2 == 0) {
            return 0;
        }
        if (x1 == 0) {
            return Math.pow(w2, 1 / rho) * x2;
        }
        if (x2 == 0) {
            return Math.pow(w1, 1 / rho) * x1;
        }
        double total = w1 * Math.pow(x1, rho) + w2 * Math.pow(x2, rho);
        if (total <= 0) {
            return Math.min(x1, x2);
        }
        double result = Math.pow(total, 1 / rho);
        return Double.isFinite(result) ? result : w1 * x1 + w2 * x2;
    }

    private double researchEffort(double experimentCompute, double serial, double taste) {
        if (!(Double.isFinite(experimentCompute) && Double.isFinite(serial) && Double.isFinite(taste))
                || experimentCompute < 0 || serial < 0) {
            return 0.0;
        }
        double rate = ces(Math.pow(experimentCompute, zetaX), serial, alphaX, rhoX);
        if (rate > CAP) {
            rate = CAP;
        }
        double fin = rate * taste;
        return fin > CAP ? CAP : fin;
    }

    // ---------------------------------------------------------------- taste

    private double aiTaste(double progress) {
        double sd = Math.min(tasteSlope * progress + tasteOffset, 100.0);
        double v = Math.exp(tasteMu + sd * tasteSigma);
        return Math.min(Math.max(v, 0.0), CAP);
    }

    private double aggregateTaste(double floor) {
        if (!Double.isFinite(floor)) {
            return 1.0;
        }
        if (floor <= 0) {
            return Math.exp(tasteMu + 0.5 * tasteSigma * tasteSigma);
        }
        double a = (Math.log(floor) - tasteMu) / tasteSigma;
        double upper = Math.exp(tasteMu + 0.5 * tasteSigma * tasteSigma) * NormalQuantile.cdf(tasteSigma - a);
        double lower = floor * NormalQuantile.cdf(a);
        double m = upper + lower;
        return Double.isFinite(m) ? m : Math.max(floor, 1.0);
    }

    // ---------------------------------------------------------------- coding labour

    /** Simple CES of AI and human labour with automation fraction a, then the parallel penalty (initial stock). */
    private double simpleCodingLabor(double automation, double inference, double human, double rho) {
        double a = Math.min(Math.max(automation, CLIP), 1.0 - CLIP);
        double result;
        if (Math.abs(rho) < 1e-9) {
            result = inference > 0 && human > 0 ? Math.exp(a * (Math.log(inference) - Math.log(a))
                    + (1 - a) * (Math.log(human) - Math.log(1 - a))) : 0.0;
        } else if (rho == 1.0) {
            result = inference + human;
        } else if (rho < -50) {
            result = Math.min(inference / a, human / (1 - a));
        } else {
            double t1 = inference > 0 ? Math.pow(a, 1 - rho) * Math.pow(inference, rho) : 0;
            double t2 = human > 0 ? Math.pow(1 - a, 1 - rho) * Math.pow(human, rho) : 0;
            double total = t1 + t2;
            result = total <= 0 ? Math.min(inference / a, human / (1 - a)) : Math.pow(total, 1 / rho);
            if (!Double.isFinite(result)) {
                result = a * inference + (1 - a) * human;
            }
        }
        double r = Math.pow(result, pp);
        return (Double.isFinite(r) ? r : result) * norm;
    }

    /**
     * Sets up the optimal-CES frontier for automation anchors (p1, a1), (p2, a2), linear in between. Their code
     * tabulates it on the task grid: the progress threshold of task {@code i} (made non-decreasing), the trapezoid
     * integral {@code B} of the weights {@code w = E_aut^(-rho theta / (1 - rho))}, and
     * {@code log F = log B + theta / (1 - rho) log E_aut - log(1 - i)} (made non-decreasing). When the threshold
     * increases with {@code i} (the usual case) the weights are geometric in the grid index, so {@code B} has a
     * closed form and an entry costs two logarithms; entries are then computed when first needed and kept for the
     * run ({@code stamp}), which spares the thousands of exponentials of a full table in the anchor search.
     * Otherwise the table is filled as their code fills it.
     */
    private void buildFrontier(double p1, double a1, double p2, double a2, double rho, double theta, double eta) {
        double lo1 = p1;
        double la1 = a1;
        double lo2 = p2;
        double la2 = a2;
        if (p2 < p1) {
            lo1 = p2;
            la1 = a2;
            lo2 = p1;
            la2 = a1;
        }
        double slope = (la2 - la1) / (lo2 - lo1);
        autSlope = slope;
        autIntercept = la1 - slope * lo1;
        frontierValid = rho < 1 && Math.abs(rho) > 1e-18 && theta > 0 && eta > 0;
        if (!frontierValid) {
            return;
        }
        fRho = rho;
        fTheta = theta;
        fEta = eta;
        fGamma = theta / (1.0 - rho);
        double beta = rho / (1.0 - rho) * theta;
        boolean flat = Math.abs(slope) < 1e-12;
        if (flat) {
            progZero = lo1;
            progOne = lo2;
        } else {
            double progSlope = 1 / slope;
            progZero = lo1 - progSlope * la1;
            progOne = lo2 + progSlope * (1 - la2);
        }
        double di = gridI[1] - gridI[0];
        generation++;
        if (generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            generation = 1;
        }
        lazy = progOne > progZero;
        if (lazy) {
            // w_i = w_0 e^(c i); B_i = di (w_0 + w_1) / 2 (e^(c i) - 1) / (e^c - 1)
            geomC = -beta * LN10 * (progOne - progZero) * di;
            geomLogBase = Math.log(0.5 * di * (1 + Math.exp(geomC))) - beta * LN10 * progZero;
            geomLogDen = geomC > 0 ? Math.log(Math.expm1(geomC)) : geomC < 0 ? Math.log(-Math.expm1(geomC)) : 0;
            return;
        }
        int m = cesGrid;
        double sum = 0;
        double prevW = 0;
        double maxProgress = 0;
        double maxLogF = 0;
        for (int i = 0; i < m; i++) {
            double x = gridI[i];
            double prog = x * progOne + (1 - x) * progZero;
            maxProgress = i == 0 ? prog : Math.max(maxProgress, prog);
            double le = maxProgress * LN10;
            logEaut[i] = le;
            double w = Math.exp(-beta * le);
            if (i > 0) {
                sum += 0.5 * (w + prevW);
            }
            prevW = w;
            double b = sum * di;
            double lb = i == 0 || !(b > 0) ? Double.NEGATIVE_INFINITY : Math.log(b);
            logB[i] = lb;
            double lf = lb + fGamma * le - log1mI[i];
            maxLogF = i == 0 ? lf : Math.max(maxLogF, lf);
            logF[i] = maxLogF;
            stamp[i] = generation;
        }
    }

    private double logEAt(int i) {
        if (lazy) {
            double x = gridI[i];
            return (x * progOne + (1 - x) * progZero) * LN10;
        }
        return logEaut[i];
    }

    private void fill(int i) {
        double lb;
        if (i == 0) {
            lb = Double.NEGATIVE_INFINITY;
        } else {
            double ci = geomC * i;
            double num = geomC > 0 ? ci + Math.log(-Math.expm1(-ci)) : geomC < 0 ? Math.log(-Math.expm1(ci))
                    : Math.log(i);
            lb = geomLogBase + num - geomLogDen;
        }
        logB[i] = lb;
        logF[i] = lb + fGamma * logEAt(i) - log1mI[i];
        stamp[i] = generation;
    }

    private double logBAt(int i) {
        if (stamp[i] != generation) {
            fill(i);
        }
        return logB[i];
    }

    private double logFAt(int i) {
        if (stamp[i] != generation) {
            fill(i);
        }
        return logF[i];
    }

    private double logQAt(int i) {
        return (1.0 - fRho) * log1mI[i];
    }

    private double logRAt(int i) {
        return logQAt(i) - fTheta * logEAt(i);
    }

    private static final int LOG_B = 0;
    private static final int LOG_F = 1;
    private static final int LOG_Q = 2;
    private static final int LOG_R = 3;

    private double at(int kind, int i) {
        switch (kind) {
            case LOG_B:
                return logBAt(i);
            case LOG_F:
                return logFAt(i);
            case LOG_Q:
                return logQAt(i);
            default:
                return logRAt(i);
        }
    }

    /** Linear interpolation on the task grid, as their optimal-CES code interpolates (index by search). */
    private double gridInterp(int kind, double x) {
        int m = cesGrid;
        int j = (int) (x / gridStep);
        if (j > m - 1) {
            j = m - 1;
        } else if (j < 0) {
            j = 0;
        }
        while (j + 1 < m && gridI[j + 1] <= x) {
            j++;
        }
        while (j > 0 && gridI[j] > x) {
            j--;
        }
        if (j > m - 2) {
            j = m - 2;
        }
        double x0 = gridI[j];
        double x1 = gridI[j + 1];
        double t = x1 == x0 ? 0.0 : (x - x0) / (x1 - x0);
        double a = at(kind, j);
        // (1 - t) a + t b, keeping -inf at t = 0 as NumPy does (0 * finite = 0)
        double left = (1.0 - t) * a;
        double right = t == 0.0 ? 0.0 : t * at(kind, j + 1);
        return left + right;
    }

    /** Index of the first element of the threshold table greater than x (numpy searchsorted side='right'). */
    private int searchThreshold(double x) {
        int lo = 0;
        int hi = cesGrid;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (logEAt(mid) <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double invertMonotone(double y) {
        int lo = 0;
        int hi = cesGrid - 1;
        if (y <= logFAt(lo)) {
            return gridI[lo];
        }
        if (y >= logFAt(hi)) {
            return gridI[hi];
        }
        while (hi - lo > 1) {
            int mid = (hi + lo) >>> 1;
            if (logFAt(mid) < y) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double y0 = logFAt(lo);
        double y1 = logFAt(hi);
        if (!Double.isFinite(y0) && Double.isFinite(y1)) {
            return gridI[hi];
        }
        if (Double.isFinite(y0) && !Double.isFinite(y1)) {
            return gridI[lo];
        }
        double t = (y - y0) / (y1 - y0);
        t = Math.min(Math.max(t, 0.0), 1.0);
        return (1.0 - t) * gridI[lo] + t * gridI[hi];
    }

    /** Coding labour L (before the parallel penalty) with human labour h, inference compute c, log effective compute. */
    private double optimalCodingLabor(double h, double c, double logE) {
        int m = cesGrid;
        double rho = fRho;
        int j = searchThreshold(logE) - 1;
        if (h <= 0.0) {
            return 0.0;
        }
        double kappa = c / Math.max(h, 1e-18);
        double logS = Math.log(Math.max(kappa * fEta, 1e-300)) + fTheta * logE;
        double logHuman;
        double logComp;
        if (j < 0) {
            logHuman = logQAt(0);
            logComp = rho * logS + (1.0 - rho) * logBAt(0);
        } else {
            if (j > m - 2) {
                j = m - 2;
            }
            double le0 = logEAt(j);
            double le1 = logEAt(j + 1);
            double tE = le1 == le0 ? 0.0 : Math.min(Math.max((logE - le0) / (le1 - le0), 0.0), 1.0);
            double iE = (1.0 - tE) * gridI[j] + tE * gridI[j + 1];
            double logFiE = gridInterp(LOG_F, iE);
            if (logS <= logFiE) {
                double ic = invertMonotone(logS);
                logHuman = gridInterp(LOG_Q, ic);
                logComp = logS + gridInterp(LOG_R, ic);
            } else {
                logHuman = gridInterp(LOG_Q, iE);
                logComp = rho * logS + (1.0 - rho) * gridInterp(LOG_B, iE);
            }
        }
        double sum = logAddExp(logHuman, logComp);
        return Math.exp(Math.log(h) + (1.0 / rho) * sum);
    }

    private static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double mx = Math.max(a, b);
        return mx + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    private double lowerAnchor(double[] p, double pdProgress, double paa, double human, double inference,
            double rho, double theta, double eta) {
        double swe = SWE_MULTIPLIER_AT_PRESENT_DAY.get(p);
        double targetRatio = Math.pow(swe, pp);
        double baseline = Math.pow(human, pp) * norm;
        double logE = LN10 * pdProgress;
        double aSc = Math.min(Math.max(AUTOMATION_FRACTION_AT_CODING_AUTOMATION_ANCHOR.get(p), CLIP), 1.0 - CLIP);
        org.hipparchus.analysis.UnivariateFunction objective = a -> {
            double ac = Math.min(Math.max(a, CLIP), 1.0 - CLIP);
            buildFrontier(pdProgress, ac, paa, aSc, rho, theta, eta);
            double lAi;
            if (frontierValid) {
                lAi = Math.pow(optimalCodingLabor(human, inference, logE), pp) * norm;
            } else {
                double automation = Math.min(Math.max(autIntercept + autSlope * pdProgress, 0.0), 1.0);
                lAi = simpleCodingLabor(automation, inference, human, rho);
            }
            if (!Double.isFinite(lAi) || lAi <= 0) {
                return -targetRatio;
            }
            return lAi / baseline - targetRatio;
        };
        double lo = CLIP;
        double hi = 1.0 - CLIP;
        double fLo = objective.value(lo);
        double fHi = objective.value(hi);
        if (Double.isFinite(fLo) && Double.isFinite(fHi) && fLo * fHi <= 0) {
            if (fLo == 0) {
                return lo;
            }
            if (fHi == 0) {
                return hi;
            }
            double root = new BrentSolver(1e-8).solve(100, objective, lo, hi);
            return Math.min(Math.max(root, lo), hi);
        }
        BrentOptimizer opt = new BrentOptimizer(1e-10, 1e-8);
        double x = opt.optimize(new MaxEval(500), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(a -> Math.abs(objective.value(a))),
                new SearchInterval(lo, hi)).getPoint();
        return Math.min(Math.max(x, lo), hi);
    }

    // ---------------------------------------------------------------- the ODE

    private void rates(double t, double progress, double stock) {
        if (progress > CAP) {
            progress = CAP;
        }
        if (stock <= 0) {
            stock = stockFloor;
        } else if (stock > CAP) {
            stock = CAP;
        }
        double human = Math.exp(interpLinear(t, inputs.time, inputs.logHumanLabor));
        double inference = Math.exp(interpLinear(t, inputs.time, inputs.logInferenceCompute));
        double experiment = Math.exp(interpLinear(t, inputs.time, inputs.logExperimentCompute));
        double g = Math.max(0.0, interpLinear(t, inputs.time, growth));
        double serial;
        double taste;
        if (humanOnly) {
            serial = Math.pow(human, pp) * norm;
            taste = 1.0;
        } else {
            taste = aggregateTaste(aiTaste(progress));
            double l = optimalCodingLabor(human, inference, LN10 * progress);
            lastCodingLabor = l;
            serial = Math.pow(l, pp) * norm;
        }
        if (!(serial >= 0 && serial < Double.POSITIVE_INFINITY)) {
            dP = 0;
            dRS = 0;
            return;
        }
        double re = researchEffort(experiment, serial, taste);
        lastRE = re;
        if (!(re >= 0 && re < Double.POSITIVE_INFINITY)) {
            dP = 0;
            dRS = 0;
            return;
        }
        double sw = softwareRate(stock, re);
        double overall = Math.min(sw + g, CAP);
        if (!(overall >= 0)) {
            overall = 0;
        }
        dP = overall;
        dRS = re;
    }

    private double softwareRate(double stock, double effort) {
        if (!(Double.isFinite(stock) && Double.isFinite(effort)) || stock <= 0) {
            return 0.0;
        }
        double v = effort / stock;
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            return 0.0;
        }
        double r = v * rSoftware / LN10;
        return r >= 0 && r < Double.POSITIVE_INFINITY ? r : 0.0;
    }

    private double initialResearchStock(double progress) {
        double t = startYear;
        double dt = 1e-6;
        double taste;
        double automation = 0;
        if (humanOnly) {
            taste = 1.0;
        } else {
            automation = Math.min(Math.max(autIntercept + autSlope * progress, 0.0), 1.0);
            taste = aggregateTaste(aiTaste(progress));
        }
        double re0 = stockEffort(t, automation, taste);
        double re1 = stockEffort(t + dt, automation, taste);
        double second = (re1 - re0) / dt;
        if (Math.abs(second) < 1e-6) {
            return Math.max(1e-6, re0);
        }
        double rs = re0 * re0 / second;
        if (!(rs > 0 && rs < Double.POSITIVE_INFINITY)) {
            return Math.max(1e-6, re0);
        }
        return Math.max(1e-6, rs);
    }

    private double stockEffort(double t, double automation, double taste) {
        double human = Math.exp(interpLinear(t, inputs.time, inputs.logHumanLabor));
        double inference = Math.exp(interpLinear(t, inputs.time, inputs.logInferenceCompute));
        double experiment = Math.exp(interpLinear(t, inputs.time, inputs.logExperimentCompute));
        double serial = humanOnly ? Math.pow(human, pp) * norm
                : simpleCodingLabor(automation, inference, human, codingRho);
        return researchEffort(experiment, serial, taste);
    }

    private void rhs(double t, double progress, double stock, double[] d) {
        rates(t, progress, stock);
        d[0] = dP;
        d[1] = dRS;
    }

    /**
     * Integrates from the start to the end with their solver and writes progress and research stock on the grid.
     *
     * @return {@code false} if the solver failed
     */
    private boolean integrate(double rs0, double[] progress, double[] stock) {
        radau.bounds(CAP, stockFloor);
        boolean ok = radau.integrate(rhs, startYear, 0.0, rs0, endYear, out.times, points, progress, stock);
        solverUsed = "Radau";
        solverReached = radau.reached();
        // their integrate_progress: on failure, RK23, RK45, RK45 and DOP853 in turn on the same bounded right-hand
        // side; the first that succeeds is used, and if none does, the grid is read from the last one's solution
        for (int k = 0; !ok && k < fallbacks.length; k++) {
            RungeKuttaIntegrator solver = fallbacks[k];
            solver.bounds(CAP, stockFloor);
            ok = solver.integrate(rhs, startYear, 0.0, rs0, endYear, out.times, points, progress, stock);
            solverUsed = FALLBACK_NAMES[k];
            // with no step taken, SciPy's solution cannot be evaluated: their run raises
            solverReached = solver.steps() == 0 ? startYear : solver.reached();
        }
        for (int i = 0; i < points; i++) {
            if (stock[i] <= 0) {
                stock[i] = 1e-6;
            }
        }
        return ok;
    }

    /** The human-only run with the current r_software: grid progress, stock, rates and software rates. */
    private boolean humanOnlyRun(double rs0) {
        if (!integrate(rs0, hoProgress, hoStock)) {
            return false;
        }
        for (int i = 0; i < points; i++) {
            rates(out.times[i], hoProgress[i], hoStock[i]);
            hoRate[i] = dP;
            hoSoftware[i] = softwareRate(hoStock[i], lastRE);
        }
        return true;
    }

    // ---------------------------------------------------------------- outputs

    private void metrics(double[] p, double pdHuman, double pdInference, double pdExperiment, double pdStock,
            double pdSoftware) {
        AiFuturesTrajectory o = out;
        double[] times = o.times;
        double h0 = PRESENT_HORIZON.get(p);
        double ddgf = DOUBLING_DIFFICULTY_GROWTH_FACTOR.get(p);
        double a0 = 1 - ddgf;
        double t0p = PRESENT_DOUBLING_TIME.get(p) * o.anchorProgressRate;
        boolean exponential = ddgf == 1.0;
        double anchor = exponential ? o.presentDayProgress : interp(PRESENT_DAY.get(p), times, o.progress, points);
        double exponent = LN2 / Math.log(1 - a0);
        double slope = LN2 / t0p;
        double effPrev = 0;
        double trainPrev = 0;
        double swPrev = 0;
        double gPrev = 0;
        boolean growthPositive = true;
        for (int k = 0; k < growth.length; k++) {
            growthPositive &= growth[k] > 0;
        }
        for (int i = 0; i < points; i++) {
            double t = times[i];
            double prog = o.progress[i];
            double rs = o.researchStock[i];
            rates(t, prog, rs);
            double re = lastRE;
            double coding = lastCodingLabor;
            double human = Math.exp(interpLinear(t, inputs.time, inputs.logHumanLabor));
            double taste = aiTaste(prog);
            double agg = aggregateTaste(taste);
            double automation = Math.min(Math.max(autIntercept + autSlope * prog, 0.0), 1.0);
            double logE = LN10 * prog;
            double codingPd = optimalCodingLabor(pdHuman, pdInference, logE);
            double serialPd = Math.pow(codingPd, pp) * norm;
            double rePd = researchEffort(pdExperiment, serialPd, agg);
            double swPd = softwareRate(pdStock, rePd);
            double sw = softwareRate(rs, re);
            o.automationFraction[i] = automation;
            o.aiResearchTaste[i] = taste;
            o.researchEffort[i] = re;
            o.softwareProgressRate[i] = sw;
            o.aiSoftwareProgressMultiplier[i] = pdSoftware > 0 ? swPd / pdSoftware : 0.0;
            double aiContribution = Math.max(0.0, coding - human);
            o.aiCodingLaborMultiplier[i] = aiContribution > 0 ? codingPd / pdHuman : 1.0;
            double horizon;
            if (exponential) {
                horizon = Math.exp(slope * prog + (Math.log(h0) - slope * anchor));
            } else {
                double base = Math.max(1 - a0 * (prog - anchor) / t0p, 1e-12);
                horizon = h0 * Math.pow(base, exponent);
                if (!(horizon > 0 && horizon < Double.POSITIVE_INFINITY)) {
                    horizon = 1e12;
                }
            }
            o.horizonMinutes[i] = horizon >= 0 && horizon < Double.POSITIVE_INFINITY ? horizon : 0.0;
            // effective compute: trapezoid sums of software progress and of training compute growth
            double gNow = growthPositive ? Math.exp(interpLog(t, inputs.time, growth, growth.length))
                    : interpLinear(t, inputs.time, growth);
            if (i > 0) {
                double dt = t - times[i - 1];
                effPrev += (sw + swPrev) / 2.0 * dt;
                trainPrev += (gNow + gPrev) / 2.0 * dt;
            }
            swPrev = sw;
            gPrev = gNow;
            o.effectiveCompute[i] = effPrev + trainPrev;
        }
        double shift = interp(TRAINING_COMPUTE_REFERENCE_YEAR, times, o.effectiveCompute, points);
        for (int i = 0; i < points; i++) {
            o.effectiveCompute[i] = o.effectiveCompute[i] - shift + TRAINING_COMPUTE_REFERENCE_OOMS;
        }
    }

    private void milestones(double paa) {
        AiFuturesTrajectory o = out;
        double[] times = o.times;
        // acd_ai: linear interpolation of progress, kept only if the interpolated progress reaches the target
        double t = interp(paa, o.progress, times, points);
        if (interp(t, times, o.progress, points) >= paa - 1e-4) {
            o.milestones[AiFuturesTrajectory.ACD_AI] = t;
        }
        o.milestones[AiFuturesTrajectory.AI2027_SC] = crossing(o.aiCodingLaborMultiplier,
                Math.pow(10 * 30, 1 / pp) * 30);
        double[] air = {5, 25, 250, 2000, 10000};
        for (int k = 0; k < air.length; k++) {
            o.milestones[AiFuturesTrajectory.AIR_5X + k] = crossing(o.aiSoftwareProgressMultiplier, air[k]);
        }
        o.milestones[AiFuturesTrajectory.SAR] = crossing(o.aiResearchTaste, SAR_TASTE);
        o.milestones[AiFuturesTrajectory.SIAR] = crossing(o.aiResearchTaste, SAR_TASTE * SAR_TASTE * SAR_TASTE);
    }

    /** First grid crossing of a target, interpolated in log space between the two grid dates around it. */
    private double crossing(double[] v, double target) {
        double[] times = out.times;
        int j = -1;
        for (int i = 0; i < points; i++) {
            if (v[i] >= target) {
                j = i;
                break;
            }
        }
        if (j < 0) {
            return Double.NaN;
        }
        if (j == 0) {
            return times[0];
        }
        double v0 = v[j - 1];
        double v1 = v[j];
        double t0 = times[j - 1];
        double t1 = times[j];
        if (v0 > 0 && v1 > 0 && target > 0 && v1 != v0) {
            double f = (Math.log(target) - Math.log(v0)) / (Math.log(v1) - Math.log(v0));
            return t0 + Math.min(Math.max(f, 0.0), 1.0) * (t1 - t0);
        }
        if (v1 != v0) {
            double f = (target - v0) / (v1 - v0);
            return t0 + Math.min(Math.max(f, 0.0), 1.0) * (t1 - t0);
        }
        return t1;
    }

    // ---------------------------------------------------------------- interpolation (numpy.interp)

    /** numpy.interp over the first n points of xp, fp. */
    static double interp(double x, double[] xp, double[] fp, int n) {
        if (!(x > xp[0])) {
            return x == xp[0] || x < xp[0] ? fp[0] : Double.NaN;
        }
        if (x >= xp[n - 1]) {
            return fp[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xp[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double slope = (fp[lo + 1] - fp[lo]) / (xp[lo + 1] - xp[lo]);
        return slope * (x - xp[lo]) + fp[lo];
    }

    private static double interpLinear(double x, double[] xp, double[] fp) {
        return interp(x, xp, fp, xp.length);
    }

    /** Log of the log-space interpolation of a positive series (their _log_interp, before exp). */
    private static double interpLog(double x, double[] xp, double[] fp, int n) {
        if (!(x > xp[0])) {
            return Math.log(fp[0]);
        }
        if (x >= xp[n - 1]) {
            return Math.log(fp[n - 1]);
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xp[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double a = Math.log(fp[lo]);
        double b = Math.log(fp[lo + 1]);
        return (b - a) / (xp[lo + 1] - xp[lo]) * (x - xp[lo]) + a;
    }
}
