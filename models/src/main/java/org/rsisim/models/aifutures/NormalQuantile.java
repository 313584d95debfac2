package org.rsisim.models.aifutures;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;

/** The standard normal distribution function and its inverse, as the taste distribution needs them. */
final class NormalQuantile {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    private static final double SQRT2 = Math.sqrt(2);

    private NormalQuantile() {
    }

    /** Returns the quantile of the standard normal at probability q in (0, 1). */
    static double of(double q) {
        return STANDARD.inverseCumulativeProbability(q);
    }

    /** Returns Phi(x). */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }
}
