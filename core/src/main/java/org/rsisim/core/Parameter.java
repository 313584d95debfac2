package org.rsisim.core;

import java.util.Objects;

/**
 * A parameter that a {@link Model} reads: its name, unit, allowed closed range and default value.
 *
 * <p>Bounds may be infinite; they may not be NaN. A scenario's distribution for the parameter must have its support
 * inside {@code [lower, upper]}; this is checked when the experiment is built, never per run.
 *
 * @param name unique name within the model, such as {@code fidelity_per_generation}
 * @param unit unit of the value, such as {@code years} or {@code 1} for a dimensionless number
 * @param lower smallest allowed value (may be negative infinity)
 * @param upper largest allowed value (may be positive infinity)
 * @param defaultValue value used when a scenario does not set the parameter
 * @param description one sentence saying what the parameter is and where its default comes from
 */
public record Parameter(String name, String unit, double lower, double upper, double defaultValue,
                        String description) {

    /**
     * Validates the parameter declaration.
     *
     * @throws IllegalArgumentException if the name is blank, a bound is NaN, {@code lower > upper}, or the default
     *         is outside the range
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter name is blank");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower <= upper)) {
            throw new IllegalArgumentException("parameter " + name + ": range [" + lower + ", " + upper
                    + "] is not a valid interval");
        }
        if (!(defaultValue >= lower && defaultValue <= upper)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
                    + " is outside its range [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Returns whether a value is allowed.
     *
     * @param value candidate value
     * @return {@code true} if {@code lower <= value <= upper}; {@code false} for NaN
     */
    public boolean allows(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * Checks a value against the range.
     *
     * @param value candidate value
     * @return the value
     * @throws IllegalArgumentException naming the parameter, the value and the range if it is not allowed
     */
    public double check(double value) {
        if (!allows(value)) {
            throw new IllegalArgumentException("parameter " + name + " = " + value + " is outside its allowed range "
                    + range());
        }
        return value;
    }

    /**
     * Returns the range as text, {@code [lower, upper]}.
     *
     * @return the closed interval as text
     */
    public String range() {
        return "[" + lower + ", " + upper + "]";
    }
}
