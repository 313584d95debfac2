package org.rsisim.models.capability;

import java.util.Objects;

/**
 * One dated value of a capability indicator, as in the bundled data set {@link IndicatorData}.
 *
 * @param indicator the indicator, such as {@code metr_horizon_50} or {@code swe_bench}
 * @param date the date, in decimal years, at the middle of the period the source gives
 * @param dateSd the standard deviation of the date, in years (a uniform distribution over the source's period)
 * @param value the value, in {@code unit}
 * @param unit {@code seconds} for horizons, {@code percent} for benchmark scores
 * @param system the AI system measured
 * @param source where the figure comes from
 */
public record IndicatorPoint(String indicator, double date, double dateSd, double value, String unit, String system,
                             String source) {
    /**
     * Validates the point.
     *
     * @throws IllegalArgumentException if the date or value is not finite or the date's standard deviation is
     *         not positive
     */
    public IndicatorPoint {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(date) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(indicator + ": date " + date + " and value " + value
                    + " must be finite");
        }
        if (!(dateSd > 0) || dateSd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(indicator + ": date_sd = " + dateSd
                    + " is outside the allowed range (0, Infinity)");
        }
    }

    /**
     * Returns the value in hours, for a horizon given in seconds.
     *
     * @return {@code value / 3600}
     * @throws IllegalStateException if the unit is not {@code seconds}
     */
    public double hours() {
        if (!unit.equals("seconds")) {
            throw new IllegalStateException(indicator + " is in " + unit + ", not seconds");
        }
        return value / 3600;
    }
}
