package org.rsisim.models.bottleneck;

/**
 * Amdahl's law: the speed-up of a whole when a fraction {@code f} of its work is sped up {@code s} times and the
 * rest is not, {@code 1 / ((1 - f) + f / s)}. It never exceeds {@code 1 / (1 - f)}, however large {@code s} is:
 * the part that is not sped up binds.
 */
public final class Amdahl {
    private Amdahl() {
    }

    /**
     * Returns the overall speed-up. Allocation-free; does not validate (validate inputs where they enter).
     *
     * @param f fraction of the work that is accelerated, in {@code [0, 1]}
     * @param s speed-up of that fraction, {@code >= 1}; may be infinite
     * @return {@code 1 / ((1 - f) + f / s)}
     */
    public static double speedUp(double f, double s) {
        return 1 / ((1 - f) + f / s);
    }
}
