package org.rsisim.models.sie;

/**
 * The discrete doubling dynamics of Davidson and Houlden's software intelligence explosion model, as its
 * multiple-simulation mode computes them (Forethought 2025, "How quick and big would a software intelligence
 * explosion be?"; repository {@code thoulden/Accelerated_AI_Progress}, function {@code dynamic_system_with_lambda} of
 * {@code multiple_sims.py} and its JavaScript port {@code dynamicSystemWithLambda} in {@code docs/js/simulation.js};
 * docs/sources.md, "Software intelligence explosion"), and the window statistics computed on a trajectory. Time is in
 * months.
 *
 * <p>One trajectory, for initial speed-up {@code f}, initial returns {@code r0}, years of progress to the ceiling
 * {@code L}, parallelisation exponent {@code lambda} and software share of AI progress {@code s}:
 * <pre>
 *   ceiling C = (2^(4 / s))^L          (4 software doublings a year at the recent pace, over the share s)
 *   step    k = r0 / (ln C / ln 2)     (0 with constant r), so r reaches 0 at the ceiling
 *   T_0 = 3 / f months;  f_0 = f_max = f          (without compute growth)
 *   T_0 = 3 / 1.1 months; f_0 = 0.1, f_max = f    (with compute growth)
 *   while t &lt; t_max and S &lt; C and r &gt; 0:
 *       t += T;  S *= 2;  K *= exp((ln 2 / 5) T)                     (compute K doubles every 5 months)
 *       f_new = f_0 exp(t ln(f_max / f_0) / 60) if K &lt; 4096 (t &lt; 60), else f_max
 *       r -= k
 *       if r &gt; 0:  T *= 2^a(r) / ((1 + f_new) / (1 + f_old))
 *   a(r) = lambda (1/r - 1)                                         (default)
 *   a(r) = lambda (1/r - 1) / |lambda (1/r - 1) + 1|                (retraining cost)
 * </pre>
 * The cumulative times {@code t_0 = 0, t_1, ..., t_n} are kept; the {@code i}-th doubling time is
 * {@code t_i - t_(i-1)}. Every operation is done in the same order as in the source so that trajectories agree with
 * it to rounding (the reference test asserts 1e-9 relative): the arithmetic is IEEE-754 the same, {@code exp} and
 * {@code log} may differ in the last bit between Java and node, and two shortcuts are taken for speed: {@code 2^a}
 * is computed as {@code exp(a ln 2)}, which differs from the source's {@code pow} by about {@code |a|} units in the
 * last place; with compute growth, compute's crossing of 4096 is found as {@code t >= 60} months instead of by
 * multiplying up the compute factors (the same test but for rounding, so they can disagree only when {@code t} is
 * within about 1e-14 of 60 months), and the speed-up factor is applied as {@code T 2^a (1 + f_old) / (1 + f_new)},
 * one division instead of two on the chain from one doubling time to the next (a few units in the last place).
 *
 * <p>The retraining-cost switch has two forms in the source: the multiple-simulation code divides by
 * {@code |lambda (1/r - 1) + 1|}, the single-simulation code by {@code |lambda (1/r - 1)| + 1}. This class follows
 * the multiple-simulation form, because that is the code that produces the published probabilities this model
 * reproduces. The two agree while {@code r <= 1}; for {@code r > 1} the multiple-simulation form gives a larger
 * acceleration.
 *
 * <p>Window statistics, as {@code calculate_summary_statistics_binary} defines them: for a period of {@code P} months
 * and a factor {@code x}, the required doublings are {@code D = trunc((P / 12) (4 / s) x)} and the run counts if some
 * window {@code t_(i+D) - t_i} with {@code i + D <= n} is shorter than {@code P}. The most doublings in a window
 * shorter than {@code P} is {@link #maxDoublingsWithin(double)}; because the times never decrease, a window of
 * {@code D} doublings shorter than {@code P} exists exactly when that maximum is at least {@code D}, so every window
 * statistic is a comparison with it. The "years of progress compressed into one year" of a run is the most doublings
 * in a window shorter than 12 months divided by the doublings in a year of progress, {@code 4 / s}; the source's
 * curve (its {@code calculate_years_compressed_cdf}) is the complementary CDF of that number, interpolated linearly
 * between whole doublings.
 *
 * <p>Each trajectory has at most {@link #MAX_DOUBLINGS} doublings: software is a double that doubles each step and
 * the loop ends once it is not below the ceiling, which an infinite ceiling reaches at the overflow of software.
 * {@link #simulate} computes the trajectory, the four window statistics ({@link #condition(int)}) and the years
 * compressed into one year ({@link #yearsCompressedIntoOne()}). An instance is mutable, owned by one thread, and
 * reused for every run: {@link #simulate} allocates nothing.
 */
