package org.rsisim.core.distribution;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Factories of the parameter distributions the engine knows.
 *
 * <p>Every factory validates its arguments once and, when one is wrong, throws an {@link IllegalArgumentException}
 * whose message names the distribution, the argument, its value and what is allowed; NaN and infinities are always
 * refused. The distributions returned are immutable (so thread-safe), and their {@code toString()} is the canonical
 * factory call, such as {@code lognormal(mu=1.0, sigma=0.5)}, with numbers printed by {@link Double#toString(double)}
 * (so they read back exactly) and {@code -0.0} printed as {@code 0.0}; two distributions are {@code equals} when they
 * come from the same factory with the same arguments.
 *
 * <p>For every distribution here, {@code inverseCdf(p)} is the point where {@code cdf} crosses {@code p}, to within
 * the precision of doubles (for the beta family, to within the precision of the incomplete beta function, which
 * degrades slowly as the shapes grow), non-decreasing in {@code p}, inside {@code [lower(), upper()]}, and NaN for a
 * NaN {@code p} or one outside {@code [0, 1]};
 * {@code cdf(x)} is NaN for a NaN {@code x}. {@code sample(rng)} allocates nothing: it draws by inversion,
 * {@code inverseCdf(u)} of one uniform {@code u} in (0, 1), except for the beta family (beta, betaMeanConcentration,
 * PERT), which draws the ratio of two gamma variates (Marsaglia and Tsang's method, by rejection) because inverting
 * the incomplete beta function costs much more. So under antithetic runs, which turn every uniform {@code u} into
 * {@code 1 - u}, every distribution here is mirrored exactly except the beta family; {@code truncated} inverts its
 * inner distribution's CDF and is mirrored whatever the inner one. Under quasi-random sampling every distribution,
 * the beta family included, is mapped through {@code inverseCdf}.
 */
public final class Distributions {
    /** {@code Phi^-1(0.95)}, the 95th percentile of the standard normal distribution. */
    private static final double Z95 = StandardNormal.quantile(0.95);
    /** The standard normal's 90th percentile, to the last digit of a double. */
    private static final double Z80 = 1.2815515655446004;
    /** The smallest and largest beta shapes accepted: the range over which the sampler and CDF were verified. */
    private static final double MIN_SHAPE = 1e-3;
    private static final double MAX_SHAPE = 1e6;

    private Distributions() {
    }

    /**
     * A parameter that takes one value in every run.
     *
     * @param value the value, finite
     * @return the point mass at {@code value}; its {@code toString()} is {@code fixed(value=...)}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /**
     * The continuous uniform distribution on {@code [lower, upper]}: mean {@code (lower + upper) / 2}, variance
     * {@code (upper - lower)^2 / 12}.
     *
     * @param lower lower bound, finite
     * @param upper upper bound, finite, above {@code lower}, with {@code upper - lower} finite
     * @return the distribution; its {@code toString()} is {@code uniform(lower=..., upper=...)}
     * @throws IllegalArgumentException if a bound is not finite or {@code lower >= upper}
     */
    public static Distribution uniform(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    /**
     * The log-uniform (reciprocal) distribution on {@code [lower, upper]}: {@code log X} is uniform on
     * {@code [log lower, log upper]}, so each order of magnitude in the range is equally likely. Mean
     * {@code (upper - lower) / log(upper / lower)}.
     *
     * @param lower lower bound, finite and {@code > 0}
     * @param upper upper bound, finite and {@code > lower}
     * @return the distribution; its {@code toString()} is {@code logUniform(lower=..., upper=...)}
     * @throws IllegalArgumentException if a bound is not finite, {@code lower <= 0} or {@code lower >= upper}
     */
    public static Distribution logUniform(double lower, double upper) {
        return new LogUniform(lower, upper);
    }

    /**
     * The normal distribution with the given mean and standard deviation, on the whole real line.
     *
     * @param mean the mean, finite
     * @param sd the standard deviation, finite and {@code > 0}
     * @return the distribution; its {@code toString()} is {@code normal(mean=..., sd=...)}
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code sd} is not finite and positive
     */
    public static Distribution normal(double mean, double sd) {
        double m = finite("normal", "mean", mean);
        double s = positive("normal", "sd", sd);
        return new Normal(m, s, "normal(mean=" + m + ", sd=" + s + ")");
    }

    /**
     * The lognormal distribution: {@code log X} is normal with mean {@code mu} and standard deviation
     * {@code sigma}. Median {@code exp(mu)}, mean {@code exp(mu + sigma^2 / 2)}, support {@code [0, +inf)}.
     *
     * @param mu mean of {@code log X}, finite
     * @param sigma standard deviation of {@code log X}, finite and {@code > 0}
     * @return the distribution; its {@code toString()} is {@code lognormal(mu=..., sigma=...)}
     * @throws IllegalArgumentException if {@code mu} is not finite or {@code sigma} is not finite and positive
     */
    public static Distribution lognormal(double mu, double sigma) {
        double m = finite("lognormal", "mu", mu);
        double s = positive("lognormal", "sigma", sigma);
        return new Lognormal(m, s, "lognormal(mu=" + m + ", sigma=" + s + ")");
    }

    /**
     * The lognormal distribution whose 5th and 95th percentiles are {@code p5} and {@code p95}, the usual way of
     * stating a 90 % credible interval: {@code mu = (log p5 + log p95) / 2},
     * {@code sigma = (log p95 - log p5) / (2 Phi^-1(0.95))}. The median is {@code sqrt(p5 p95)}.
     *
     * @param p5 the 5th percentile, finite and {@code > 0}
     * @param p95 the 95th percentile, finite and {@code > p5}
     * @return the distribution; its {@code toString()} is {@code lognormal90(p5=..., p95=...)}
     * @throws IllegalArgumentException if a percentile is not finite and positive or {@code p5 >= p95}
     */
    public static Distribution lognormal90(double p5, double p95) {
        return lognormalThrough("lognormal90", "p5", p5, "p95", p95, Z95);
    }

    /** The lognormal whose quantiles at {@code Phi(-z)} and {@code Phi(z)} are {@code lo} and {@code hi}. */
    private static Distribution lognormalThrough(String form, String loName, double lo, String hiName, double hi,
                                                 double z) {
        double a = positive(form, loName, lo);
        double b = positive(form, hiName, hi);
        below(form, loName, a, hiName, b);
        double logLo = Math.log(a);
        double logHi = Math.log(b);
        return new Lognormal(0.5 * (logLo + logHi), (logHi - logLo) / (2 * z),
                form + "(" + loName + "=" + a + ", " + hiName + "=" + b + ")");
    }

    /**
     * The lognormal distribution with the given 10th and 90th percentiles, an 80 % interval:
     * {@code mu = (ln p10 + ln p90) / 2}, {@code sigma = (ln p90 - ln p10) / (2 z)} with {@code z = 1.2815515655446004},
     * the standard normal's 90th percentile. This is how the AI Futures Project's sampling configurations give a
     * lognormal ({@code ci80: [p10, p90]}).
     *
     * @param p10 10th percentile, {@code > 0}
     * @param p90 90th percentile, above {@code p10}
     * @return the distribution; its {@code toString()} is {@code lognormal80(p10=..., p90=...)}
     * @throws IllegalArgumentException if a percentile is NaN, not positive, or {@code p10 >= p90}
     */
    public static Distribution lognormal80(double p10, double p90) {
        return lognormalThrough("lognormal80", "p10", p10, "p90", p90, Z80);
    }

    /**
     * The normal distribution with the given 10th and 90th percentiles, an 80 % interval: mean
     * {@code (p10 + p90) / 2}, standard deviation {@code (p90 - p10) / (2 z)} with {@code z = 1.2815515655446004}.
     *
     * @param p10 10th percentile, finite
     * @param p90 90th percentile, above {@code p10}
     * @return the distribution; its {@code toString()} is {@code normal80(p10=..., p90=...)}
     * @throws IllegalArgumentException if a percentile is not finite or {@code p10 >= p90}
     */
    public static Distribution normal80(double p10, double p90) {
        double lo = finite("normal80", "p10", p10);
        double hi = finite("normal80", "p90", p90);
        below("normal80", "p10", lo, "p90", hi);
        return new Normal(0.5 * (lo + hi), (hi - lo) / (2 * Z80), "normal80(p10=" + lo + ", p90=" + hi + ")");
    }

    /**
     * The beta distribution on {@code [0, 1]} with shapes {@code alpha} and {@code beta}: density proportional to
     * {@code x^(alpha-1) (1-x)^(beta-1)}, mean {@code alpha / (alpha + beta)}.
     *
     * @param alpha first shape, in {@code [0.001, 1e6]}
     * @param beta second shape, in {@code [0.001, 1e6]}
     * @return the distribution; its {@code toString()} is {@code beta(alpha=..., beta=...)}
     * @throws IllegalArgumentException if a shape is NaN or outside {@code [0.001, 1e6]}
     */
    public static Distribution beta(double alpha, double beta) {
        double a = shape("beta", "alpha", alpha);
        double b = shape("beta", "beta", beta);
        return new Beta(a, b, 0, 1, "beta(alpha=" + a + ", beta=" + b + ")");
    }

    /**
     * The beta distribution given by its mean and concentration {@code k}: {@code alpha = mean k},
     * {@code beta = (1 - mean) k}. Its variance is {@code mean (1 - mean) / (k + 1)}, so {@code k} acts as a prior
     * sample size: the larger it is, the tighter the distribution around the mean.
     *
     * @param mean the mean, in the open interval {@code (0, 1)}
     * @param concentration {@code k = alpha + beta}, finite and {@code > 0}, such that both shapes lie in
     *        {@code [0.001, 1e6]}
     * @return the distribution; its {@code toString()} is {@code betaMeanConcentration(mean=..., concentration=...)}
     * @throws IllegalArgumentException if the mean is not in {@code (0, 1)}, the concentration is not finite and
     *         positive, or a resulting shape is outside {@code [0.001, 1e6]}
     */
    public static Distribution betaMeanConcentration(double mean, double concentration) {
        String name = "betaMeanConcentration";
        if (!(mean > 0 && mean < 1)) {
            throw new IllegalArgumentException(name + ": mean = " + mean + " must lie in the open interval (0, 1)");
        }
        double k = positive(name, "concentration", concentration);
        String text = name + "(mean=" + mean + ", concentration=" + k + ")";
        double a = shape(text, "alpha = mean * concentration", mean * k);
        double b = shape(text, "beta = (1 - mean) * concentration", (1 - mean) * k);
        return new Beta(a, b, 0, 1, text);
    }

    /**
     * The triangular distribution on {@code [min, max]} with its peak at {@code mode}: mean
     * {@code (min + mode + max) / 3}, variance {@code (min^2 + mode^2 + max^2 - min mode - min max - mode max) / 18}.
     *
     * @param min lower bound, finite
     * @param mode most likely value, in {@code [min, max]}
     * @param max upper bound, finite, above {@code min}, with {@code max - min} finite
     * @return the distribution; its {@code toString()} is {@code triangular(min=..., mode=..., max=...)}
     * @throws IllegalArgumentException if an argument is not finite, {@code min >= max} or the mode is outside
     *         {@code [min, max]}
     */
    public static Distribution triangular(double min, double mode, double max) {
        return new Triangular(min, mode, max);
    }

    /**
     * The PERT distribution on {@code [min, max]} with most likely value {@code mode}: the classic form with
     * {@code lambda = 4}, a beta distribution rescaled to {@code [min, max]} with shapes
     * {@code alpha = 1 + 4 (mode - min) / (max - min)} and {@code beta = 1 + 4 (max - mode) / (max - min)}, so its
     * mean is {@code (min + 4 mode + max) / 6}. It puts less weight in the tails than the triangular distribution
     * with the same three points.
     *
     * @param min lower bound, finite
     * @param mode most likely value, in {@code [min, max]}
     * @param max upper bound, finite, above {@code min}, with {@code max - min} finite
     * @return the distribution; its {@code toString()} is {@code pert(min=..., mode=..., max=...)}
     * @throws IllegalArgumentException if an argument is not finite, {@code min >= max} or the mode is outside
     *         {@code [min, max]}
     */
    public static Distribution pert(double min, double mode, double max) {
        String name = "pert";
        double lo = finite(name, "min", min);
        double m = finite(name, "mode", mode);
        double hi = finite(name, "max", max);
        double width = range(name, lo, hi);
        modeInside(name, lo, m, hi);
        return new Beta(1 + 4 * (m - lo) / width, 1 + 4 * (hi - m) / width, lo, hi,
                name + "(min=" + lo + ", mode=" + m + ", max=" + hi + ")");
    }

    /**
     * A weighted choice among a finite set of values: {@code P(X = values[i]) = weights[i] / sum(weights)}. The
     * values are sorted internally, so {@code inverseCdf} is non-decreasing; values with weight 0 are never drawn
     * and do not count towards the support.
     *
     * @param values the values, finite and distinct, at least one
     * @param weights their weights, finite and {@code >= 0}, one per value, with a finite positive sum
     * @return the distribution; its {@code toString()} is {@code discrete(values=[...], weights=[...])}, with the
     *         pairs sorted by value and the weights as given
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a value is not finite or
     *         repeats, a weight is negative or not finite, or the weights sum to 0 or to infinity
     * @throws NullPointerException if an array is null
     */
    public static Distribution discrete(double[] values, double[] weights) {
        return new Discrete(values, weights);
    }

    /**
     * The skewed log-uniform distribution given by its 5th, 50th and 95th percentiles, the prior used by the
     * compute-centric takeoff model (Davidson; Epoch AI, takeoffspeeds.com) for its uncertain parameters.
     *
     * <p>In log space the density is uniform on two pieces that meet at the median: {@code log X} has mass 0.45
     * spread uniformly between {@code log p5} and {@code log p50} and 0.45 between {@code log p50} and
     * {@code log p95}, and each 5 % tail continues the density of its neighbouring piece. The support is therefore
     * {@code [L, U]} with {@code log L = log p5 - (log p50 - log p5) / 9} and
     * {@code log U = log p95 + (log p95 - log p50) / 9}, and the distribution is an equal mixture of the log-uniform
     * distributions on {@code [L, p50]} and {@code [p50, U]}. When {@code p50} is the geometric mean of {@code p5}
     * and {@code p95} it is the plain log-uniform distribution on {@code [L, U]}.
     *
     * @param p5 the 5th percentile, finite and {@code > 0}
     * @param p50 the median, finite and {@code > p5}
     * @param p95 the 95th percentile, finite and {@code > p50}
     * @return the distribution; its {@code toString()} is {@code skewedLogUniform(p5=..., p50=..., p95=...)}
     * @throws IllegalArgumentException if a percentile is not finite and positive, they are not strictly
     *         increasing, or a bound of the support under- or overflows
     */
    public static Distribution skewedLogUniform(double p5, double p50, double p95) {
        return new SkewedLogUniform(p5, p50, p95);
    }

    /**
     * The two-piece log-uniform distribution with bounds {@code min} and {@code max} and median {@code median}:
     * {@code log X} is uniform on {@code [log min, log median]} with probability 1/2 and on
     * {@code [log median, log max]} with probability 1/2. This is the {@code SkewedLogUniform} of the
     * compute-centric full takeoff model ({@code ftm/stats/distributions.py} of {@code epoch-research/ftm}, kind
     * {@code pos}), which takes the conservative and aggressive values of a parameter as the ends of its support and
     * the best guess as its median. Unlike {@link #skewedLogUniform}, whose arguments are its 5th and 95th
     * percentiles, the support ends at {@code min} and {@code max}.
     *
     * @param min lower end of the support, finite and {@code > 0}
     * @param median the median, {@code > min}
     * @param max upper end, finite and {@code > median}
     * @return the distribution; its {@code toString()} is {@code twoPieceLogUniform(min=..., median=..., max=...)}
     * @throws IllegalArgumentException if an argument is not finite and positive or they are not strictly increasing
     */
    public static Distribution twoPieceLogUniform(double min, double median, double max) {
        return new TwoPiece(TwoPiece.LOG, min, median, max);
    }

    /**
     * The two-piece log-uniform distribution of a negative quantity: {@code -X} is {@link #twoPieceLogUniform} on
     * {@code [-max, -min]} with median {@code -median}. The {@code neg} kind of the full takeoff model's
     * {@code SkewedLogUniform}, for its (negative) substitution parameters.
     *
     * @param min lower end of the support, finite and {@code < 0}
     * @param median the median, {@code > min} and {@code < 0}
     * @param max upper end, {@code > median} and {@code < 0}
     * @return the distribution; its {@code toString()} is {@code twoPieceNegLogUniform(min=..., median=..., max=...)}
     * @throws IllegalArgumentException if an argument is not finite and negative or they are not strictly increasing
     */
    public static Distribution twoPieceNegLogUniform(double min, double median, double max) {
        return new TwoPiece(TwoPiece.NEG_LOG, min, median, max);
    }

    /**
     * The two-piece logit-uniform distribution of a fraction: the log-odds {@code log(X / (1 - X))} is uniform on
     * {@code [logit min, logit median]} with probability 1/2 and on {@code [logit median, logit max]} with
     * probability 1/2. The {@code frac} kind of the full takeoff model's {@code SkewedLogUniform}, for shares.
     *
     * @param min lower end of the support, in {@code (0, 1)}
     * @param median the median, {@code > min}
     * @param max upper end, {@code > median} and {@code < 1}
     * @return the distribution; its {@code toString()} is {@code twoPieceLogitUniform(min=..., median=..., max=...)}
     * @throws IllegalArgumentException if an argument is outside {@code (0, 1)} or they are not strictly increasing
     */
    public static Distribution twoPieceLogitUniform(double min, double median, double max) {
        return new TwoPiece(TwoPiece.LOGIT, min, median, max);
    }

    /**
     * The distribution whose CDF is the piecewise-linear curve through the points {@code (x[i], p[i])}: a
     * tabulated CDF, such as one read off a published chart or exported from a spreadsheet. Between two points the
     * density is uniform; a segment where {@code p} does not rise carries no mass. {@code inverseCdf} interpolates
     * linearly between the points (as SciPy's {@code interp1d(p, x)} does), so it is continuous and non-decreasing.
     *
     * @param x the values, finite and strictly increasing, at least two
     * @param p the cumulative probabilities {@code P(X <= x[i])}, non-decreasing, starting at exactly 0 and ending at
     *          exactly 1 (the table covers the whole distribution), one per value
     * @return the distribution; its {@code toString()} is {@code cdfTable(x=[...], p=[...])}
     * @throws IllegalArgumentException if the arrays have fewer than two entries or differ in length, a value is not
     *         finite or not above the one before, a probability is outside {@code [0, 1]} or below the one before,
     *         or {@code p} does not start at 0 and end at 1
     * @throws NullPointerException if an array is null
     */
    public static Distribution cdfTable(double[] x, double[] p) {
        return new CdfTable(false, x, p);
    }

    /**
     * The distribution whose CDF is piecewise linear in {@code log10} of the value: {@link #cdfTable} of
     * {@code log10 X}, with {@code X = 10^L}. The form of the bio-anchors distribution of training requirements that
     * the compute-centric full takeoff model draws by default ({@code AjeyaDistribution} in
     * {@code ftm/stats/distributions.py} of {@code epoch-research/ftm}: a table of log10 FLOP against cumulative
     * probability, inverted by linear interpolation and raised to the power of ten). Between two points the value is
     * log-uniform.
     *
     * @param log10x the values' base-10 logarithms, finite, strictly increasing, at most 308 (so that every value is
     *               a finite double), at least two
     * @param p the cumulative probabilities, as for {@link #cdfTable}
     * @return the distribution; its {@code toString()} is {@code log10CdfTable(log10x=[...], p=[...])}
     * @throws IllegalArgumentException as {@link #cdfTable}, or if a logarithm exceeds 308
     * @throws NullPointerException if an array is null
     */
    public static Distribution log10CdfTable(double[] log10x, double[] p) {
        return new CdfTable(true, log10x, p);
    }

    /**
     * A distribution conditioned to lie in {@code [lower, upper]}: {@code P(X <= x | lower <= X <= upper)}. Use it
     * when a distribution with unbounded support (a lognormal, say) describes a parameter whose allowed range is
     * bounded. Sampled by inversion: {@code inner.inverseCdf(F(lower) + u (F(upper) - F(lower)))}, so it stays a
     * monotone function of one uniform number (copulas and quasi-Monte Carlo keep working). For a discrete inner
     * distribution the values are those in {@code (lower, upper]}.
     *
     * @param inner the distribution to truncate
     * @param lower lower bound, may be negative infinity
     * @param upper upper bound, above {@code lower}, may be positive infinity
     * @return the truncated distribution; its {@code toString()} is {@code truncated(inner, lower=..., upper=...)}
     * @throws IllegalArgumentException if a bound is NaN, {@code lower >= upper}, or the inner distribution has no
     *         probability mass in the interval
     */
    public static Distribution truncated(Distribution inner, double lower, double upper) {
        return new Truncated(inner, lower, upper);
    }

    /**
     * A distribution clipped to {@code [lower, upper]}: {@code min(max(X, lower), upper)}, the probability beyond a
     * bound piling up on the bound (NumPy's {@code clip}). Unlike {@link #truncated}, which conditions on the
     * interval, it keeps the inner quantile function inside the interval. Sampled by inversion,
     * {@code clip(inner.inverseCdf(u))}, so it stays a monotone function of one uniform number (copulas, antithetic
     * pairs and quasi-Monte Carlo keep working).
     *
     * @param inner the distribution to clip
     * @param lower lower bound, may be negative infinity
     * @param upper upper bound, above {@code lower}, may be positive infinity
     * @return the clipped distribution; its {@code toString()} is {@code clipped(inner, lower=..., upper=...)}
     * @throws IllegalArgumentException if a bound is NaN or {@code lower >= upper}
     */
    public static Distribution clipped(Distribution inner, double lower, double upper) {
        return new Clipped(inner, lower, upper);
    }

    /**
     * A distribution shifted by a constant, {@code shift + X}; for instance the AI Futures Project's shifted
     * lognormal, 1 plus a lognormal. Sampled by inversion.
     *
     * @param inner the distribution to shift
     * @param shift the constant added, finite
     * @return the shifted distribution; its {@code toString()} is {@code shifted(inner, shift=...)}
     * @throws IllegalArgumentException if the shift is not finite
     */
    public static Distribution shifted(Distribution inner, double shift) {
        return new Shifted(inner, shift);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Validation

    /** Returns {@code value} (with -0.0 made 0.0) if it is finite. */
    static double finite(String distribution, String argument, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(distribution + ": " + argument + " = " + value
                    + " must be a finite number");
        }
        return value + 0.0;
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    static double positive(String distribution, String argument, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(distribution + ": " + argument + " = " + value
                    + " must be a finite number > 0");
        }
        return value;
    }

    /** Checks {@code lo < hi}. */
    static void below(String distribution, String loName, double lo, String hiName, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException(distribution + ": " + loName + " = " + lo + " must be below "
                    + hiName + " = " + hi);
        }
    }

    /** Checks {@code min < max} with a finite width, and returns the width. */
    private static double range(String distribution, double min, double max) {
        below(distribution, "min", min, "max", max);
        double width = max - min;
        if (!Double.isFinite(width)) {
            throw new IllegalArgumentException(distribution + ": max - min = " + max + " - " + min
                    + " overflows; the range must have a finite width");
        }
        return width;
    }

    private static void modeInside(String distribution, double min, double mode, double max) {
        if (!(mode >= min && mode <= max)) {
            throw new IllegalArgumentException(distribution + ": mode = " + mode + " must lie in [min, max] = ["
                    + min + ", " + max + "]");
        }
    }

    private static double shape(String distribution, String argument, double value) {
        if (!(value >= MIN_SHAPE && value <= MAX_SHAPE)) {
            throw new IllegalArgumentException(distribution + ": " + argument + " = " + value + " must lie in ["
                    + MIN_SHAPE + ", " + MAX_SHAPE + "]");
        }
        return value;
    }

    private static double validProbability(double p) {
        return p >= 0 && p <= 1 ? p : Double.NaN;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Implementations

    /** Equality and hash by class and canonical text, shared by the distributions of this factory. */
    abstract static class Canonical implements Distribution {
        @Override
        public final boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && o.toString().equals(toString());
        }

        @Override
        public final int hashCode() {
            return toString().hashCode();
        }
    }

    /** A point mass. */
    static final class Fixed extends Canonical {
        private final double value;

        Fixed(double value) {
            this.value = finite("fixed", "value", value);
        }

        @Override
        public double inverseCdf(double p) {
            return p >= 0 && p <= 1 ? value : Double.NaN;
        }

        @Override
        public double cdf(double x) {
            return x >= value ? 1 : x < value ? 0 : Double.NaN;
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return value;
        }

        @Override
        public double lower() {
            return value;
        }

        @Override
        public double upper() {
            return value;
        }

        @Override
        public String toString() {
            return "fixed(value=" + value + ")";
        }
    }

    /** The continuous uniform distribution. */
    static final class Uniform extends Canonical {
        private final double lower;
        private final double upper;
        private final double width;

        Uniform(double lower, double upper) {
            this.lower = finite("uniform", "lower", lower);
            this.upper = finite("uniform", "upper", upper);
            below("uniform", "lower", this.lower, "upper", this.upper);
            this.width = upper - lower;
            if (!Double.isFinite(width)) {
                throw new IllegalArgumentException("uniform: upper - lower = " + upper + " - " + lower
                        + " overflows; the range must have a finite width");
            }
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            return p >= 1 ? upper : Math.min(upper, lower + p * width);
        }

        @Override
        public double cdf(double x) {
            return x <= lower ? 0 : x >= upper ? 1 : x < upper ? (x - lower) / width : Double.NaN;
        }

        @Override
        public double lower() {
            return lower;
        }

        @Override
        public double upper() {
            return upper;
        }

        @Override
        public String toString() {
            return "uniform(lower=" + lower + ", upper=" + upper + ")";
        }
    }

    /** The log-uniform distribution. */
    static final class LogUniform extends Canonical {
        private final double lower;
        private final double upper;
        private final double logLower;
        private final double logWidth;

        LogUniform(double lower, double upper) {
            this.lower = positive("logUniform", "lower", lower);
            this.upper = positive("logUniform", "upper", upper);
            below("logUniform", "lower", lower, "upper", upper);
            this.logLower = Math.log(lower);
            this.logWidth = Math.log(upper) - logLower;
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (p == 0 || p == 1) {
                return p == 0 ? lower : upper;
            }
            return Math.max(lower, Math.min(upper, Math.exp(logLower + p * logWidth)));
        }

        @Override
        public double cdf(double x) {
            return x <= lower ? 0 : x >= upper ? 1 : x < upper ? (Math.log(x) - logLower) / logWidth : Double.NaN;
        }

        @Override
        public double lower() {
            return lower;
        }

        @Override
        public double upper() {
            return upper;
        }

        @Override
        public String toString() {
            return "logUniform(lower=" + lower + ", upper=" + upper + ")";
        }
    }

    /** The normal distribution, sampled by exact inversion (AS 241). */
    static final class Normal extends Canonical {
        private final double mean;
        private final double sd;
        private final String text;

        Normal(double mean, double sd, String text) {
            this.mean = mean;
            this.sd = sd;
            this.text = text;
        }

        @Override
        public double inverseCdf(double p) {
            return mean + sd * StandardNormal.quantile(p);
        }

        @Override
        public double cdf(double x) {
            return StandardNormal.cdf((x - mean) / sd);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return mean + sd * StandardNormal.quantile(Distribution.openUniform(rng));
        }

        @Override
        public double lower() {
            return Double.NEGATIVE_INFINITY;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The lognormal distribution, sampled by exact inversion (AS 241). */
    static final class Lognormal extends Canonical {
        private final double mu;
        private final double sigma;
        private final String text;

        Lognormal(double mu, double sigma, String text) {
            this.mu = mu;
            this.sigma = sigma;
            this.text = text;
        }

        @Override
        public double inverseCdf(double p) {
            return Math.exp(mu + sigma * StandardNormal.quantile(p));
        }

        @Override
        public double cdf(double x) {
            return x <= 0 ? 0 : StandardNormal.cdf((Math.log(x) - mu) / sigma);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return Math.exp(mu + sigma * StandardNormal.quantile(Distribution.openUniform(rng)));
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A beta distribution rescaled to {@code [lower, upper]}: the beta, betaMeanConcentration and PERT factories.
     * Sampled as {@code G_a / (G_a + G_b)} with independent gamma variates {@code G_a}, {@code G_b} of shapes
     * alpha and beta and unit scale.
     */
    static final class Beta extends Canonical {
        private final double alpha;
        private final double beta;
        private final double lower;
        private final double upper;
        private final double width;
        private final IncompleteBeta function;
        private final double alphaD;
        private final double alphaC;
        private final double betaD;
        private final double betaC;
        private final String text;

        Beta(double alpha, double beta, double lower, double upper, String text) {
            double logBeta;
            try {
                logBeta = org.hipparchus.special.Beta.logBeta(alpha, beta);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(text + ": log B(alpha=" + alpha + ", beta=" + beta
                        + ") cannot be evaluated: " + e.getMessage(), e);
            }
            if (!Double.isFinite(logBeta)) {
                throw new IllegalArgumentException(text + ": log B(alpha=" + alpha + ", beta=" + beta + ") = "
                        + logBeta + " is not finite");
            }
            this.alpha = alpha;
            this.beta = beta;
            this.lower = lower;
            this.upper = upper;
            this.width = upper - lower;
            this.function = new IncompleteBeta(alpha, beta, logBeta);
            this.alphaD = (alpha < 1 ? alpha + 1 : alpha) - 1.0 / 3;
            this.alphaC = 1 / Math.sqrt(9 * alphaD);
            this.betaD = (beta < 1 ? beta + 1 : beta) - 1.0 / 3;
            this.betaC = 1 / Math.sqrt(9 * betaD);
            this.text = text;
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (p == 0 || p == 1) {
                return p == 0 ? lower : upper;
            }
            return scale(function.inverse(p));
        }

        @Override
        public double cdf(double x) {
            if (x <= lower) {
                return 0;
            }
            if (x >= upper) {
                return 1;
            }
            return function.cdf((x - lower) / width);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            double logA = logGamma(rng, alpha, alphaD, alphaC);
            double logB = logGamma(rng, beta, betaD, betaC);
            // G_a / (G_a + G_b) = 1 / (1 + exp(log G_b - log G_a)); in logs so that tiny shapes cannot underflow
            return scale(1 / (1 + Math.exp(logB - logA)));
        }

        private double scale(double y) {
            return Math.max(lower, Math.min(upper, lower + width * y));
        }

        /**
         * Returns the logarithm of a gamma variate of the given shape and unit scale. Marsaglia and Tsang, "A simple
         * method for generating gamma variables", ACM TOMS 26 (2000) 363-372: for shape {@code s >= 1}, with
         * {@code d = s - 1/3}, {@code c = 1 / sqrt(9 d)}, accept {@code d (1 + c z)^3} for a standard normal
         * {@code z}; for {@code s < 1}, draw shape {@code s + 1} and multiply by {@code U^(1/s)}.
         */
        private static double logGamma(UniformRandomProvider rng, double shape, double d, double c) {
            while (true) {
                double z = StandardNormal.quantile(Distribution.openUniform(rng));
                double v = 1 + c * z;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = Distribution.openUniform(rng);
                double z2 = z * z;
                if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
                    double log = Math.log(d * v);
                    return shape >= 1 ? log : log + Math.log(Distribution.openUniform(rng)) / shape;
                }
            }
        }

        @Override
        public double lower() {
            return lower;
        }

        @Override
        public double upper() {
            return upper;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The triangular distribution. */
    static final class Triangular extends Canonical {
        private final double min;
        private final double mode;
        private final double max;
        private final double width;
        private final double split;

        Triangular(double min, double mode, double max) {
            String name = "triangular";
            this.min = finite(name, "min", min);
            this.mode = finite(name, "mode", mode);
            this.max = finite(name, "max", max);
            this.width = range(name, this.min, this.max);
            modeInside(name, this.min, this.mode, this.max);
            this.split = (this.mode - this.min) / width;
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (p == 0 || p == 1) {
                return p == 0 ? min : max;
            }
            if (p <= split) {
                return Math.max(min, Math.min(mode, min + Math.sqrt(p * width * (mode - min))));
            }
            return Math.min(max, Math.max(mode, max - Math.sqrt((1 - p) * width * (max - mode))));
        }

        @Override
        public double cdf(double x) {
            if (x <= min) {
                return 0;
            }
            if (x < mode) {
                return (x - min) * (x - min) / (width * (mode - min));
            }
            if (x < max) {
                return 1 - (max - x) * (max - x) / (width * (max - mode));
            }
            return x >= max ? 1 : Double.NaN;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String toString() {
            return "triangular(min=" + min + ", mode=" + mode + ", max=" + max + ")";
        }
    }

    /** A weighted choice among finitely many values. */
    static final class Discrete extends Canonical {
        /** Values with positive weight, increasing. */
        private final double[] support;
        /** {@code cumulative[i] = P(X <= support[i])}; the last entry is exactly 1. */
        private final double[] cumulative;
        private final String text;

        Discrete(double[] values, double[] weights) {
            String name = "discrete";
            Objects.requireNonNull(values, "discrete: values");
            Objects.requireNonNull(weights, "discrete: weights");
            int n = values.length;
            if (n == 0) {
                throw new IllegalArgumentException(name + ": values is empty; at least one value is needed");
            }
            if (weights.length != n) {
                throw new IllegalArgumentException(name + ": " + n + " values but " + weights.length
                        + " weights; there must be one weight per value");
            }
            double total = 0;
            for (int i = 0; i < n; i++) {
                finite(name, "values[" + i + "]", values[i]);
                if (!(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(name + ": weights[" + i + "] = " + weights[i]
                            + " must be a finite number >= 0");
                }
                total += weights[i];
            }
            if (!(total > 0 && total < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + ": the weights sum to " + total
                        + "; the sum must be finite and > 0");
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (i, j) -> Double.compare(values[i] + 0.0, values[j] + 0.0));
            double[] sortedValues = new double[n];
            double[] sortedWeights = new double[n];
            int positive = 0;
            for (int k = 0; k < n; k++) {
                sortedValues[k] = values[order[k]] + 0.0;
                sortedWeights[k] = weights[order[k]] + 0.0;
                if (k > 0 && sortedValues[k] == sortedValues[k - 1]) {
                    throw new IllegalArgumentException(name + ": values[" + order[k - 1] + "] and values["
                            + order[k] + "] are both " + sortedValues[k] + "; values must be distinct");
                }
                if (sortedWeights[k] > 0) {
                    positive++;
                }
            }
            support = new double[positive];
            cumulative = new double[positive];
            double running = 0;
            int j = 0;
            for (int k = 0; k < n; k++) {
                if (sortedWeights[k] > 0) {
                    running += sortedWeights[k];
                    support[j] = sortedValues[k];
                    cumulative[j] = Math.min(1, running / total);
                    j++;
                }
            }
            cumulative[positive - 1] = 1;
            text = name + "(values=" + Arrays.toString(sortedValues) + ", weights=" + Arrays.toString(sortedWeights)
                    + ")";
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (!(p > 0)) {
                return p == 0 ? support[0] : Double.NaN;
            }
            // the first index with cumulative >= p
            int lo = 0;
            int hi = support.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] >= p) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return support[lo];
        }

        @Override
        public double cdf(double x) {
            if (x != x) {
                return Double.NaN;
            }
            // the last index with support <= x
            int lo = -1;
            int hi = support.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (support[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo < 0 ? 0 : cumulative[lo];
        }

        @Override
        public double lower() {
            return support[0];
        }

        @Override
        public double upper() {
            return support[support.length - 1];
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The two-piece log-uniform distribution given by three percentiles. */
    static final class SkewedLogUniform extends Canonical {
        private final double p5;
        private final double p50;
        private final double p95;
        private final double lower;
        private final double upper;
        private final double logLower;
        private final double logMedian;
        private final double logUpper;

        SkewedLogUniform(double p5, double p50, double p95) {
            String name = "skewedLogUniform";
            this.p5 = positive(name, "p5", p5);
            this.p50 = positive(name, "p50", p50);
            this.p95 = positive(name, "p95", p95);
            below(name, "p5", p5, "p50", p50);
            below(name, "p50", p50, "p95", p95);
            double l5 = Math.log(p5);
            logMedian = Math.log(p50);
            double l95 = Math.log(p95);
            logLower = l5 - (logMedian - l5) / 9;
            logUpper = l95 + (l95 - logMedian) / 9;
            lower = Math.exp(logLower);
            upper = Math.exp(logUpper);
            if (!(lower > 0 && upper < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(toString() + ": the support [" + lower + ", " + upper
                        + "] under- or overflows; the percentiles are too far apart");
            }
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (p == 0 || p == 1) {
                return p == 0 ? lower : upper;
            }
            if (p == 0.5) {
                return p50;
            }
            if (p < 0.5) {
                return Math.max(lower, Math.min(p50, Math.exp(logLower + 2 * p * (logMedian - logLower))));
            }
            return Math.max(p50, Math.min(upper, Math.exp(logMedian + (2 * p - 1) * (logUpper - logMedian))));
        }

        @Override
        public double cdf(double x) {
            if (x <= lower) {
                return 0;
            }
            if (x >= upper) {
                return 1;
            }
            if (x != x) {
                return Double.NaN;
            }
            if (x == p50) {
                return 0.5;
            }
            double y = Math.log(x);
            if (x < p50) {
                return 0.5 * Math.min(1, (y - logLower) / (logMedian - logLower));
            }
            return 0.5 + 0.5 * Math.max(0, (y - logMedian) / (logUpper - logMedian));
        }

        @Override
        public double lower() {
            return lower;
        }

        @Override
        public double upper() {
            return upper;
        }

        @Override
        public String toString() {
            return "skewedLogUniform(p5=" + p5 + ", p50=" + p50 + ", p95=" + p95 + ")";
        }
    }

    /**
     * A two-piece uniform distribution in a transformed scale {@code u = T(x)}: probability 1/2 uniform between
     * {@code T(min)} and {@code T(median)} and 1/2 between {@code T(median)} and {@code T(max)}; {@code T} is
     * {@code log x}, {@code log(-x)} (decreasing) or {@code log(x / (1 - x))}.
     */
    static final class TwoPiece extends Canonical {
        static final int LOG = 0;
        static final int NEG_LOG = 1;
        static final int LOGIT = 2;
        private static final String[] NAMES = {"twoPieceLogUniform", "twoPieceNegLogUniform", "twoPieceLogitUniform"};

        private final int scale;
        private final double min;
        private final double median;
        private final double max;
        // u at the lower end of x, at the median, at the upper end of x, in the order of increasing probability
        private final double u0;
        private final double uMedian;
        private final double u1;

        TwoPiece(int scale, double min, double median, double max) {
            String name = NAMES[scale];
            this.scale = scale;
            if (scale == LOG) {
                positive(name, "min", min);
                positive(name, "median", median);
                positive(name, "max", max);
            } else if (scale == NEG_LOG) {
                negative(name, "min", min);
                negative(name, "median", median);
                negative(name, "max", max);
            } else {
                openUnit(name, "min", min);
                openUnit(name, "median", median);
                openUnit(name, "max", max);
            }
            below(name, "min", min, "median", median);
            below(name, "median", median, "max", max);
            this.min = min;
            this.median = median;
            this.max = max;
            double a = forward(min);
            double m = forward(median);
            double b = forward(max);
            if (!(Double.isFinite(a) && Double.isFinite(b) && a != m && m != b)) {
                throw new IllegalArgumentException(toString() + ": the transformed ends " + a + ", " + m + ", " + b
                        + " must be finite and distinct");
            }
            // for the decreasing scale the probability runs from max: u0 = T(min) still pairs with x = min
            u0 = a;
            uMedian = m;
            u1 = b;
        }

        private static void negative(String distribution, String argument, double value) {
            if (!(value < 0 && value > Double.NEGATIVE_INFINITY)) {
                throw new IllegalArgumentException(distribution + ": " + argument + " = " + value
                        + " must be a finite number < 0");
            }
        }

        private static void openUnit(String distribution, String argument, double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException(distribution + ": " + argument + " = " + value
                        + " must be in (0, 1)");
            }
        }

        private double forward(double x) {
            switch (scale) {
                case LOG:
                    return Math.log(x);
                case NEG_LOG:
                    return Math.log(-x);
                default:
                    return Math.log(x / (1 - x));
            }
        }

        private double backward(double u) {
            switch (scale) {
                case LOG:
                    return Math.exp(u);
                case NEG_LOG:
                    return -Math.exp(u);
                default:
                    double y = Math.exp(u);
                    return y / (1 + y);
            }
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (p != p) {
                return Double.NaN;
            }
            if (p == 0) {
                return min;
            }
            if (p == 1) {
                return max;
            }
            if (p == 0.5) {
                return median;
            }
            // x increases with p; in u this runs from u0 through uMedian to u1 (decreasing for NEG_LOG)
            double x = p < 0.5 ? backward(u0 + 2 * p * (uMedian - u0))
                    : backward(uMedian + (2 * p - 1) * (u1 - uMedian));
            return p < 0.5 ? Math.max(min, Math.min(median, x)) : Math.max(median, Math.min(max, x));
        }

        @Override
        public double cdf(double x) {
            if (x != x) {
                return Double.NaN;
            }
            if (x <= min) {
                return 0;
            }
            if (x >= max) {
                return 1;
            }
            if (x == median) {
                return 0.5;
            }
            double u = forward(x);
            if (x < median) {
                return 0.5 * Math.max(0, Math.min(1, (u - u0) / (uMedian - u0)));
            }
            return 0.5 + 0.5 * Math.max(0, Math.min(1, (u - uMedian) / (u1 - uMedian)));
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String toString() {
            return NAMES[scale] + "(min=" + min + ", median=" + median + ", max=" + max + ")";
        }
    }

    /** A piecewise-linear CDF through tabulated points, in the value or in its base-10 logarithm. */
    static final class CdfTable extends Canonical {
        private final boolean log10;
        /** The abscissae (values or their logarithms), strictly increasing. */
        private final double[] x;
        /** The cumulative probabilities, non-decreasing from 0 to 1. */
        private final double[] p;
        /** Index of the last point with {@code p == 0}: the lower end of the support. */
        private final int first;
        /** Index of the first point with {@code p == 1}: the upper end of the support. */
        private final int last;
        private final String text;

        CdfTable(boolean log10, double[] x, double[] p) {
            String name = log10 ? "log10CdfTable" : "cdfTable";
            String xName = log10 ? "log10x" : "x";
            Objects.requireNonNull(x, name + ": " + xName);
            Objects.requireNonNull(p, name + ": p");
            int n = x.length;
            if (n < 2) {
                throw new IllegalArgumentException(name + ": " + xName + " has " + n
                        + " entries; a table needs at least two points");
            }
            if (p.length != n) {
                throw new IllegalArgumentException(name + ": " + n + " values of " + xName + " but " + p.length
                        + " probabilities; there must be one probability per value");
            }
            this.log10 = log10;
            this.x = new double[n];
            this.p = new double[n];
            for (int i = 0; i < n; i++) {
                this.x[i] = finite(name, xName + "[" + i + "]", x[i]);
                if (log10 && !(x[i] <= 308)) {
                    throw new IllegalArgumentException(name + ": " + xName + "[" + i + "] = " + x[i]
                            + " must be at most 308, so that 10^" + xName + " is a finite double");
                }
                if (!(p[i] >= 0 && p[i] <= 1)) {
                    throw new IllegalArgumentException(name + ": p[" + i + "] = " + p[i] + " must lie in [0, 1]");
                }
                this.p[i] = p[i] + 0.0;
                if (i > 0 && !(x[i] > x[i - 1])) {
                    throw new IllegalArgumentException(name + ": " + xName + "[" + i + "] = " + x[i]
                            + " must be above " + xName + "[" + (i - 1) + "] = " + x[i - 1]
                            + "; the values must be strictly increasing");
                }
                if (i > 0 && !(p[i] >= p[i - 1])) {
                    throw new IllegalArgumentException(name + ": p[" + i + "] = " + p[i] + " is below p[" + (i - 1)
                            + "] = " + p[i - 1] + "; a CDF does not decrease");
                }
            }
            if (this.p[0] != 0 || this.p[n - 1] != 1) {
                throw new IllegalArgumentException(name + ": p runs from " + p[0] + " to " + p[n - 1]
                        + "; it must start at 0 and end at 1, so that the table covers the whole distribution "
                        + "(add points, or truncate the distribution to the range it covers)");
            }
            int f = 0;
            while (this.p[f + 1] == 0) {
                f++;
            }
            int l = n - 1;
            while (this.p[l - 1] == 1) {
                l--;
            }
            first = f;
            last = l;
            text = name + "(" + xName + "=" + Arrays.toString(this.x) + ", p=" + Arrays.toString(this.p) + ")";
        }

        private double out(double u) {
            return log10 ? Math.pow(10, u) : u;
        }

        @Override
        public double inverseCdf(double q) {
            q = validProbability(q);
            if (!(q > 0)) {
                return q == 0 ? out(x[first]) : Double.NaN;
            }
            // the first index j with p[j] >= q; j >= 1 because p[0] = 0 < q, and p[j - 1] < q
            int lo = 1;
            int hi = last;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p[mid] >= q) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int k = lo - 1;
            double u = x[k] + (q - p[k]) / (p[lo] - p[k]) * (x[lo] - x[k]);
            return out(Math.min(x[lo], u));
        }

        @Override
        public double cdf(double value) {
            if (value != value) {
                return Double.NaN;
            }
            double u = log10 ? (value > 0 ? Math.log10(value) : Double.NEGATIVE_INFINITY) : value;
            if (u <= x[first]) {
                return 0;
            }
            if (u >= x[last]) {
                return 1;
            }
            // the last index k with x[k] <= u, in [first, last - 1]
            int lo = first;
            int hi = last - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (x[mid] <= u) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return Math.min(p[lo + 1], p[lo] + (u - x[lo]) / (x[lo + 1] - x[lo]) * (p[lo + 1] - p[lo]));
        }

        @Override
        public double lower() {
            return out(x[first]);
        }

        @Override
        public double upper() {
            return out(x[last]);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A distribution conditioned on an interval. */
    static final class Truncated extends Canonical {
        private final Distribution inner;
        private final double lower;
        private final double upper;
        private final double lowP;
        private final double mass;
        /** The bounds as given, for the canonical text: with atoms they matter even outside the inner support. */
        private final double lowerArgument;
        private final double upperArgument;

        Truncated(Distribution inner, double lower, double upper) {
            this.inner = Objects.requireNonNull(inner, "inner");
            if (Double.isNaN(lower) || Double.isNaN(upper)) {
                throw new IllegalArgumentException("truncated: bounds [" + lower + ", " + upper + "] must not be NaN");
            }
            below("truncated", "lower", lower, "upper", upper);
            this.lower = Math.max(lower, inner.lower()) + 0.0;
            this.upper = Math.min(upper, inner.upper()) + 0.0;
            this.lowerArgument = lower + 0.0;
            this.upperArgument = upper + 0.0;
            this.lowP = lower == Double.NEGATIVE_INFINITY ? 0 : inner.cdf(lower);
            double highP = upper == Double.POSITIVE_INFINITY ? 1 : inner.cdf(upper);
            this.mass = highP - lowP;
            if (!(mass > 0) || !(this.lower <= this.upper)) {
                throw new IllegalArgumentException("truncated: " + inner + " has no probability mass in [" + lower
                        + ", " + upper + "]");
            }
        }

        @Override
        public double inverseCdf(double p) {
            p = validProbability(p);
            if (Double.isNaN(p)) {
                return Double.NaN;
            }
            double x = inner.inverseCdf(Math.min(1, lowP + p * mass));
            return Math.min(upper, Math.max(lower, x));
        }

        @Override
        public double cdf(double x) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            if (x < lower) {
                return 0;
            }
            if (x >= upper) {
                return 1;
            }
            return Math.min(1, Math.max(0, (inner.cdf(x) - lowP) / mass));
        }

        @Override
        public double lower() {
            return lower;
        }

        @Override
        public double upper() {
            return upper;
        }

        @Override
        public String toString() {
            return "truncated(" + inner + ", lower=" + lowerArgument + ", upper=" + upperArgument + ")";
        }
    }

    /** {@code min(max(X, lower), upper)}: the mass beyond a bound piles up on it. */
    static final class Clipped extends Canonical {
        private final Distribution inner;
        private final double lower;
        private final double upper;

        Clipped(Distribution inner, double lower, double upper) {
            this.inner = Objects.requireNonNull(inner, "inner");
            if (Double.isNaN(lower) || Double.isNaN(upper)) {
                throw new IllegalArgumentException("clipped: bounds [" + lower + ", " + upper + "] must not be NaN");
            }
            below("clipped", "lower", lower, "upper", upper);
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double inverseCdf(double p) {
            return Math.min(Math.max(inner.inverseCdf(p), lower), upper);
        }

        @Override
        public double cdf(double x) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            if (x < lower) {
                return 0;
            }
            if (x >= upper) {
                return 1;
            }
            return inner.cdf(x);
        }

        @Override
        public double lower() {
            return Math.min(upper, Math.max(inner.lower(), lower));
        }

        @Override
        public double upper() {
            return Math.max(lower, Math.min(inner.upper(), upper));
        }

        @Override
        public String toString() {
            return "clipped(" + inner + ", lower=" + lower + ", upper=" + upper + ")";
        }
    }

    /** {@code shift + X}. */
    static final class Shifted extends Canonical {
        private final Distribution inner;
        private final double shift;

        Shifted(Distribution inner, double shift) {
            this.inner = Objects.requireNonNull(inner, "inner");
            this.shift = finite("shifted", "shift", shift);
        }

        @Override
        public double inverseCdf(double p) {
            return shift + inner.inverseCdf(p);
        }

        @Override
        public double cdf(double x) {
            return inner.cdf(x - shift);
        }

        @Override
        public double lower() {
            return shift + inner.lower();
        }

        @Override
        public double upper() {
            return shift + inner.upper();
        }

        @Override
        public String toString() {
            return "shifted(" + inner + ", shift=" + shift + ")";
        }
    }
}
