package org.rsisim.testkit;

import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.MetricSummary;

/**
 * How far a Monte Carlo estimate may be from a closed form or a reference before a property fails, chosen from the
 * false-failure rate the property accepts over all its tries, with a numerical floor.
 *
 * <p><b>The rate is per property, not per try.</b> A property that checks an estimate in each of {@code tries}
 * tries and may fail by chance with probability {@code falseFailureRate} in all gives each check the rate
 * {@code alpha = falseFailureRate / tries} (the union bound, also called Bonferroni's correction: the chance that
 * any of the checks fails is at most the sum of their chances). A property of 200 tries at a rate of {@code 1e-6}
 * thus checks each mean at {@code z = 5.85} standard errors.
 *
 * <p><b>Means</b> ({@link #assertMean}): the half-width is {@code z stderr} with {@code z} the standard normal
 * quantile of {@code 1 - alpha / 2}, which the central limit theorem justifies for the run counts of a simulation
 * (hundreds of runs or more; with a few runs the estimated standard error is itself too noisy). It does not fit an
 * outcome rarer than one in the number of runs: no run shows it, the estimated standard error is 0 and the mean
 * misses a tiny expectation; count such outcomes and check the count with {@link #assertProbability}.
 * <b>Proportions</b>
 * ({@link #assertProbability}) need no approximation: a proportion of {@code n} trials fails if
 * {@code n KL(observed || p) > ln(2 / alpha)}, where {@code KL} is the relative entropy of two Bernoulli
 * distributions; by the Chernoff-Hoeffding bound each tail then has probability at most {@code alpha / 2} for any
 * {@code n} and any {@code p}, including 0 and 1 (W. Hoeffding, "Probability inequalities for sums of bounded
 * random variables", JASA 58, 1963, theorem 1).
 *
 * <p><b>The floor.</b> At a generated edge the standard error can vanish (every run gives the same value up to
 * rounding: a standard error of {@code 4e-18}), and the estimate then differs from a closed form by floating-point
 * rounding alone. A difference up to {@code max(absoluteFloor, relativeFloor |expected|)} always passes; the default
 * floor is {@value #DEFAULT_RELATIVE_FLOOR} relative and 0 absolute, so an expectation of 0 is checked exactly
 * unless an absolute floor is given.
 *
 * <p>Immutable and thread-safe.
 */
public final class MonteCarloTolerance {
    /** The default relative floor: a few thousand roundings of a double's last bit. */
    public static final double DEFAULT_RELATIVE_FLOOR = 1e-12;

    private final double falseFailureRate;
    private final int tries;
    private final double absoluteFloor;
    private final double relativeFloor;
    private final double z;

