package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Quantiles of a sample at the standard levels {@link #standardLevels()}, read from an exact-count histogram, each
 * with a distribution-free confidence interval.
 *
 * <p>The quantile at level {@code q} is the order statistic of rank {@code ceil(q n)} (the inverse of the empirical
 * distribution function), located to its histogram bucket. A bucket whose values are all one value reports that
 * value exactly, so a sample that takes few distinct values has quantiles among them; any other bucket reports its
 * midpoint, clamped to the exact sample minimum and maximum. Buckets are {@code 2^-9} of a binary octave wide, and
 * values in {@code [0.5, 1)} are bucketed by their distance from 1, so for values of magnitude above
 * {@code 2^-1022} the reported quantile is within a relative error of {@code 2^-10} (0.098 %) of that order statistic,
 * and for values in {@code [0.5, 1)} so is its distance from 1. With no data all values are NaN.
 *
 * <p>The interval {@code [lower, upper]} at each level is that of order statistics (David and Nagaraja, <i>Order
 * Statistics</i>, 2003, section 7.1): two order statistics whose ranks are chosen from the binomial distribution
 * of the number of values below the quantile, so that they enclose the population quantile with probability at
 * least {@link #confidence()}, whatever the distribution; with antithetic pairs, the ranks are chosen for the two
 * halves of the pairs and joined by the union bound, which keeps the coverage whatever the dependence within a pair.
 * The bounds are read as the outer edges of their buckets, so the histogram only widens them. A bound is NaN when
 * no order statistic gives it (too few values beyond the level, such as the 1 % quantile of 100 values), and both
 * are NaN when no interval was computed.
 *
 * @param levels the probability levels, {@link #standardLevels()}
 * @param values the quantile at each level
 * @param lower the lower confidence bound at each level
 * @param upper the upper confidence bound at each level
 * @param confidence the confidence of every interval, such as 0.95; NaN when none was computed
 */
public record Quantiles(double[] levels, double[] values, double[] lower, double[] upper, double confidence)
        implements Serializable {
    /** The reported levels: 1, 5, 10, 25, 50, 75, 90, 95 and 99 %. */
    private static final double[] STANDARD = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

    /** The number of standard levels. */
    public static final int COUNT = STANDARD.length;

    /** The confidence of the intervals the engine computes. */
    public static final double CONFIDENCE = 0.95;

    /**
     * Returns the standard levels.
     *
     * @return a copy of the levels
     */
    public static double[] standardLevels() {
        return STANDARD.clone();
    }

    /**
     * Copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public Quantiles {
        levels = levels.clone();
        values = values.clone();
        lower = lower.clone();
        upper = upper.clone();
        if (levels.length != values.length || lower.length != values.length || upper.length != values.length) {
            throw new IllegalArgumentException("levels, values, lower and upper differ in length");
        }
    }

    /**
     * Quantiles without intervals: every bound and the confidence are NaN.
     *
     * @param levels the probability levels
     * @param values the quantile at each level
     */
    public Quantiles(double[] levels, double[] values) {
        this(levels, values, nans(values.length), nans(values.length), Double.NaN);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * Returns the quantile at a level.
     *
     * @param level one of the levels, such as 0.5
     * @return the quantile
     * @throws IllegalArgumentException if the level is not one of {@link #levels()}
     */
    public double at(double level) {
        return values[index(level)];
    }

    /**
     * Returns the lower confidence bound of the quantile at a level.
     *
     * @param level one of the levels, such as 0.5
     * @return the bound, NaN if there is none
     * @throws IllegalArgumentException if the level is not one of {@link #levels()}
     */
    public double lowerAt(double level) {
        return lower[index(level)];
    }

    /**
     * Returns the upper confidence bound of the quantile at a level.
     *
     * @param level one of the levels, such as 0.5
     * @return the bound, NaN if there is none
     * @throws IllegalArgumentException if the level is not one of {@link #levels()}
     */
    public double upperAt(double level) {
        return upper[index(level)];
    }

    private int index(double level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return i;
            }
        }
        throw new IllegalArgumentException("level " + level + " is not one of " + Arrays.toString(levels));
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantiles q && Arrays.equals(levels, q.levels) && Arrays.equals(values, q.values)
                && Arrays.equals(lower, q.lower) && Arrays.equals(upper, q.upper)
                && Double.compare(confidence, q.confidence) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(levels) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Quantiles" + Arrays.toString(values);
    }
}
