package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Quantiles of a sample at the standard levels {@link #standardLevels()}, read from an exact-count histogram.
 *
 * <p>The quantile at level {@code q} is the order statistic of rank {@code ceil(q n)} (the inverse of the empirical
 * distribution function), located to its histogram bucket and reported at the bucket's midpoint, clamped to the
 * exact sample minimum and maximum. Buckets are 1/64 of a binary octave wide, so for values of magnitude above
 * {@code 2^-1022} the reported quantile is within a relative error of {@code 2^-7} (0.78 %) of that order
 * statistic; values of magnitude below {@code 2^-1028}, zero included, are reported as 0. With no data all values
 * are NaN.
 *
 * @param levels the probability levels, {@link #standardLevels()}
 * @param values the quantile at each level
 */
public record Quantiles(double[] levels, double[] values) implements Serializable {
    /** The reported levels: 1, 5, 10, 25, 50, 75, 90, 95 and 99 %. */
    private static final double[] STANDARD = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

    /** The number of standard levels. */
    public static final int COUNT = STANDARD.length;

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
     */
    public Quantiles {
        levels = levels.clone();
        values = values.clone();
        if (levels.length != values.length) {
            throw new IllegalArgumentException("levels and values differ in length");
        }
    }

    /**
     * Returns the quantile at a level.
     *
     * @param level one of the levels, such as 0.5
     * @return the quantile
     * @throws IllegalArgumentException if the level is not one of {@link #levels()}
     */
    public double at(double level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return values[i];
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
    public boolean equals(Object o) {
        return o instanceof Quantiles q && Arrays.equals(levels, q.levels) && Arrays.equals(values, q.values);
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