public final class SieDynamics {
    /**
     * Most doublings a trajectory can have: software, a double starting at 1, is infinite after 1024 doublings, and
     * no ceiling exceeds infinity.
     */
    public static final int MAX_DOUBLINGS = 1024;
    /** Software doublings a year at the recent pace of software progress (a doubling every 3 months). */
    public static final double SOFTWARE_DOUBLINGS_PER_YEAR = 4;
    /** Software doubling time before automation, months. */
    public static final double BASELINE_DOUBLING_MONTHS = 3;
    /** Compute doubling time, months, with compute growth. */
    public static final double COMPUTE_DOUBLING_MONTHS = 5;
    /** Compute, relative to the start, at which the speed-up reaches its maximum, with compute growth. */
    public static final double COMPUTE_MAX = 4096;
    /** Initial speed-up with compute growth. */
    public static final double GRADUAL_INITIAL_BOOST = 0.1;

    /** Index of the source's condition (12 months, 3x) in {@link #condition(int)}. */
    public static final int SPEEDUP_3X_12MO = 0;
    /** Index of the condition (4 months, 10x). */
    public static final int SPEEDUP_10X_4MO = 1;
    /** Index of the condition (12 months, 10x). */
    public static final int SPEEDUP_10X_12MO = 2;
    /** Index of the condition (4 months, 30x). */
    public static final int SPEEDUP_30X_4MO = 3;
    /** Number of conditions, the source's {@code conditions = [(12, 3), (4, 10), (12, 10), (4, 30)]}. */
    public static final int CONDITIONS = 4;
    /** Points of the source's "years of progress compressed into one year" curve. */
    public static final int CURVE_POINTS = 200;
    /** First point of the curve, years. */
    public static final double CURVE_FIRST_YEARS = 0.1;
    /** Last point of the curve, years. */
    public static final double CURVE_LAST_YEARS = 20;
    /** Spacing of the curve's points, years, as {@code numpy.linspace(0.1, 20, 200)} computes it. */
    public static final double CURVE_STEP_YEARS = (CURVE_LAST_YEARS - CURVE_FIRST_YEARS) / (CURVE_POINTS - 1);
    private static final double[] PERIOD_MONTHS = {12, 4, 12, 4};
    private static final double[] SPEED_UP = {3, 10, 10, 30};

    private static final double LN2 = Math.log(2);
    /** Months until compute reaches {@link #COMPUTE_MAX} (12 doublings of 5 months). */
    private static final double COMPUTE_MAX_MONTHS = 60;
    private static final double IMPLIED_MONTHLY_RATE = LN2 / BASELINE_DOUBLING_MONTHS;
    private static final double TIME_TO_DOUBLE = LN2 / IMPLIED_MONTHLY_RATE;

    private final boolean computeGrowth;
    private final boolean retrainingCost;
    private final boolean constantR;
    private final double maxTimeMonths;
    private final double[] times = new double[MAX_DOUBLINGS + 1];
    private final boolean[] conditions = new boolean[CONDITIONS];
    private int doublings;
    private double softwareShare;
    private int mostIn12;

    /**
     * Creates the dynamics for one set of switches.
     *
     * @param computeGrowth the source's "gradual boost": the speed-up grows from 0.1 to {@code f} as compute
     *        doubles every 5 months, reaching {@code f} after 60 months
     * @param retrainingCost the source's retraining cost: the exponent {@code x} becomes {@code x / |x + 1|}
     * @param constantR the source's constant diminishing returns: {@code r} stays at {@code r0}
     * @param maxTimeMonths the time cap {@code t_max}, months, in {@code (0, 1200]}; the source's multiple
     *        simulations use 48
     * @throws IllegalArgumentException if {@code maxTimeMonths} is not in {@code (0, 1200]}, naming the value
     */
    public SieDynamics(boolean computeGrowth, boolean retrainingCost, boolean constantR, double maxTimeMonths) {
        if (!(maxTimeMonths > 0 && maxTimeMonths <= 1200)) {
            throw new IllegalArgumentException("max_time_months = " + maxTimeMonths
                    + " is outside the allowed range (0, 1200]");
        }
        this.computeGrowth = computeGrowth;
        this.retrainingCost = retrainingCost;
        this.constantR = constantR;
        this.maxTimeMonths = maxTimeMonths;
    }

