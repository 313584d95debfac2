package org.rsisim.models.explosion;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.SeriesId;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * The software intelligence explosion ({@code explosion}), after Davidson and Houlden (Forethought, 2025;
 * SOURCES.md): once AI automates AI research, software {@code S} improves at
 * <pre>
 *   dS/dt = a R^lambda S^(1 - beta),   R = (b L)^alpha (c C)^(1 - alpha),   L proportional to S,
 * </pre>
 * with compute {@code C} fixed. Then {@code R} is proportional to {@code S^alpha} and the growth rate
 * {@code g = d ln S / dt} is proportional to {@code S^(lambda alpha - beta) = S^(lambda alpha (1 - 1/r))}, with the
 * returns to software {@code r = lambda alpha / beta}: {@code r = 1} is exponential growth, {@code r > 1} a
 * finite-time blow-up, {@code r < 1} growth that slows down. Near the effective limits the returns fall: {@code r}
 * falls linearly in the number of doublings of {@code S}, from {@code r0} at the start to 0 at the ceiling
 * {@code X = ln(S_max / S_0)}, {@code r(x) = r0 (1 - x / X)} with {@code x = ln(S / S_0)}. Applying
 * {@code d ln g / dx = lambda alpha (1 - 1 / r(x))} at the current level and integrating in closed form,
 * <pre>
 *   dx/dt = g(x) = g0 exp(lambda alpha (x + (X / r0) ln(1 - x / X)))     (0 beyond the ceiling)
 *   dx/dt = g0 exp(lambda alpha (1 - 1 / r0) x)                           (X infinite: constant returns)
 * </pre>
 * where {@code g0 = f0 ln 2 / T_b} is the initial speed-up {@code f0} times the baseline growth rate (software
 * doubling every {@code T_b} years). Only the product {@code lambda alpha} enters, because compute is fixed.
 *
 * <p>How this differs from the model as its authors publish it (their code: model {@code sie},
 * {@link org.rsisim.models.sie.SieModel}): (1) it is continuous, the returns falling with {@code ln S} and the growth
 * rate changing continuously, where theirs steps one software doubling at a time and updates {@code r} and the
 * doubling time once per doubling; (2) its ceiling {@code ceiling_ooms} is in orders of magnitude of software, where
 * theirs is in years of AI progress at 4 / s software doublings a year (8 at their software share 0.5), so their prior
 * of 6-16 years is 48-128 doublings while 6-16 orders of magnitude are 20-53; (3) its statistics are a sustained
 * growth rate above {@code k} times the baseline and the progress of any one year in years of software progress
 * (4 doublings a year), where theirs count windows of {@code trunc((P/12)(4/s)x)} doublings shorter than {@code P}
 * months and measure years of AI progress; (4) it runs 10 years where theirs stop at 48 months. Use {@code sie} to
 * reproduce or extend their results, this model for the continuous dynamics (the blow-up date, the growth rate).
 *
 * <p>The equation is integrated by Hipparchus' {@link DormandPrince853Integrator} (tolerances
 * {@value #TOLERANCE}) with event detectors for: the growth rate crossing {@code k} times the baseline in either
 * direction; the level reaching one doubling short of the ceiling; and a blow-up, the growth rate reaching
 * {@value #BLOW_UP_SPEED_UP} times the baseline, where the run records {@code blow_up} and stops (with constant
 * returns {@code r0 > 1} the date recorded adds the exact remaining time {@code 1 / (lambda alpha (1 - 1/r0) g)}, so
 * it is the closed-form blow-up date {@code 1 / (lambda alpha (1 - 1/r0) g0)}; with a ceiling it is the date the
 * threshold is reached). No run records NaN or infinity.
 *
 * <p>Observables, times in years after the start: event {@code sustained_speed_up}, the start of the first period
 * of at least {@code m} months (setting {@code sustained_months}) during which progress runs at least {@code k}
 * times faster than the baseline (setting {@code speed_up_threshold}); event {@code ceiling_reached}; event
 * {@code blow_up}; metric {@code years_compressed_into_one}, the most progress made in any one year, in years of
 * baseline progress (not recorded by a run that blew up; see below for how it is computed); metric {@code peak_speed_up}, the largest growth rate reached over the baseline (closed form in the
 * level reached; not recorded by a run that blew up). A period above {@code k} that is still running when the run
 * blows up counts as sustained; series {@code log10_software}, {@code log10(S / S_0)} every quarter year.
 *
 * <p>How {@code years_compressed_into_one}, {@code max_t (x(t + 1) - x(t)) / g_b}, is computed: when
 * {@code r0 <= 1} the growth rate never rises, so the first year is the fastest and the metric is {@code x(1) / g_b}
 * exactly. Otherwise the run records the times at which {@code x} crosses the levels {@code 0, dx, 2 dx, ...}, with
 * {@code dx = max(ln 2 / 4, x_max / 4096)} ({@code x_max} the ceiling, or the level of a blow-up), found by Newton
 * steps on Hipparchus' dense output, and takes the most levels crossed within one year; this underestimates the
 * metric by less than {@code 2 dx / g_b} (an eighth of a baseline year when {@code dx = ln 2 / 4}), however fast the
 * run.
 *
 * <p>Allocation: Hipparchus' integrator allocates arrays for each step, each derivative evaluation and each
 * interpolated state, so unlike the discrete models a run of this one allocates (in proportion to its steps and
 * grid points). The integrator, the equation, the detectors, the step handler and the trajectory grid are created
 * once per {@link Simulation} (per worker) and reused for every run. Hipparchus exceptions are translated into
 * {@link IllegalStateException} naming the run's parameters, which the engine counts as a failed run.
 * The model is immutable and thread-safe.
 */
public final class ExplosionModel extends DeclaredModel {
    /** Relative and absolute tolerance of the integrator on {@code x = ln(S / S_0)}. */
    public static final double TOLERANCE = 1e-10;
    /** Growth rate, in multiples of the baseline, at which a run counts as blown up. */
    public static final double BLOW_UP_SPEED_UP = 1e6;
    /** Most levels of {@code ln S} recorded per run, for the metric {@code years_compressed_into_one}. */
    public static final int MAX_LEVELS = 4096;
    private static final int SERIES_PER_YEAR = 4;
    private static final double MIN_LEVEL_STEP = Math.log(2) / 4;

    /** Name of the model, as in scenario files. */
    public static final String NAME = "explosion";

    private static final Declarations KIND = new Declarations();
    /** {@code initial_speed_up}. */
    public static final ParameterId INITIAL_SPEED_UP = KIND.parameter("initial_speed_up", "x", 1, 1000, 8,
            "progress speed-up over the baseline when AI research is automated; Davidson and Houlden prior "
                    + "2-32, median 8, SOURCES.md");
    /** {@code returns}. */
    public static final ParameterId RETURNS = KIND.parameter("returns", "1", 0.01, 10, 1.2,
            "returns to software r = lambda alpha / beta at the start; prior 0.4-3.6, median 1.2, SOURCES.md");
    /** {@code ceiling_ooms}. */
    public static final ParameterId CEILING_OOMS = KIND.parameter("ceiling_ooms", "orders of magnitude", 0.1,
            Double.POSITIVE_INFINITY, 9.8, "distance to the effective limits of software; prior 6-16, default the "
                    + "geometric mean 9.8, SOURCES.md; +Infinity keeps the returns constant");
    /** {@code lambda}. */
    public static final ParameterId LAMBDA = KIND.parameter("lambda", "1", 0.01, 1, 0.3,
            "exponent of research input (parallelisation penalty); prior 0.15-0.6, geometric mean 0.3, SOURCES.md");
    /** {@code labour_exponent}. */
    public static final ParameterId ALPHA = KIND.parameter("labour_exponent", "1", 0.01, 1, 1,
            "alpha, the exponent of cognitive labour in research input; with compute fixed only lambda alpha "
                    + "matters, so the default 1 lets lambda carry the published prior");
    /** {@code baseline_doubling_time_years}. */
    public static final ParameterId BASELINE_DOUBLING = KIND.parameter("baseline_doubling_time_years", "years",
            0.01, 10, 0.25, "software doubling time before automation; 3 months, SOURCES.md");

    /** Setting {@code horizon_years}. */
    public static final ParameterId HORIZON_YEARS = KIND.setting("horizon_years", "years", 1, 100, 10,
            "years simulated after the start");
    /** Setting {@code speed_up_threshold}. */
    public static final ParameterId SPEED_UP_THRESHOLD = KIND.setting("speed_up_threshold", "x", 1, 1e5, 3,
            "k: progress at least k times the baseline counts as a speed-up");
    /** Setting {@code sustained_months}. */
    public static final ParameterId SUSTAINED_MONTHS = KIND.setting("sustained_months", "months", 0, 1200, 12,
            "m: how long the speed-up must last for the event sustained_speed_up");

    private final double horizonYears;
    private final double speedUpThreshold;
    private final double sustainedMonths;
    private final EventId sustainedSpeedUp;
    private final EventId ceilingReached;
    private final EventId blowUpEvent;
    private final MetricId yearsCompressed;
    private final MetricId peakSpeedUp;
    private final SeriesId log10Software;

    /**
     * Creates the model.
     *
     * @param horizonYears years simulated, in {@code [1, 100]}
     * @param speedUpThreshold {@code k}, in {@code [1, 1e5]}
     * @param sustainedMonths {@code m}, in {@code [0, 1200]}
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public ExplosionModel(double horizonYears, double speedUpThreshold, double sustainedMonths) {
        this(Map.of("horizon_years", horizonYears, "speed_up_threshold", speedUpThreshold,
                "sustained_months", sustainedMonths));
    }

    private ExplosionModel(Map<String, Double> settings) {
        super(NAME, "software intelligence explosion (Davidson and Houlden), integrated as an ODE with events",
                KIND, settings);
        this.horizonYears = setting(HORIZON_YEARS);
        this.speedUpThreshold = setting(SPEED_UP_THRESHOLD);
        this.sustainedMonths = setting(SUSTAINED_MONTHS);
        int series = (int) Math.floor(horizonYears * SERIES_PER_YEAR) + 1;
        sustainedSpeedUp = event("sustained_speed_up", "years after start", 0,
                "start of the first period of " + sustainedMonths + " months with progress at least "
                        + speedUpThreshold + " times the baseline");
        ceilingReached = event("ceiling_reached", "years after start", 0,
                "software within one doubling of its ceiling");
        blowUpEvent = event("blow_up", "years after start", 0,
                "growth rate reaches " + BLOW_UP_SPEED_UP + " times the baseline");
        yearsCompressed = metric("years_compressed_into_one", "years",
                "most progress made in one year, in years of baseline progress");
        peakSpeedUp = metric("peak_speed_up", "x", "largest growth rate over the baseline growth rate");
        log10Software = series("log10_software", "log10", series, 0, 1.0 / SERIES_PER_YEAR,
                "years after start", "log10 of software over its starting level");
    }

    @Override
    protected ExplosionModel create(Map<String, Double> settings) {
        return new ExplosionModel(settings);
    }

    /** Creates the model with default settings. */
    public ExplosionModel() {
        this(Map.of());
    }

    /**
     * Returns the growth rate {@code d ln S / dt} at a level, the right-hand side of the equation.
     *
     * @param x {@code ln(S / S_0)}, {@code >= 0}
     * @param g0 initial growth rate, per year
     * @param r0 returns at the start
     * @param ceiling {@code X = ln(S_max / S_0)}, possibly {@code +Infinity}
     * @param lambdaAlpha {@code lambda alpha}
     * @return the growth rate per year; 0 at or beyond the ceiling; {@code +Infinity} on overflow
     */
    public static double growthRate(double x, double g0, double r0, double ceiling, double lambdaAlpha) {
        return g0 * Math.exp(logGrowthFactor(x, r0, ceiling, lambdaAlpha));
    }

    /** {@code ln(g(x) / g0)}; negative infinity at or beyond the ceiling. */
    static double logGrowthFactor(double x, double r0, double ceiling, double lambdaAlpha) {
        if (ceiling == Double.POSITIVE_INFINITY) {
            return lambdaAlpha * (1 - 1 / r0) * x;
        }
        double u = 1 - x / ceiling;
        if (!(u > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return lambdaAlpha * (x + ceiling / r0 * Math.log(u));
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        return new Run();
    }

    /** The per-worker integrator, equation, detectors and trajectory grid. */
    private final class Run implements Simulation, OrdinaryDifferentialEquation, ODEStepHandler {
        private final DormandPrince853Integrator integrator =
                new DormandPrince853Integrator(1e-15, 0.05, TOLERANCE, TOLERANCE);
        private final ExpandableODE equations = new ExpandableODE(this);
        private final double[] grid = new double[(int) Math.floor(horizonYears * SERIES_PER_YEAR) + 1];
        private final double[] levelTimes = new double[MAX_LEVELS + 2];
        private final double[] start = new double[1];
        private final Detector speedUp = new Detector(0);
        private final Detector ceilingDetector = new Detector(1);
        private final Detector blowUp = new Detector(2);
        // Parameters of the current run.
        private double g0;
        private double r0;
        private double ceiling;
        private double lambdaAlpha;
        private double baselineRate;
        private double logThreshold;
        private double logBlowUp;
        // Progress of the current run.
        private int gridFilled;
        private int levelCount;
        private double levelStep;
        private boolean recordLevels;
        private boolean constantRate;
        private double aboveSince;
        private double sustainedAt;
        private double ceilingAt;
        private double blowUpAt;

        Run() {
            integrator.addStepHandler(this);
            integrator.addEventDetector(speedUp);
            integrator.addEventDetector(ceilingDetector);
            integrator.addEventDetector(blowUp);
            integrator.setMaxEvaluations(10_000_000);
        }

        @Override
        public void run(double[] p, org.rsisim.core.Sink sink) {
            baselineRate = Math.log(2) / BASELINE_DOUBLING.get(p);
            g0 = INITIAL_SPEED_UP.get(p) * baselineRate;
            r0 = RETURNS.get(p);
            ceiling = CEILING_OOMS.get(p) * Math.log(10);
            lambdaAlpha = LAMBDA.get(p) * ALPHA.get(p);
            logThreshold = Math.log(speedUpThreshold * baselineRate);
            logBlowUp = Math.log(BLOW_UP_SPEED_UP * baselineRate);
            gridFilled = 0;
            recordLevels = r0 > 1;
            constantRate = r0 == 1 && ceiling == Double.POSITIVE_INFINITY;
            double maxLevel = ceiling;
            if (ceiling == Double.POSITIVE_INFINITY && r0 > 1) {
                maxLevel = Math.max(0, (logBlowUp - Math.log(g0)) / (lambdaAlpha * (1 - 1 / r0)));
            }
            levelStep = Math.max(MIN_LEVEL_STEP, maxLevel / MAX_LEVELS);
            levelTimes[0] = 0;
            levelCount = 1;
            aboveSince = Math.log(g0) >= logThreshold ? 0 : Double.NaN;
            sustainedAt = Double.NaN;
            ceilingAt = Double.NaN;
            blowUpAt = Double.NaN;
            start[0] = 0;
            double end;
            double xEnd;
            try {
                ODEStateAndDerivative last = integrator.integrate(equations, new ODEState(0, start), horizonYears);
                end = last.getTime();
                xEnd = last.getPrimaryState()[0];
            } catch (MathRuntimeException e) {
                throw new IllegalStateException("explosion: integration failed for initial_speed_up = "
                        + INITIAL_SPEED_UP.get(p) + ", returns = " + r0 + ", ceiling_ooms = " + CEILING_OOMS.get(p)
                        + ", lambda = " + LAMBDA.get(p) + ", labour_exponent = " + ALPHA.get(p) + ": " + e.getMessage(), e);
            }
            if (!Double.isNaN(aboveSince) && Double.isNaN(sustainedAt)
                    && (!Double.isNaN(blowUpAt) || end - aboveSince >= sustainedMonths / 12)) {
                sustainedAt = aboveSince;
            }
            if (!Double.isNaN(sustainedAt)) {
                sink.event(sustainedSpeedUp, sustainedAt);
            }
            if (!Double.isNaN(ceilingAt)) {
                sink.event(ceilingReached, ceilingAt);
            }
            if (!Double.isNaN(blowUpAt)) {
                sink.event(blowUpEvent, blowUpAt);
            } else if (!recordLevels) {
                sink.metric(yearsCompressed, grid[SERIES_PER_YEAR] / baselineRate);
            } else {
                int best = 0;
                for (int i = 0, j = 0; i < levelCount; i++) {
                    j = Math.max(j, i);
                    while (j + 1 < levelCount && levelTimes[j + 1] - levelTimes[i] <= 1) {
                        j++;
                    }
                    best = Math.max(best, j - i);
                }
                sink.metric(yearsCompressed, best * levelStep / baselineRate);
            }
            double peakLevel = xEnd;
            if (r0 > 1 && ceiling < Double.POSITIVE_INFINITY) {
                peakLevel = Math.min(xEnd, ceiling * (1 - 1 / r0));
            } else if (r0 <= 1) {
                peakLevel = 0;
            }
            if (Double.isNaN(blowUpAt)) {
                sink.metric(peakSpeedUp, growthRate(peakLevel, g0, r0, ceiling, lambdaAlpha) / baselineRate);
            }
            for (int j = 0; j < gridFilled; j++) {
                sink.series(log10Software, j, grid[j] / Math.log(10));
            }
        }

        @Override
        public int getDimension() {
            return 1;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            return new double[] {growthRate(Math.max(0, y[0]), g0, r0, ceiling, lambdaAlpha)};
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            ODEStateAndDerivative first = interpolator.getPreviousState();
            ODEStateAndDerivative last = interpolator.getCurrentState();
            double tEnd = last.getTime();
            while (gridFilled < grid.length) {
                double t = (double) gridFilled / SERIES_PER_YEAR;
                if (t > tEnd) {
                    break;
                }
                grid[gridFilled++] = interpolator.getInterpolatedState(t).getPrimaryState()[0];
            }
            if (!recordLevels) {
                return;
            }
            double xEnd = last.getPrimaryState()[0];
            while (levelCount < levelTimes.length && levelCount * levelStep <= xEnd) {
                levelTimes[levelCount] = crossing(interpolator, levelCount * levelStep, first, last);
                levelCount++;
            }
        }

        /** The time in the step at which {@code x} reaches a level: Newton steps kept inside a shrinking bracket. */
        private double crossing(ODEStateInterpolator interpolator, double level, ODEStateAndDerivative first,
                                ODEStateAndDerivative last) {
            double lo = first.getTime();
            double hi = last.getTime();
            double xLo = first.getPrimaryState()[0];
            double xHi = last.getPrimaryState()[0];
            double t = xHi > xLo ? lo + (level - xLo) / (xHi - xLo) * (hi - lo) : hi;
            for (int i = 0; i < 20; i++) {
                ODEStateAndDerivative s = interpolator.getInterpolatedState(t);
                double f = s.getPrimaryState()[0] - level;
                if (Math.abs(f) <= 1e-12 * Math.max(1, level)) {
                    break;
                }
                if (f < 0) {
                    lo = t;
                } else {
                    hi = t;
                }
                double slope = s.getPrimaryDerivative()[0];
                double next = slope > 0 ? t - f / slope : Double.NaN;
                t = next > lo && next < hi ? next : 0.5 * (lo + hi);
            }
            return t;
        }

        /** Returns {@code ln g} at a state, finite or negative infinity. */
        double logRate(ODEStateAndDerivative s) {
            return Math.log(g0) + logGrowthFactor(Math.max(0, s.getPrimaryState()[0]), r0, ceiling, lambdaAlpha);
        }

        /** One of the three event detectors; {@code kind} 0 speed-up threshold, 1 ceiling, 2 blow-up. */
        private final class Detector implements ODEEventDetector, ODEEventHandler {
            private final int kind;
            private final BracketedUnivariateSolver<UnivariateFunction> solver =
                    new BracketingNthOrderBrentSolver(1e-12, 1e-12, 1e-14, 5);
            // ln g is unimodal in ln S, so a threshold is crossed at most twice; checking every half unit of ln S
            // (a factor 1.65 in S) finds both crossings unless they are closer than that. The ceiling's g is
            // monotone and needs no intermediate checks.
            private final AdaptableInterval interval = (s, forward) -> {
                if (isCeiling()) {
                    return 1;
                }
                double rate = Math.exp(logRate(s));
                return rate > 0 ? Math.min(1, 0.5 / rate) : 1;
            };

            Detector(int kind) {
                this.kind = kind;
            }

            boolean isCeiling() {
                return kind == 1;
            }

            @Override
            public AdaptableInterval getMaxCheckInterval() {
                return interval;
            }

            @Override
            public int getMaxIterationCount() {
                return 200;
            }

            @Override
            public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
                return solver;
            }

            @Override
            public ODEEventHandler getHandler() {
                return this;
            }

            @Override
            public double g(ODEStateAndDerivative s) {
                switch (kind) {
                    case 0:
                        return signed(logRate(s) - logThreshold);
                    case 1:
                        return ceiling == Double.POSITIVE_INFINITY ? -1
                                : s.getPrimaryState()[0] - (ceiling - Math.log(2));
                    default:
                        return signed(logRate(s) - logBlowUp);
                }
            }

            /**
             * The switching value, bounded below. When the rate is constant (returns exactly 1 and no ceiling) the
             * rate can cross no threshold, and a constant rate exactly at a threshold would make the switching
             * function 0 everywhere, which keeps the integrator's event search from leaving the start of a step:
             * the sign is then fixed by where the rate starts (at its threshold counts as reached, as
             * {@code aboveSince} does).
             */
            private double signed(double v) {
                if (constantRate) {
                    return v >= 0 ? 1 : -1;
                }
                return Math.max(-1e300, v);
            }

            @Override
            public Action eventOccurred(ODEStateAndDerivative s, ODEEventDetector detector, boolean increasing) {
                double t = s.getTime();
                switch (kind) {
                    case 0:
                        if (increasing) {
                            aboveSince = t;
                        } else {
                            if (!Double.isNaN(aboveSince) && Double.isNaN(sustainedAt)
                                    && t - aboveSince >= sustainedMonths / 12) {
                                sustainedAt = aboveSince;
                            }
                            aboveSince = Double.NaN;
                        }
                        return Action.CONTINUE;
                    case 1:
                        if (increasing && Double.isNaN(ceilingAt)) {
                            ceilingAt = t;
                        }
                        return Action.CONTINUE;
                    default:
                        if (!increasing) {
                            return Action.CONTINUE;
                        }
                        double tail = 0;
                        if (ceiling == Double.POSITIVE_INFINITY && r0 > 1) {
                            tail = 1 / (lambdaAlpha * (1 - 1 / r0) * Math.exp(logRate(s)));
                        }
                        blowUpAt = t + tail;
                        return Action.STOP;
                }
            }
        }
    }
}
