package org.rsisim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A univariate probability distribution of a parameter value, sampled once per run.
 *
 * <p>Two methods define a distribution: its cumulative distribution function and its inverse. Everything else is
 * derived. Sampling by inversion keeps each draw a monotone function of one uniform number, which the Gaussian
 * copula (rank correlation) and quasi-Monte Carlo designs rely on; implementations may override
 * {@link #sample(UniformRandomProvider)} with a faster exact sampler of the same distribution.
 *
 * <p>Implementations are immutable, validate their arguments at construction (the message names the argument, its
 * value and the allowed range; NaN is refused), and return a canonical description from {@code toString()}, such as
 * {@code lognormal(mu=1.0, sigma=0.5)}, which scenario hashes are built from.
 */
public interface Distribution {

    /**
     * Returns the quantile function: the smallest {@code x} with {@code cdf(x) >= p}.
     *
     * @param p a probability in {@code [0, 1]}; 0 and 1 give the bounds of the support (possibly infinite)
     * @return the quantile
     */
    double inverseCdf(double p);

    /**
     * Returns {@code P(X <= x)}.
     *
     * @param x a value
     * @return a probability in {@code [0, 1]}
     */
    double cdf(double x);

    /**
     * Draws one value using one or more numbers from the generator.
     *
     * <p>The default draws a uniform number in the open interval (0, 1) and inverts the CDF.
     *
     * @param rng source of randomness
     * @return a value in the support
     */
    default double sample(UniformRandomProvider rng) {
        return inverseCdf(openUniform(rng));
    }

    /**
     * Returns the infimum of the support.
     *
     * @return {@code inverseCdf(0)}, possibly negative infinity
     */
    default double lower() {
        return inverseCdf(0);
    }

    /**
     * Returns the supremum of the support.
     *
     * @return {@code inverseCdf(1)}, possibly positive infinity
     */
    default double upper() {
        return inverseCdf(1);
    }

    /**
     * Draws a uniform number strictly inside (0, 1) with 53 random bits.
     *
     * @param rng source of randomness
     * @return a number in {@code (0, 1)}
     */
    static double openUniform(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
