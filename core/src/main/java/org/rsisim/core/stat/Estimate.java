package org.rsisim.core.stat;

import java.io.Serializable;

/**
 * A Monte Carlo estimate of an expectation with its standard error and a 95 % confidence interval.
 *
 * <p>The interval is the normal one, {@code value +/- 1.959964 * stderr}, which the central limit theorem justifies
 * for the sample sizes a simulation uses. With fewer than two observations the standard error is NaN and so are
 * the bounds.
 *
 * @param value the sample mean
 * @param stderr its standard error, {@code s / sqrt(n)}
 * @param lower lower bound of the 95 % confidence interval
 * @param upper upper bound of the 95 % confidence interval
 */
public record Estimate(double value, double stderr, double lower, double upper) implements Serializable {
    /** The 0.975 quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    /**
     * Builds an estimate with a normal 95 % interval.
     *
     * @param mean the sample mean
     * @param stderr its standard error
     * @return the estimate
     */
    public static Estimate ofMean(double mean, double stderr) {
        return new Estimate(mean, stderr, mean - Z95 * stderr, mean + Z95 * stderr);
    }

    /**
     * Returns the half-width of the 95 % confidence interval.
     *
     * @return {@code (upper - lower) / 2}
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
