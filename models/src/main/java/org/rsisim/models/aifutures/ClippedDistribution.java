package org.rsisim.models.aifutures;

import org.rsisim.core.distribution.Distribution;

/**
 * A distribution clipped to {@code [lower, upper]}: {@code min(max(X, lower), upper)}, the probability beyond a bound
 * piling up on it (NumPy's {@code clip}, which the AI Futures Project's sampler applies to every parameter with
 * bounds in their {@code model_config.PARAMETER_BOUNDS}). Unlike {@code Distributions.truncated}, which conditions
 * on the interval, it keeps the inner quantile function and so stays a monotone function of one uniform number
 * (copulas keep working). A general form belongs in core; it lives here until core has one.
 */
final class ClippedDistribution implements Distribution {
    private final Distribution inner;
    private final double lower;
    private final double upper;

    ClippedDistribution(Distribution inner, double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("clip: lower = " + lower + " is not below upper = " + upper);
        }
        this.inner = inner;
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double inverseCdf(double p) {
        return Math.min(Math.max(inner.inverseCdf(p), lower), upper);
    }

    @Override
    public double cdf(double x) {
        if (x < lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return inner.cdf(x);
    }

    @Override
    public double lower() {
        return Math.max(inner.lower(), lower);
    }

    @Override
    public double upper() {
        return Math.min(inner.upper(), upper);
    }

    @Override
    public String toString() {
        return "clip(" + inner + ", lower=" + lower + ", upper=" + upper + ")";
    }
}
