package org.rsisim.testkit;

/**
 * Inputs on which a catalog model is known to break its contract, excluded from the catalog properties by name so
 * that those properties keep testing everything else. Each exclusion has a test in {@link KnownDefectsTest} that
 * reproduces the defect and fails once the model is fixed, so an exclusion cannot outlive its defect.
 */
final class KnownDefects {
    private KnownDefects() {
    }

    /**
     * A {@code fidelity_dispersion} so small (subnormal, below about {@code 5.6e-309}) that the beta concentration
     * {@code 1 / dispersion - 1} overflows to infinity: the alignment fidelity process then draws
     * {@code Infinity / Infinity} and records NaN.
     *
     * @param c a case of any catalog model
     * @return whether the case has such a dispersion
     */
    static boolean subnormalDispersion(ModelCase c) {
        for (int i = 0; i < c.model().parameters().size(); i++) {
            if (c.model().parameters().get(i).name().equals("fidelity_dispersion")) {
                double d = c.parameters()[i];
                return d > 0 && !Double.isFinite(1 / d);
            }
        }
        return false;
    }

    /**
     * A {@code bottleneck} case whose engineering share is positive but so small that {@code 1 - share} rounds to 1,
     * with an elasticity above 1: {@code Ces.powerMean} then computes {@code log1p(-1)} when the faster task's
     * weight is lost in rounding, and returns 0 instead of a value near the slower task's speed-up (found by
     * {@code BottleneckPropertiesTest}, shrunk to {@code engineering_share = 4.9E-324}, {@code engineering_speed = 1},
     * {@code research_automated_share = 0}, {@code substitution_elasticity = 100}: the series
     * {@code speed_up_by_engineering_speed} falls from 1.0 to 0.0).
     *
     * @param c a case of any catalog model
     * @return whether the case is in that region
     */
    static boolean cesTinyFastShare(ModelCase c) {
        if (!c.provider().equals("bottleneck")) {
            return false;
        }
        double share = c.parameter("engineering_share");
        return share > 0 && 1 - share == 1 && c.parameter("substitution_elasticity") > 1;
    }

    /**
     * An {@code explosion} case whose growth rate sits on the speed-up threshold, to rounding, for the whole run:
     * constant returns ({@code returns = 1}, no ceiling) with {@code initial_speed_up} within a relative 1e-9 of the
     * setting {@code speed_up_threshold} (equal, or one ulp above it). The threshold-crossing detector's function
     * is then 0 or within rounding of it throughout and the run does not return (found by {@code GrowthPropertiesTest} at {@code horizon_years = 1, speed_up_threshold = 1,
     * sustained_months = 0}, seed -2, run 0, {@code initial_speed_up = 1, returns = 1, ceiling_ooms = Infinity,
     * lambda = 0.01, labour_exponent = 1, baseline_doubling_time_years = 0.01}).
     *
     * @param c a case of any catalog model
     * @return whether the case is in that region
     */
    static boolean explosionOnItsThreshold(ModelCase c) {
        if (!c.provider().equals("explosion")) {
            return false;
        }
        return c.parameter("returns") == 1 && c.parameter("ceiling_ooms") == Double.POSITIVE_INFINITY
                && Math.abs(c.parameter("initial_speed_up") - c.settings().get("speed_up_threshold"))
                <= 1e-9 * c.settings().get("speed_up_threshold");
    }
}
