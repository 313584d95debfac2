package org.rsisim.core.stat;

import java.io.Serializable;

/**
 * An estimated probability: {@code successes} out of {@code trials}, with the Wilson score 95 % interval.
 *
 * <p>The Wilson interval (Wilson 1927) keeps its coverage close to 95 % near 0 and 1, where the normal
 * (Wald) interval collapses to a point; it always lies inside {@code [0, 1]}. With no trials the estimate and both
 * bounds are NaN.
 *
 * @param successes number of runs in which the event happened
 * @param trials number of runs counted
 * @param p the estimate {@code successes / trials}
 * @param stderr the binomial standard error {@code sqrt(p (1 - p) / trials)}
 * @param lower lower Wilson bound
 * @param upper upper Wilson bound
 */
public record Proportion(long successes, long trials, double p, double stderr, double lower, double upper)
        implements Serializable {

    /**
     * Estimates a proportion with its Wilson interval.
     *
     * @param successes number of successes, {@code 0 <= successes <= trials}
     * @param trials number of trials, {@code >= 0}
     * @return the estimate
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public static Proportion wilson(long successes, long trials) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials = " + trials + " must be >= 0");
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes = " + successes + " must lie in [0, trials = " + trials
                    + "]");
        }
        if (trials == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z = Estimate.Z95;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, p, Math.sqrt(p * (1 - p) / n), lower, upper);
    }

    /**
     * Returns the half-width of the Wilson interval.
     *
     * @return {@code (upper - lower) / 2}
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
