package org.rsisim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Beta variates whose shapes are given with each call, for a model whose beta draw changes its shape from run to
 * run (or step to step): bound once to a generator, then allocation-free. For shapes fixed for the whole experiment,
 * a {@link Distributions#beta} parameter is the usual way.
 *
 * <p>Method: {@code X / (X + Y)} with independent {@code X ~ Gamma(alpha)} and {@code Y ~ Gamma(beta)}, drawn in
 * that order by a {@link GammaSampler} on the same generator (Devroye 1986, "Non-Uniform Random Variate Generation",
 * IX.4.1). When both gamma variates underflow to 0 (both shapes below about 0.01), the ratio is computed from their
 * logarithms instead, {@code 1 / (1 + exp(log Y - log X))}, so the result is never NaN.
 *
 * <p>Results: {@code sample(alpha, beta)} is in {@code [0, 1]} with mean {@code alpha / (alpha + beta)} and variance
 * {@code alpha beta / ((alpha + beta)^2 (alpha + beta + 1))}. Not mirrored under antithetic runs (the gamma draws are
 * by rejection). {@link #sampleMean} takes the mean and concentration instead of the shapes.
 *
 * <p>Not thread-safe: one instance per worker, bound to that worker's generator.
 */
public final class BetaSampler {
    private final GammaSampler gamma;

    /**
     * Binds a sampler to a generator.
     *
     * @param rng the generator every draw takes its numbers from
     * @throws NullPointerException if {@code rng} is null
     */
    public BetaSampler(UniformRandomProvider rng) {
        this.gamma = new GammaSampler(rng);
    }

    /**
     * Draws one beta variate. Allocation-free.
     *
     * @param alpha the first shape, finite and {@code > 0}
     * @param beta the second shape, finite and {@code > 0}
     * @return a value in {@code [0, 1]}
     * @throws IllegalArgumentException if a shape is not finite and positive
     */
    public double sample(double alpha, double beta) {
        gamma.draw(alpha);
        double coreX = gamma.core();
        double logBoostX = gamma.boostLog();
        double x = logBoostX == 0 ? coreX : coreX * Math.exp(logBoostX);
        gamma.draw(beta);
        double coreY = gamma.core();
        double logBoostY = gamma.boostLog();
        double y = logBoostY == 0 ? coreY : coreY * Math.exp(logBoostY);
        double sum = x + y;
        if (sum > 0) {
            return x / sum;
        }
        double logX = Math.log(coreX) + logBoostX;
        double logY = Math.log(coreY) + logBoostY;
        return 1 / (1 + Math.exp(logY - logX));
    }

    /**
     * Draws one beta variate given its mean {@code m} and concentration {@code k}: shapes {@code alpha = m k} and
     * {@code beta = (1 - m) k}, so that {@code Var = m (1 - m) / (k + 1)}. Allocation-free.
     *
     * @param mean the mean {@code m}, in (0, 1)
     * @param concentration the concentration {@code k}, finite and {@code > 0}
     * @return a value in {@code [0, 1]}
     * @throws IllegalArgumentException if a resulting shape is not finite and positive
     */
    public double sampleMean(double mean, double concentration) {
        return sample(mean * concentration, (1 - mean) * concentration);
    }
}
