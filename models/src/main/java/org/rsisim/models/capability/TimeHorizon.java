package org.rsisim.models.capability;

/**
 * Closed forms of a METR-style 50 % time horizon {@code h(t)}: the length of task, in hours of human work, that AI
 * systems finish half the time (docs/sources.md: ~30 s in 2022, ~12 h in 2026).
 *
 * <p>The horizon doubles again and again. The first doubling after {@code t0} takes {@code T_d} years and each
 * later one takes {@code (1 - delta)} times as long as the one before (docs/sources.md: AI 2027's superexponential
 * doubling; the AI Futures model's "doubling difficulty growth factor" 0.92 is {@code delta = 0.08}). The number of
 * doublings completed after {@code tau = t - t0} years is, continuously,
 * <pre>
 *   n(tau) = tau / T_d                                          for delta = 0 (exponential)
 *   n(tau) = ln(1 - delta tau / T_d) / ln(1 - delta)            otherwise
 * </pre>
 * so that {@code h(t) = h0 2^n(t - t0)}. For {@code delta > 0} the doublings' durations form a convergent geometric
 * series: the horizon reaches infinity at the finite time {@code t* = t0 + T_d / delta} (a blow-up). For
 * {@code delta < 0} each doubling takes longer and growth is slower than exponential.
 *
 * <p>Static, allocation-free, no validation (validate where inputs enter); thread-safe. Units: calendar time in
 * decimal years, durations in years, horizons in hours.
 */
public final class TimeHorizon {
    private TimeHorizon() {
    }

    /**
     * Returns the number of doublings completed {@code tau} years after the start.
     *
     * @param tau years since the start, {@code >= 0}
     * @param doublingTime duration of the first doubling {@code T_d}, in years, {@code > 0}
     * @param delta the fraction by which each doubling is shorter than the one before, {@code < 1}
     * @return {@code n(tau)}; {@code +Infinity} at or after the blow-up {@code tau >= T_d / delta}
     */
    public static double doublings(double tau, double doublingTime, double delta) {
        if (delta == 0) {
            return tau / doublingTime;
        }
        double u = delta * tau / doublingTime;
        if (u >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log1p(-u) / Math.log1p(-delta);
    }

    /**
     * Returns the years needed for {@code n} doublings, the inverse of {@link #doublings}:
     * {@code T_d n} for {@code delta = 0}, else {@code T_d (1 - (1 - delta)^n) / delta}.
     *
     * @param n doublings, {@code >= 0}, possibly {@code +Infinity}
     * @param doublingTime duration of the first doubling, in years, {@code > 0}
     * @param delta the fraction by which each doubling is shorter than the one before, {@code < 1}
     * @return years from the start; {@code T_d / delta} for infinitely many doublings when {@code delta > 0},
     *         {@code +Infinity} when {@code delta <= 0}
     */
    public static double yearsForDoublings(double n, double doublingTime, double delta) {
        if (delta == 0) {
            return doublingTime * n;
        }
        return -doublingTime * Math.expm1(n * Math.log1p(-delta)) / delta;
    }

    /**
     * Returns the calendar date of the blow-up, {@code t0 + T_d / delta}.
     *
     * @param start the start date {@code t0}, in decimal years
     * @param doublingTime duration of the first doubling, in years, {@code > 0}
     * @param delta the fraction by which each doubling is shorter than the one before, {@code < 1}
     * @return the date; {@code +Infinity} (never) when {@code delta <= 0}
     */
    public static double blowUpDate(double start, double doublingTime, double delta) {
        return delta > 0 ? start + doublingTime / delta : Double.POSITIVE_INFINITY;
    }

    /**
     * Returns the date when the horizon first reaches a length.
     *
     * @param start the start date {@code t0}
     * @param initialHours the horizon at the start, in hours, {@code > 0}
     * @param targetHours the horizon to reach, in hours, {@code > 0}
     * @param doublingTime duration of the first doubling, in years, {@code > 0}
     * @param delta the fraction by which each doubling is shorter than the one before, {@code < 1}
     * @return the date, finite for every finite target (before the blow-up when {@code delta > 0}); {@code start}
     *         if the target is already reached
     */
    public static double dateReaching(double start, double initialHours, double targetHours, double doublingTime,
                                      double delta) {
        double n = Math.log(targetHours / initialHours) / Math.log(2);
        return n <= 0 ? start : start + yearsForDoublings(n, doublingTime, delta);
    }

    /**
     * Returns {@code log10} of the horizon in hours at a date.
     *
     * @param date the date, {@code >= start}
     * @param start the start date
     * @param initialHours the horizon at the start, in hours
     * @param doublingTime duration of the first doubling, in years
     * @param delta the fraction by which each doubling is shorter than the one before
     * @return {@code log10(h0) + n log10(2)}; {@code +Infinity} at or after the blow-up
     */
    public static double log10Hours(double date, double start, double initialHours, double doublingTime,
                                    double delta) {
        return Math.log10(initialHours) + doublings(date - start, doublingTime, delta) * Math.log10(2);
    }
}
