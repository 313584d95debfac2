package org.rsisim.models.analysis;

import org.rsisim.core.distribution.Distribution;

/** A normal distribution for tests, by Hipparchus' inverse CDF. */
final class NormalDistribution implements Distribution {
    private final org.hipparchus.distribution.continuous.NormalDistribution normal;
    private final double mean;
    private final double sd;

    NormalDistribution(double mean, double sd) {
        this.normal = new org.hipparchus.distribution.continuous.NormalDistribution(mean, sd);
        this.mean = mean;
        this.sd = sd;
    }

    @Override
    public double inverseCdf(double p) {
        return normal.inverseCumulativeProbability(p);
    }

    @Override
    public double cdf(double x) {
        return normal.cumulativeProbability(x);
    }

    @Override
    public String toString() {
        return "normal(mean=" + mean + ", sd=" + sd + ")";
    }
}