    /**
     * Simulates one trajectory and keeps its cumulative times, replacing the previous trajectory. Inputs are not
     * checked here (the model checks them once, through its parameter ranges); non-positive inputs give the
     * source's behaviour for them (for instance no doubling at all when {@code r0 <= 0}).
     *
     * @param initialBoost {@code f}, the initial speed-up (the final one with compute growth)
     * @param rInitial {@code r0}, the returns to software R&amp;D at the start
     * @param limitYears {@code L}, the distance to effective limits in years of progress at the recent pace
     * @param lambdaFactor {@code lambda}, the exponent of parallel cognitive labour
     * @param softwareContribution {@code s}, the fraction of AI progress due to software
     * @return the number of doublings {@code n}, in {@code [0, MAX_DOUBLINGS]}
     */
    public int simulate(double initialBoost, double rInitial, double limitYears, double lambdaFactor,
                        double softwareContribution) {
        final double[] t = times;
        softwareShare = softwareContribution;
        double ceiling = Math.pow(Math.pow(2, 4 / softwareContribution), limitYears);
        double f0 = computeGrowth ? GRADUAL_INITIAL_BOOST : initialBoost;
        double fMax = initialBoost;
        double doublingTime = TIME_TO_DOUBLE / (computeGrowth ? 1.1 : initialBoost);
        double k = constantR ? 0 : rInitial / (Math.log(ceiling) / Math.log(2));
        double fGrowthRate = Math.log(fMax / f0) / (5 * 12);
        double size = 1.0;
        double r = rInitial;
        double f = f0;
        double elapsed = 0;
        int n = 0;
        t[0] = 0;
        if (!computeGrowth) {
            // The speed-up is constant, so the source's factor (1 + f) / (1 + f_old) is exactly 1 and is left out.
            while (elapsed < maxTimeMonths && size < ceiling && r > 0) {
                elapsed += doublingTime;
                size *= 2;
                r -= k;
                t[++n] = elapsed;
                if (r > 0) {
                    doublingTime *= pow2(exponent(lambdaFactor, r));
                }
            }
        } else {
            // Compute K = exp((ln 2 / 5) t) reaches 4096 = 2^12 at t = 60 months exactly; the source multiplies
            // the factors exp((ln 2 / 5) T) up step by step and compares K with 4096, which can differ from
            // comparing t with 60 only when t is within rounding (about 1e-14 relative) of 60 months.
            while (elapsed < maxTimeMonths && size < ceiling && r > 0) {
                double fOld = f;
                elapsed += doublingTime;
                size *= 2;
                f = elapsed < COMPUTE_MAX_MONTHS ? f0 * Math.exp(elapsed * fGrowthRate) : fMax;
                r -= k;
                t[++n] = elapsed;
                if (r > 0) {
                    doublingTime = doublingTime * pow2(exponent(lambdaFactor, r)) * (1 + fOld) / (1 + f);
                }
            }
        }
        doublings = n;
        mostIn12 = maxDoublingsWithin(12);
        int mostIn4 = maxDoublingsWithin(4);
        for (int c = 0; c < CONDITIONS; c++) {
            int most = PERIOD_MONTHS[c] == 12 ? mostIn12 : mostIn4;
            conditions[c] = most >= requiredDoublings(PERIOD_MONTHS[c], SPEED_UP[c], softwareContribution);
        }
        return n;
    }

    /**
     * Returns one of the source's four window statistics for the last trajectory, computed by {@link #simulate}:
     * whether some {@link #requiredDoublings} consecutive doublings took less than the condition's period.
     *
     * @param condition {@link #SPEEDUP_3X_12MO}, {@link #SPEEDUP_10X_4MO}, {@link #SPEEDUP_10X_12MO} or
     *        {@link #SPEEDUP_30X_4MO}
     * @return the source's "yes"
     * @throws ArrayIndexOutOfBoundsException for another index
     */
    public boolean condition(int condition) {
        return conditions[condition];
    }

    /** The acceleration exponent {@code a(r)}, with or without the retraining cost. */
    private double exponent(double lambdaFactor, double r) {
        double x = lambdaFactor * ((1 / r) - 1);
        return retrainingCost ? x / Math.abs(x + 1) : x;
    }

    /**
     * {@code 2^a} as {@code exp(a ln 2)}: the JIT's intrinsic {@code exp} is several times faster than {@code pow};
     * the relative difference from {@code Math.pow(2, a)} is about {@code |a| 2^-53}, far below the 1e-9 the
     * reference test asks.
     */
    private static double pow2(double a) {
        return Math.exp(a * LN2);
    }

    /**
     * Returns the number of doublings of the last trajectory.
     *
     * @return {@code n}
     */
    public int doublings() {
        return doublings;
    }

