package org.rsisim.models.sie;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;

/**
 * Davidson and Houlden's software intelligence explosion model as published ({@code sie}): Forethought, 2025, "How
 * quick and big would a software intelligence explosion be?", with its code in the repository
 * {@code thoulden/Accelerated_AI_Progress} ({@code multiple_sims.py}, ported to {@code docs/js/simulation.js}; the
 * default priors in {@code docs/index.html}); SOURCES.md, "Software intelligence explosion". This class binds the
 * model to the engine; the dynamics and statistics are {@link SieDynamics}, whose Javadoc gives the equations.
 *
 * <p>In short, time in months: software doubles step by step towards a ceiling of {@code (2^(4/s))^L} (the years of
 * progress to effective limits {@code L}, at {@code 4 / s} software doublings a year); the first doubling takes
 * {@code 3 / f} months; the returns to software R&amp;D {@code r} fall from {@code r0} by {@code r0 / (4 L / s)}
 * each doubling (not with constant {@code r}); each next doubling time is the last one times
 * {@code 2^(lambda (1/r - 1))}, divided by the growth of {@code 1 + f} when compute grows (the speed-up then rises
 * from 0.1 to {@code f} as compute doubles every 5 months); the retraining cost changes the exponent to
 * {@code x / |x + 1|} with {@code x = lambda (1/r - 1)}, the form of the source's multiple-simulation code (its
 * single-simulation code writes {@code x / (|x| + 1)}; see {@link SieDynamics}). A run stops at the ceiling, when
 * {@code r} reaches 0, or at {@code max_time_months} (48, as in the source).
 *
 * <p>Parameters keep the source's names: {@code initial_boost} ({@code f}), {@code r_initial} ({@code r0}),
 * {@code limit_years} ({@code L}), {@code lambda_factor} ({@code lambda}), {@code software_contribution_param}
 * ({@code s}). Settings: the switches {@code compute_growth}, {@code retraining_cost}, {@code constant_r} (0 or 1)
 * and the time cap {@code max_time_months}.
 *
 * <p>Observables, all metrics: {@code speedup_3x_12mo}, {@code speedup_10x_4mo}, {@code speedup_10x_12mo},
 * {@code speedup_30x_4mo}, 1 when some {@code trunc((P / 12) (4 / s) x)} consecutive doublings took less than
 * {@code P} months (the source's {@code calculate_summary_statistics_binary}), else 0, so that their means are the
 * source's probabilities with their Monte Carlo errors; {@code years_compressed_into_one}, the most doublings in a
 * window shorter than 12 months over {@code 4 / s}, whose complementary CDF is the source's "years of progress
 * compressed into one year" curve (which interpolates linearly between whole doublings); {@code doublings}, the
 * doublings of the run. With the setting {@code years_curve}, also the series {@code years_compressed_curve} over
 * the source's 200 points from 0.1 to 20 years ({@link SieDynamics#curveShare}), whose mean over runs is the source's
 * curve itself, interpolation included; it is off by default because it costs 200 observations a run.
 *
 * <p>Where rsisim departs from the source: in the random numbers (the engine's seeded streams instead of
 * {@code numpy.random} or {@code Math.random}; the sampled distributions are the same) and in rounding only
 * ({@code 2^a} as {@code exp(a ln 2)}, compute's crossing of 4096 as {@code t >= 60} months, one division fewer
 * in the speed-up factor; see {@link SieDynamics}): the trajectories agree with the source's to 1e-9 relative ({@code SieReferenceTest}). A run draws no random numbers of its own: it is a
 * function of its parameters. Immutable and thread-safe; a run allocates nothing.
 */
