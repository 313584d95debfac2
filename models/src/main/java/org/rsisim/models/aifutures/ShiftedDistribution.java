package org.rsisim.models.aifutures;

import org.rsisim.core.distribution.Distribution;

/**
 * A distribution shifted by a constant, {@code shift + X}: the AI Futures Project's {@code shifted_lognormal} is a
 * lognormal (given by the 80 % interval of {@code X}) plus {@code shift}. A general form belongs in core; it lives
 * here until core has one.
 */
final class ShiftedDistribution implements Distribution {
    private final Distribution inner;
    private final double shift;

    ShiftedDistribution(Distribution inner, double shift) {
        if (!Double.isFinite(shift)) {
            throw new IllegalArgumentException("shift = " + shift + " must be finite");
        }
        this.inner = inner;
        this.shift = shift;
    }

    @Override
    public double inverseCdf(double p) {
        return shift + inner.inverseCdf(p);
    }

    @Override
    public double cdf(double x) {
        return inner.cdf(x - shift);
    }

    @Override
    public double lower() {
        return shift + inner.lower();
    }

    @Override
    public double upper() {
        return shift + inner.upper();
    }

    @Override
    public String toString() {
        return "shift(" + inner + ", shift=" + shift + ")";
    }
}