    private MonteCarloTolerance(double falseFailureRate, int tries, double absoluteFloor, double relativeFloor) {
        if (!(falseFailureRate > 0 && falseFailureRate < 1)) {
            throw new IllegalArgumentException("falseFailureRate = " + falseFailureRate + " is not in (0, 1)");
        }
        if (tries < 1) {
            throw new IllegalArgumentException("tries = " + tries + " is below 1");
        }
        if (!(absoluteFloor >= 0 && absoluteFloor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("absoluteFloor = " + absoluteFloor + " is not in [0, +Infinity)");
        }
        if (!(relativeFloor >= 0 && relativeFloor < 1)) {
            throw new IllegalArgumentException("relativeFloor = " + relativeFloor + " is not in [0, 1)");
        }
        this.falseFailureRate = falseFailureRate;
        this.tries = tries;
        this.absoluteFloor = absoluteFloor;
        this.relativeFloor = relativeFloor;
        this.z = -normalQuantile(perCheckRate() / 2);
    }

    /**
     * Returns the tolerance of a property that checks one estimate per try.
     *
     * @param falseFailureRate the probability, over all tries together, that the property fails although every
     *                         estimate is right; in {@code (0, 1)}, say {@code 1e-6}
     * @param tries the property's tries (jqwik's {@code @Property(tries = ...)}), at least 1; with several checks
     *              per try, pass tries times checks
     * @return the tolerance, with the default floor
     * @throws IllegalArgumentException if a value is outside its range
     */
    public static MonteCarloTolerance of(double falseFailureRate, int tries) {
        return new MonteCarloTolerance(falseFailureRate, tries, 0, DEFAULT_RELATIVE_FLOOR);
    }

    /**
     * Returns this tolerance with another numerical floor.
     *
     * @param absolute a difference that always passes, {@code >= 0} and finite
     * @param relative a difference relative to {@code |expected|} that always passes, in {@code [0, 1)}
     * @return a new tolerance
     * @throws IllegalArgumentException if a value is outside its range
     */
    public MonteCarloTolerance withFloor(double absolute, double relative) {
        return new MonteCarloTolerance(falseFailureRate, tries, absolute, relative);
    }

    /**
     * Returns the false-failure rate of one check, {@code falseFailureRate / tries}.
     *
     * @return the rate
     */
    public double perCheckRate() {
        return falseFailureRate / tries;
    }

    /**
     * Returns the number of standard errors a mean may lie from its expectation: the standard normal quantile of
     * {@code 1 - perCheckRate() / 2}, to a relative error below {@code 1e-8} (P. J. Acklam's rational
     * approximation of the normal quantile, 2003).
     *
     * @return {@code z > 0}
     */
    public double z() {
        return z;
    }

    /**
     * Returns the largest difference that passes for a mean of the given standard error:
     * {@code max(z stderr, absoluteFloor, relativeFloor |expected|)}.
     *
     * @param stderr the standard error of the estimate, {@code >= 0}
     * @param expected the expectation
     * @return the half-width
     */
    public double halfWidth(double stderr, double expected) {
        return Math.max(z * stderr, floor(expected));
    }

    /**
     * Checks a Monte Carlo mean against its expectation.
     *
     * @param mean the estimate
     * @param stderr its standard error, {@code >= 0}
     * @param expected the closed form or reference value
     * @param what what is estimated and under which case, for the message
     * @throws AssertionError if {@code |mean - expected| > halfWidth(stderr, expected)} or a value is NaN; the
     *         message gives both values, the difference in standard errors, the half-width and the rates
     */
    public void assertMean(double mean, double stderr, double expected, String what) {
        if (!(stderr >= 0)) {
            throw new AssertionError(what + ": the standard error is " + stderr + " (fewer than two runs?)");
        }
        double limit = halfWidth(stderr, expected);
        double difference = Math.abs(mean - expected);
        if (!(difference <= limit)) {
            throw new AssertionError(what + ": mean " + mean + " differs from " + expected + " by " + difference
                    + " = " + difference / stderr + " standard errors of " + stderr + "; allowed " + limit
                    + " (z = " + z + " for a false-failure rate of " + falseFailureRate + " over " + tries
                    + " tries, floor " + floor(expected) + ")");
        }
    }

    /**
     * Checks a metric's mean, as the engine reports it, against its expectation.
     *
     * @param metric the engine's summary of the metric
     * @param expected the closed form or reference value
     * @param what what is estimated and under which case, for the message
     * @throws AssertionError as {@link #assertMean(double, double, double, String)}
     */
    public void assertMean(MetricSummary metric, double expected, String what) {
        assertMean(metric.mean().value(), metric.mean().stderr(), expected, what + " (" + metric.name() + ", "
                + metric.count() + " runs)");
    }

    /**
     * Checks that two independent estimates (one from a reference run, say) agree: their difference against 0
     * with the standard error {@code sqrt(se1^2 + se2^2)}, the floor taken relative to the larger magnitude.
     *
     * @param estimate the estimate under test
     * @param reference an estimate from independent runs
     * @param what what is estimated, for the message
     * @throws AssertionError if they differ by more than the half-width
     */
    public void assertAgree(Estimate estimate, Estimate reference, String what) {
        double se = Math.hypot(estimate.stderr(), reference.stderr());
        double scale = Math.max(Math.abs(estimate.value()), Math.abs(reference.value()));
        double limit = Math.max(z * se, floor(scale));
        double difference = Math.abs(estimate.value() - reference.value());
        if (!(difference <= limit)) {
            throw new AssertionError(what + ": " + estimate.value() + " (stderr " + estimate.stderr()
                    + ") and the reference " + reference.value() + " (stderr " + reference.stderr() + ") differ by "
                    + difference + " = " + difference / se + " joint standard errors; allowed " + limit + " (z = "
                    + z + " for a false-failure rate of " + falseFailureRate + " over " + tries + " tries)");
        }
    }

    /**
     * Checks an observed proportion against a probability, exactly for any number of trials (see the class
     * comment): it fails when {@code trials KL(successes / trials || p) > ln(2 / perCheckRate())} and the
     * difference exceeds the floor.
     *
     * @param successes the count of successes, in {@code [0, trials]}
     * @param trials the number of trials, {@code >= 1}
     * @param p the probability, in {@code [0, 1]}
     * @param what what is counted and under which case, for the message
     * @throws AssertionError if the proportion is too far from {@code p}
     * @throws IllegalArgumentException if a count or {@code p} is outside its range
     */
    public void assertProbability(long successes, long trials, double p, String what) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes = " + successes + " of trials = " + trials
                    + " is not a count in [0, trials] with trials >= 1");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p = " + p + " is not in [0, 1]");
        }
        double observed = (double) successes / trials;
        double divergence = trials * bernoulliRelativeEntropy(observed, p);
        double limit = Math.log(2 / perCheckRate());
        if (!(divergence <= limit) && !(Math.abs(observed - p) <= floor(p))) {
            throw new AssertionError(what + ": " + successes + " of " + trials + " = " + observed
                    + " against the probability " + p + "; n KL = " + divergence + " exceeds ln(2 / alpha) = "
                    + limit + " (false-failure rate " + falseFailureRate + " over " + tries + " tries)");
        }
    }

    private double floor(double expected) {
        return Math.max(absoluteFloor, relativeFloor * Math.abs(expected));
    }

    /** {@code KL(q || p)} of two Bernoulli distributions, with {@code 0 ln 0 = 0}; infinite if q is impossible. */
    static double bernoulliRelativeEntropy(double q, double p) {
        return term(q, p) + term(1 - q, 1 - p);
    }

    private static double term(double q, double p) {
        if (q == 0) {
            return 0;
        }
        return p == 0 ? Double.POSITIVE_INFINITY : q * Math.log(q / p);
    }

    /**
     * The standard normal quantile by Acklam's rational approximation (relative error below 1.15e-9).
     *
     * @param p a probability in (0, 1)
     * @return x with Phi(x) = p
     */
    static double normalQuantile(double p) {
        final double pLow = 0.02425;
        if (p < pLow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - pLow) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
}