    /**
     * Returns the cumulative time after {@code i} doublings of the last trajectory.
     *
     * @param i from 0 to {@link #doublings()}
     * @return {@code t_i}, months; {@code t_0 = 0}
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, doublings()]}
     */
    public double time(int i) {
        if (i < 0 || i > doublings) {
            throw new IndexOutOfBoundsException("doubling " + i + " of " + doublings);
        }
        return times[i];
    }

    /**
     * Returns the time the {@code i}-th doubling of the last trajectory took, {@code t_i - t_(i-1)}.
     *
     * @param i from 1 to {@link #doublings()}
     * @return months
     * @throws IndexOutOfBoundsException if {@code i} is outside {@code [1, doublings()]}
     */
    public double doublingTime(int i) {
        if (i < 1 || i > doublings) {
            throw new IndexOutOfBoundsException("doubling " + i + " of " + doublings);
        }
        return times[i] - times[i - 1];
    }

    /**
     * Returns the most doublings of the last trajectory that fit in a window shorter than a period: the largest
     * {@code D} such that {@code t_(i+D) - t_i < periodMonths} for some {@code i}. Linear in the number of
     * doublings (two pointers: the times never decrease, so the end of the longest window from {@code i} never
     * moves back as {@code i} grows).
     *
     * @param periodMonths the period {@code P}, months, positive
     * @return {@code D}, in {@code [0, doublings()]}
     */
    public int maxDoublingsWithin(double periodMonths) {
        final double[] t = times;
        final int n = doublings;
        int best = 0;
        int j = 0;
        for (int i = 0; i < n && best < n - i; i++) {
            if (j < i) {
                j = i;
            }
            while (j < n && t[j + 1] - t[i] < periodMonths) {
                j++;
            }
            if (j - i > best) {
                best = j - i;
            }
        }
        return best;
    }

    /**
     * Returns the source's required number of doublings for a speed-up held over a period,
     * {@code trunc((P / 12) (4 / s) x)}, computed in the source's order of operations.
     *
     * @param periodMonths {@code P}, months
     * @param speedUp {@code x}
     * @param softwareContribution {@code s}
     * @return the doublings, truncated toward zero
     */
    public static int requiredDoublings(double periodMonths, double speedUp, double softwareContribution) {
        double baseline = (periodMonths / 12) * (SOFTWARE_DOUBLINGS_PER_YEAR / softwareContribution);
        return (int) (baseline * speedUp);
    }

    /**
     * Returns whether the last trajectory made at least the required doublings for a speed-up held over a period
     * ({@link #requiredDoublings}) in some window shorter than the period.
     *
     * @param periodMonths {@code P}, months
     * @param speedUp {@code x}
     * @return the source's "yes"
     */
    public boolean speedUpWithin(double periodMonths, double speedUp) {
        return maxDoublingsWithin(periodMonths) >= requiredDoublings(periodMonths, speedUp, softwareShare);
    }

    /**
     * Returns the last trajectory's share of the source's "years of progress compressed into one year" curve at a
     * number of years ({@code calculate_years_compressed_cdf}, 12-month period): with {@code D = (4 / s) years}, the
     * indicator that some {@code floor(D)} doublings took less than 12 months, weighted {@code 1 - (D - floor(D))},
     * plus the indicator for {@code ceil(D)} doublings, weighted {@code D - floor(D)}. The source's curve at
     * {@code years} is the mean of this over the runs; its points are
     * {@code CURVE_FIRST_YEARS + j CURVE_STEP_YEARS}, {@code j} from 0 to {@code CURVE_POINTS - 1}.
     *
     * @param years years of progress to compress into one year, at least 0
     * @return a value in {@code [0, 1]}
     */
    public double curveShare(double years) {
        double speedUp = years / (12.0 / 12);
        double required = ((12.0 / 12) * (SOFTWARE_DOUBLINGS_PER_YEAR / softwareShare)) * speedUp;
        double below = Math.floor(required);
        double above = Math.ceil(required);
        double atBelow = mostIn12 >= below ? 1 : 0;
        if (below == above) {
            return atBelow;
        }
        double weight = required - below;
        return (1 - weight) * atBelow + weight * (mostIn12 >= above ? 1 : 0);
    }

    /**
     * Returns the most doublings of the last trajectory in a window shorter than 12 months, computed by
     * {@link #simulate}.
     *
     * @return {@code maxDoublingsWithin(12)}
     */
    public int mostDoublingsInAYear() {
        return mostIn12;
    }

    /**
     * Returns the years of progress, at the recent pace, made in the last trajectory's fastest window shorter than
     * one year: {@code maxDoublingsWithin(12) / (4 / s)}.
     *
     * @return years, at least 0
     */
    public double yearsCompressedIntoOne() {
        return mostIn12 / (SOFTWARE_DOUBLINGS_PER_YEAR / softwareShare);
    }
}
