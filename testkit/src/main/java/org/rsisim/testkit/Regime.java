package org.rsisim.testkit;

import org.rsisim.core.Parameter;

/**
 * Where a value lies in a {@link Parameter}'s allowed range: at a bound, within a hair of one, at the default, or
 * inside. The arbitraries of {@link ModelArbitraries} generate every regime often (each edge regime in roughly one try
 * in twelve), and a property can label its samples with {@link #of(Parameter, double)} to show that with jqwik's
 * {@code Statistics.label(...).collect(...)} and {@code coverage(...)}.
 */
public enum Regime {
    /** Exactly the lower bound (negative infinity included, when the range allows it). */
    LOWER_BOUND,
    /**
     * Above the lower bound by at most {@value ModelArbitraries#NEAR_BOUND} of the range's width (the width of the
     * finite stand-in range, when a bound is infinite): {@code nextUp(lower)} and {@code lower + 1e-9 width} are
     * both here.
     */
    NEAR_LOWER,
    /** Exactly the declared default (when it is not also a bound). */
    DEFAULT,
    /** Anywhere else inside the range. */
    INTERIOR,
    /** Below the upper bound by at most {@value ModelArbitraries#NEAR_BOUND} of the range's width. */
    NEAR_UPPER,
    /** Exactly the upper bound (positive infinity included, when the range allows it). */
    UPPER_BOUND,
    /** Not allowed by the parameter (NaN or outside the range); never generated. */
    OUTSIDE;

    /**
     * Classifies a value. A bound wins over the default when they coincide; a range of a single value is
     * {@link #LOWER_BOUND}.
     *
     * @param parameter the parameter whose range is meant
     * @param value the value
     * @return its regime; {@link #OUTSIDE} for NaN or a value the parameter does not allow
     */
    public static Regime of(Parameter parameter, double value) {
        if (!parameter.allows(value)) {
            return OUTSIDE;
        }
        if (value == parameter.lower()) {
            return LOWER_BOUND;
        }
        if (value == parameter.upper()) {
            return UPPER_BOUND;
        }
        if (value == parameter.defaultValue()) {
            return DEFAULT;
        }
        double lo = ModelArbitraries.finiteLower(parameter);
        double hi = ModelArbitraries.finiteUpper(parameter);
        double near = ModelArbitraries.NEAR_BOUND * (hi - lo);
        if (value <= lo + near) {
            return NEAR_LOWER;
        }
        if (value >= hi - near) {
            return NEAR_UPPER;
        }
        return INTERIOR;
    }

    /**
     * Returns whether this regime is an edge: a bound or within a hair of one.
     *
     * @return {@code true} for the bounds and the near-bound regimes
     */
    public boolean isEdge() {
        return this == LOWER_BOUND || this == NEAR_LOWER || this == NEAR_UPPER || this == UPPER_BOUND;
    }
}
