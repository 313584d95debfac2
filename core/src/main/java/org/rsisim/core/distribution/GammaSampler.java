package org.rsisim.core.distribution;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Gamma variates of unit scale whose shape is given with each call, for a model whose gamma draw changes its shape
 * from run to run (or step to step): bound once to a generator, then allocation-free. For a shape fixed for the
 * whole experiment, a {@link Distribution} parameter is the usual way.
 *
 * <p>Method: Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3) (2000) 363-372.
 * For shape {@code a >= 1}, with {@code d = a - 1/3} and {@code c = 1 / sqrt(9 d)}: draw a standard normal
 * {@code z} (Commons RNG's {@link ZigguratSampler.NormalizedGaussian} on the bound generator) until
 * {@code v = (1 + c z)^3 > 0}, draw a uniform {@code u}, and accept {@code d v} if
 * {@code u < 1 - 0.0331 z^4} or {@code log u < z^2 / 2 + d (1 - v + log v)}; otherwise start again. For
 * {@code a < 1}, draw shape {@code a + 1} and multiply by {@code U^(1/a)} (their section 6). Uniforms are
 * {@code ((x >>> 11) + 1/2) 2^-53} of a 64-bit output {@code x}, in the open interval (0, 1). The acceptance rate is
 * above 0.95 for every shape, so a draw costs about one normal, one or two uniforms and a logarithm.
 *
 * <p>Results: {@code sample(a)} has mean {@code a} and variance {@code a}. For a shape below about 0.01 a draw can
 * be smaller than the smallest double ({@code U^(1/a)} underflows) and is then returned as 0; {@link BetaSampler}
 * copes with that case itself. Not mirrored under antithetic runs: a rejection method is not a monotone function of
 * one uniform.
 *
 * <p>Not thread-safe: one instance per worker, bound to that worker's generator (as a Commons RNG sampler is).
 */
public final class GammaSampler {
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian normal;
    /** The last draw as {@code core * exp(boostLog)}: {@code core} of shape {@code >= 1}, the boost's logarithm. */
    private double core;
    private double boostLog;

    /**
     * Binds a sampler to a generator.
     *
     * @param rng the generator every draw takes its numbers from
     * @throws NullPointerException if {@code rng} is null
     */
    public GammaSampler(UniformRandomProvider rng) {
        this.rng = Objects.requireNonNull(rng, "rng");
        this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /**
     * Draws one gamma variate of the given shape and unit scale (multiply by a scale {@code theta} for
     * {@code Gamma(a, theta)}). Allocation-free.
     *
     * @param shape the shape {@code a}, finite and {@code > 0}
     * @return a value {@code >= 0} with mean and variance {@code a}; 0 only when the value underflows
     * @throws IllegalArgumentException if the shape is not finite and positive (checked on every call, since it
     *         changes per call; the check is one comparison)
     */
    public double sample(double shape) {
        draw(shape);
        return boostLog == 0 ? core : core * Math.exp(boostLog);
    }

    /**
     * Draws into {@link #core} and {@link #boostLog}: the variate is {@code core * exp(boostLog)}, with
     * {@code boostLog = 0} for a shape of at least 1.
     */
    void draw(double shape) {
        if (!(shape > 0 && shape < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gamma shape = " + shape + " is outside the allowed range (0, inf)");
        }
        boolean boost = shape < 1;
        double d = (boost ? shape + 1 : shape) - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal.sample();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform();
            double z2 = z * z;
            if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
                core = d * v;
                break;
            }
        }
        boostLog = boost ? Math.log(uniform()) * (1 / shape) : 0;
    }

    /** The factor of shape at least 1 of the last draw. */
    double core() {
        return core;
    }

    /** The logarithm of the last draw's boost {@code U^(1/a)}, 0 for a shape of at least 1. */
    double boostLog() {
        return boostLog;
    }

    /** A uniform number in the open interval (0, 1), so that its logarithm is finite. */
    private double uniform() {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
