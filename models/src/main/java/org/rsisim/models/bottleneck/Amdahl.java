package org.rsisim.models.bottleneck;

/**
 * Amdahl's law: the speed-up of a whole when a fraction {@code f} of its work is sped up {@code s} times and the
 * rest is not, {@code 1 / ((1 - f) + f / s)}. It never exceeds {@code 1 / (1 - f)}, however large {@code s} is:
 * the part that is not sped up binds. The essay's "1 % inspiration, 99 % perspiration" (docs/sources.md, Clark 2026)
 * is {@code f = 0.99}: automating only the perspiration caps the speed-up at 100x.
 *
 * <p>The methods are static, allocation-free and do not validate (validate inputs where they enter, as
 * {@link Pipeline} and the models do). Thread-safe.
 */
public final class Amdahl {
    private Amdahl() {
    }

    /**
     * Returns the overall speed-up. Allocation-free; does not validate (validate inputs where they enter).
     *
     * @param f fraction of the work that is accelerated, in {@code [0, 1]}
     * @param s speed-up of that fraction, {@code >= 1}; may be infinite
     * @return {@code 1 / ((1 - f) + f / s)}; {@code +Infinity} when {@code f = 1} and {@code s} is infinite; NaN if
     *         an argument is NaN
     */
    public static double speedUp(double f, double s) {
        return 1 / ((1 - f) + f / s);
    }

    /**
     * Returns the ceiling of the speed-up, its limit as {@code s} grows without bound.
     *
     * @param f fraction of the work that is accelerated, in {@code [0, 1]}
     * @return {@code 1 / (1 - f)}; {@code +Infinity} for {@code f = 1}
     */
    public static double ceiling(double f) {
        return 1 / (1 - f);
    }

    /**
     * Returns the speed-up of work split into tasks when task {@code i}, which takes the share {@code w[i]} of the
     * time before the speed-up, runs {@code s[i]} times faster and the tasks run one after another (the general
     * form of Amdahl's law): {@code 1 / sum_i (w[i] / s[i])}. Allocation-free; does not validate.
     *
     * @param w time shares, non-negative, summing to 1
     * @param s speed-ups, positive, possibly infinite; same length as {@code w}
     * @return the overall speed-up, the weighted harmonic mean of {@code s}; {@code +Infinity} if every task with
     *         a positive share is infinitely fast
     */
    public static double speedUp(double[] w, double[] s) {
        double time = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                time += w[i] / s[i];
            }
        }
        return 1 / time;
    }
}
