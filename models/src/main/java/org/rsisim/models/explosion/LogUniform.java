package org.rsisim.models.explosion;

import org.rsisim.core.distribution.Distribution;

/**
 * The log-uniform distribution on {@code [lower, upper]}: {@code ln X} is uniform on {@code [ln lower, ln upper]},
 * so its median is the geometric mean {@code sqrt(lower upper)}. The priors of the software intelligence explosion
 * model (Davidson and Houlden 2025, SOURCES.md) have this form: initial speed-up 2-32 (median 8), returns 0.4-3.6
 * (median 1.2), distance to effective limits 6-16 orders of magnitude, lambda 0.15-0.6. Immutable and thread-safe.
 */
public final class LogUniform implements Distribution {
    private final double lower;
    private final double upper;
    private final double logLower;
    private final double logRatio;

    private LogUniform(double lower, double upper) {
        if (!(lower > 0) || lower == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("log-uniform lower bound = " + lower
                    + " is outside the allowed range (0, Infinity)");
        }
        if (!(upper > lower) || upper == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("log-uniform upper bound = " + upper
                    + " is outside the allowed range (" + lower + ", Infinity)");
        }
        this.lower = lower;
        this.upper = upper;
        this.logLower = Math.log(lower);
        this.logRatio = Math.log(upper / lower);
    }

    /**
     * Returns the log-uniform distribution on {@code [lower, upper]}.
     *
     * @param lower lower bound, finite and {@code > 0}
     * @param upper upper bound, finite and {@code > lower}
     * @return the distribution
     * @throws IllegalArgumentException naming the bound, its value and the allowed range
     */
    public static LogUniform of(double lower, double upper) {
        return new LogUniform(lower, upper);
    }

    /**
     * Returns {@code lower (upper / lower)^p}, clamped to the bounds.
     *
     * @param p a probability in {@code [0, 1]}
     * @return the quantile
     */
    @Override
    public double inverseCdf(double p) {
        if (p <= 0) {
            return lower;
        }
        if (p >= 1) {
            return upper;
        }
        return Math.min(upper, Math.max(lower, Math.exp(logLower + p * logRatio)));
    }

    /**
     * Returns {@code ln(x / lower) / ln(upper / lower)} inside the bounds, 0 below and 1 above.
     *
     * @param x a value
     * @return {@code P(X <= x)}; NaN for NaN
     */
    @Override
    public double cdf(double x) {
        if (x <= lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return (Math.log(x) - logLower) / logRatio;
    }

    @Override
    public String toString() {
        return "loguniform(" + lower + ", " + upper + ")";
    }
}