public final class SieModel extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "sie";

    private static final Declarations KIND = new Declarations();
    /** {@code initial_boost}. */
    public static final ParameterId INITIAL_BOOST = KIND.parameter("initial_boost", "x", 0.1, 1000, 8,
            "f: how many times faster software progresses once AI R&D is automated; prior log-uniform 2-32, "
                    + "single-simulation default 8 (docs/index.html of the source)");
    /** {@code r_initial}. */
    public static final ParameterId R_INITIAL = KIND.parameter("r_initial", "1", 0.01, 10, 1.2,
            "r0: software doublings per doubling of cumulative research input, at the start; prior "
                    + "log-uniform 0.4-3.6, default 1.2 (source)");
    /** {@code limit_years}. */
    public static final ParameterId LIMIT_YEARS = KIND.parameter("limit_years", "years", 1, 100, 11,
            "L: distance to effective limits on software, in years of AI progress at the recent pace; prior "
                    + "uniform 6-16, default 11 (source)");
    /** {@code lambda_factor}. */
    public static final ParameterId LAMBDA_FACTOR = KIND.parameter("lambda_factor", "1", 0.01, 1, 0.3,
            "lambda: doublings of the pace of progress per doubling of parallel cognitive labour; prior "
                    + "log-uniform 0.15-0.6, default 0.3 (source)");
    /** {@code software_contribution_param}. */
    public static final ParameterId SOFTWARE_CONTRIBUTION = KIND.parameter("software_contribution_param", "1",
            0.01, 0.99, 0.5, "s: fraction of AI progress due to software rather than compute; fixed 0.5 (source)");

    /** Setting {@code compute_growth}. */
    public static final ParameterId COMPUTE_GROWTH = KIND.wholeSetting("compute_growth", "0 or 1", 0, 1, 0,
            "1: the speed-up grows from 0.1 to initial_boost as compute doubles every 5 months "
                    + "(the source's \"Gradual Boost\")");
    /** Setting {@code retraining_cost}. */
    public static final ParameterId RETRAINING_COST = KIND.wholeSetting("retraining_cost", "0 or 1", 0, 1, 0,
            "1: the source's \"Retraining Cost\" in its multiple-simulation form, exponent x / |x + 1| "
                    + "with x = lambda (1/r - 1)");
    /** Setting {@code constant_r}. */
    public static final ParameterId CONSTANT_R = KIND.wholeSetting("constant_r", "0 or 1", 0, 1, 0,
            "1: r stays at r_initial (the source's \"Constant Diminishing Returns\")");
    /** Setting {@code max_time_months}. */
    public static final ParameterId MAX_TIME_MONTHS = KIND.setting("max_time_months", "months", 1, 1200, 48,
            "time cap of a run; 48 in the source's multiple simulations");
    /** Setting {@code years_curve}. */
    public static final ParameterId YEARS_CURVE = KIND.wholeSetting("years_curve", "0 or 1", 0, 1, 0,
            "1: also record the series years_compressed_curve, whose mean over runs is the source's "
                    + "\"years of progress compressed into one year\" curve (200 points, 0.1-20 years)");

    private final boolean computeGrowth;
    private final boolean retrainingCost;
    private final boolean constantR;
    private final double maxTimeMonths;
    private final boolean yearsCurve;
    private final Metrics metrics;
    private final SeriesId curve;

    /** The handles of the metrics every run records. */
    private record Metrics(MetricId speedup3x12mo, MetricId speedup10x4mo, MetricId speedup10x12mo,
                           MetricId speedup30x4mo, MetricId yearsCompressed, MetricId doublings) {
    }

    /**
     * Creates the model.
     *
     * @param computeGrowth the source's "Gradual Boost" switch
     * @param retrainingCost the source's "Retraining Cost" switch
     * @param constantR the source's "Constant Diminishing Returns" switch
     * @param maxTimeMonths the time cap, months, in {@code [1, 1200]}
     * @param yearsCurve whether runs also record the series {@code years_compressed_curve}
     * @throws IllegalArgumentException naming {@code max_time_months}, its value and the allowed range
     */
    public SieModel(boolean computeGrowth, boolean retrainingCost, boolean constantR, double maxTimeMonths,
                    boolean yearsCurve) {
        this(Map.of("compute_growth", computeGrowth ? 1.0 : 0.0,
                "retraining_cost", retrainingCost ? 1.0 : 0.0, "constant_r", constantR ? 1.0 : 0.0,
                "max_time_months", maxTimeMonths, "years_curve", yearsCurve ? 1.0 : 0.0));
    }

    /**
     * Creates the model without the curve series.
     *
     * @param computeGrowth the source's "Gradual Boost" switch
     * @param retrainingCost the source's "Retraining Cost" switch
     * @param constantR the source's "Constant Diminishing Returns" switch
     * @param maxTimeMonths the time cap, months, in {@code [1, 1200]}
     * @throws IllegalArgumentException naming {@code max_time_months}, its value and the allowed range
     */
    public SieModel(boolean computeGrowth, boolean retrainingCost, boolean constantR, double maxTimeMonths) {
        this(computeGrowth, retrainingCost, constantR, maxTimeMonths, false);
    }

    /** Creates the model as the source's multiple simulations run it by default: no switch, 48 months. */
    public SieModel() {
        this(Map.of());
    }

    private SieModel(Map<String, Double> settings) {
        super(NAME, "software intelligence explosion exactly as Davidson and Houlden publish it (Forethought 2025):"
                + " discrete software doublings to a ceiling, with their switches and window statistics",
                KIND, settings);
        this.computeGrowth = wholeSetting(COMPUTE_GROWTH) == 1;
        this.retrainingCost = wholeSetting(RETRAINING_COST) == 1;
        this.constantR = wholeSetting(CONSTANT_R) == 1;
        this.maxTimeMonths = setting(MAX_TIME_MONTHS);
        this.yearsCurve = wholeSetting(YEARS_CURVE) == 1;
        metrics = new Metrics(
                metric("speedup_3x_12mo", "1",
                        "1 if some window shorter than 12 months held 3 years of progress (3x), else 0"),
                metric("speedup_10x_4mo", "1",
                        "1 if some window shorter than 4 months held 10x the progress of 4 months, else 0"),
                metric("speedup_10x_12mo", "1",
                        "1 if some window shorter than 12 months held 10 years of progress (10x), else 0"),
                metric("speedup_30x_4mo", "1",
                        "1 if some window shorter than 4 months held 30x the progress of 4 months, else 0"),
                metric("years_compressed_into_one", "years",
                        "most years of progress (at the recent pace) made in a window shorter than 12 months"),
                metric("doublings", "1", "software doublings before the ceiling, r = 0 or the time cap"));
        curve = yearsCurve ? series("years_compressed_curve", "1", SieDynamics.CURVE_POINTS,
                SieDynamics.CURVE_FIRST_YEARS, SieDynamics.CURVE_STEP_YEARS, "years",
                "mean over runs: the fraction of runs that compress at least this many years of progress into "
                        + "one year, interpolated between whole doublings (the source's curve)") : null;
    }

    @Override
    protected SieModel create(Map<String, Double> settings) {
        return new SieModel(settings);
    }

    /**
     * Returns new per-worker dynamics for this model's switches and time cap.
     *
     * @return dynamics owned by one thread
     */
    public SieDynamics newDynamics() {
        return new SieDynamics(computeGrowth, retrainingCost, constantR, maxTimeMonths);
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        SieDynamics d = newDynamics();
        Metrics m = metrics;
        if (yearsCurve) {
            SeriesId c = curve;
            return (p, sink) -> {
                record(d, m, p, sink);
                for (int j = 0; j < SieDynamics.CURVE_POINTS; j++) {
                    sink.series(c, j, d.curveShare(
                            SieDynamics.CURVE_FIRST_YEARS + SieDynamics.CURVE_STEP_YEARS * j));
                }
            };
        }
        return (p, sink) -> record(d, m, p, sink);
    }

    /** Simulates one run into the reused dynamics and writes its observables. */
    private static void record(SieDynamics d, Metrics m, double[] p, Sink sink) {
        int n = d.simulate(INITIAL_BOOST.get(p), R_INITIAL.get(p), LIMIT_YEARS.get(p), LAMBDA_FACTOR.get(p),
                SOFTWARE_CONTRIBUTION.get(p));
        sink.metric(m.speedup3x12mo(), d.condition(SieDynamics.SPEEDUP_3X_12MO) ? 1 : 0);
        sink.metric(m.speedup10x4mo(), d.condition(SieDynamics.SPEEDUP_10X_4MO) ? 1 : 0);
        sink.metric(m.speedup10x12mo(), d.condition(SieDynamics.SPEEDUP_10X_12MO) ? 1 : 0);
        sink.metric(m.speedup30x4mo(), d.condition(SieDynamics.SPEEDUP_30X_4MO) ? 1 : 0);
        sink.metric(m.yearsCompressed(), d.yearsCompressedIntoOne());
        sink.metric(m.doublings(), n);
    }
}
