package org.rsisim.core.stat;

import java.io.Serializable;

/**
 * An estimated probability: {@code successes} out of {@code trials}, with the Wilson score 95 % interval (for runs
 * in antithetic pairs, with the pairs' effective number of trials: {@link #antitheticPairs}).
 *
 * <p>The Wilson interval (Wilson 1927) keeps its coverage close to 95 % near 0 and 1, where the normal
 * (Wald) interval collapses to a point; it always lies inside {@code [0, 1]}. With no trials the estimate and both
 * bounds are NaN.
 *
 * @param successes number of runs in which the event happened
 * @param trials number of runs counted
 * @param p the estimate {@code successes / trials}
 * @param stderr the binomial standard error {@code sqrt(p (1 - p) / trials)}, or for antithetic pairs that of the
 *        pair averages
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
        return wilsonAt(successes, trials, p, n, Math.sqrt(p * (1 - p) / n));
    }

    /** Wilson's interval for the estimate {@code p} as if from {@code n} independent trials. */
    private static Proportion wilsonAt(long successes, long trials, double p, double n, double stderr) {
        double z = Estimate.Z95;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, p, stderr, lower, upper);
    }

    /**
     * Estimates a proportion from runs made in antithetic pairs, with an interval that accounts for the pairing.
     * The estimate is {@code successes / trials} over all runs; its standard error is that of the mean of the pair
     * averages {@code P_k} (0, 1/2 or 1) over the {@code pairs} pairs whose two runs both counted,
     * {@code sqrt(var(P) / pairs)}, since the two runs of a pair are not independent and the pairs are. The
     * interval is Wilson's with the effective number of trials {@code p (1 - p) / stderr^2} (Kish's design effect):
     * narrower than the independent-runs interval when the pairs are negatively correlated, wider when positively,
     * and always inside {@code [0, 1]}. When {@code p} is 0 or 1 the pairs tell nothing more and the interval is
     * {@link #wilson}'s; when every pair average is the same, the standard error is 0 and so is the interval's
     * width. With fewer than two pairs the interval is {@link #wilson}'s.
     *
     * @param successes runs in which the event happened, {@code 0 <= successes <= trials}
     * @param trials runs counted, {@code >= 0}
     * @param pairs pairs whose two runs both counted, {@code 2 pairs <= trials}
     * @param halves pairs in which exactly one run had the event
     * @param boths pairs in which both runs had it; {@code halves + boths <= pairs}
     * @return the estimate
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public static Proportion antitheticPairs(long successes, long trials, long pairs, long halves, long boths) {
        Proportion independent = wilson(successes, trials);
        if (pairs < 0 || 2 * pairs > trials || halves < 0 || boths < 0 || halves + boths > pairs
                || halves + 2 * boths > successes) {
            throw new IllegalArgumentException("pairs = " + pairs + ", halves = " + halves + ", boths = " + boths
                    + " are inconsistent with " + successes + " successes in " + trials + " trials");
        }
        double p = independent.p();
        if (pairs < 2 || successes == 0 || successes == trials) {
            return independent;
        }
        double n = pairs;
        double mean = (boths + 0.5 * halves) / n;
        double meanSquare = (boths + 0.25 * halves) / n;
        double variance = Math.max(0, meanSquare - mean * mean) * n / (n - 1);
        double stderr = Math.sqrt(variance / n);
        if (stderr == 0) {
            return new Proportion(successes, trials, p, 0, p, p);
        }
        return wilsonAt(successes, trials, p, p * (1 - p) / (stderr * stderr), stderr);
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
