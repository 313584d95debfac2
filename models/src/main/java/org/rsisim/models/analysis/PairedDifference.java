package org.rsisim.models.analysis;

import java.util.Objects;
import org.rsisim.core.stat.Estimate;

/**
 * The comparison of one quantity between two experiments run on common random numbers.
 *
 * <p>With {@code n} pairs {@code (Y_A,i, Y_B,i)} and {@code D_i = Y_B,i - Y_A,i}, the difference of means is
 * {@code mean(D)} with standard error {@code sd(D) / sqrt(n)} and the normal 95 % interval, which uses the pairing:
 * when the two sides share their noise, {@code Var(D) = Var A + Var B - 2 Cov(A, B)} is smaller than the
 * {@code Var A + Var B} that independent runs would give. The ratio is the variance reduction factor
 * {@code (Var A + Var B) / Var(B - A)}: how many times more pairs independent runs would need for the same
 * precision. It is infinite when every pair has the same difference, and NaN when nothing varies.
 *
 * @param quantity the metric's name, or {@code e<=t} for the probability that event {@code e} has happened by
 *        {@code t}
 * @param time {@code t} for an event probability, NaN for a metric's mean
 * @param unit the unit of the metric, or {@code 1} for a probability
 * @param pairs the number of pairs compared
 * @param a side A's mean with its Monte Carlo error
 * @param b side B's mean with its Monte Carlo error
 * @param difference {@code mean(B) - mean(A)} with its paired standard error and 95 % interval
 * @param varianceReductionFactor {@code (Var A + Var B) / Var(B - A)}, from the sample variances
 */
public record PairedDifference(String quantity, double time, String unit, long pairs, Estimate a, Estimate b,
                               Estimate difference, double varianceReductionFactor) {

    /**
     * Checks that no component is null.
     */
    public PairedDifference {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(difference, "difference");
    }

    /**
     * Returns whether this is an event probability rather than a metric's mean.
     *
     * @return {@code true} for {@code P(e <= t)}
     */
    public boolean isEvent() {
        return !Double.isNaN(time);
    }
}
