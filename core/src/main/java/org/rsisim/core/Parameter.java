package org.rsisim.core;

import java.util.Objects;

/**
 * A parameter that a {@link Model} reads: its name, unit, allowed closed range and default value.
 *
 * <p>Bounds may be infinite; they may not be NaN. A scenario's distribution for the parameter must have its support
 * inside {@code [lower, upper]}; this is checked when the experiment is built, never per run. A <em>whole</em>
 * parameter (a count of generations, say) allows only whole numbers in its range; it is meant for model settings,
 * which take one value per experiment. Declare parameters with {@link Declarations}, which hands back the
 * {@link ParameterId} a model reads them with.
 *
 * @param name unique name within the model, such as {@code fidelity_per_generation}
 * @param unit unit of the value, such as {@code years} or {@code 1} for a dimensionless number
 * @param lower smallest allowed value (may be negative infinity)
 * @param upper largest allowed value (may be positive infinity)
 * @param defaultValue value used when a scenario does not set the parameter
 * @param description one sentence saying what the parameter is and where its default comes from
 * @param whole whether only whole numbers are allowed
 */
public record Parameter(String name, String unit, double lower, double upper, double defaultValue,
                        String description, boolean whole) {

    /**
     * Validates the parameter declaration.
     *
     * @throws IllegalArgumentException if the name is blank, a bound is NaN, {@code lower > upper}, or the default
     *         is outside the range (or, for a whole parameter, not a whole number)
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
        if (whole && !isWhole(defaultValue)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
                    + " is not a whole number");
        }
    }

    /**
     * Declares a parameter that takes any real value in its range.
     *
     * @param name unique name within the model
     * @param unit unit of the value
     * @param lower smallest allowed value
     * @param upper largest allowed value
     * @param defaultValue value used when none is given
     * @param description what the parameter is and where its default comes from
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Parameter(String name, String unit, double lower, double upper, double defaultValue, String description) {
        this(name, unit, lower, upper, defaultValue, description, false);
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
    }

    /**
     * Returns whether a value is allowed.
     *
     * @param value candidate value
     * @return {@code true} if {@code lower <= value <= upper} (and, for a whole parameter, the value is a whole
     *         number); {@code false} for NaN
     */
    public boolean allows(double value) {
        return value >= lower && value <= upper && (!whole || isWhole(value));
    }

    /**
     * Checks a value against the range.
     *
     * @param value candidate value
     * @return the value
     * @throws InvalidValueException naming the parameter, the value and the range if it is not allowed
     */
    public double check(double value) {
        return check("parameter", value);
    }

    /**
     * Checks a value against the range, naming the role the parameter plays in the message.
     *
     * @param role what the parameter is, such as {@code parameter} or {@code setting}
     * @param value candidate value
     * @return the value
     * @throws InvalidValueException naming the role, the parameter, the value and the range if it is not allowed:
     *         {@code "setting generations = 2.5 is not a whole number in [1.0, 100000.0]"} or
     *         {@code "parameter p = 2.0 is outside its allowed range [0.0, 1.0]"}
     */
    public double check(String role, double value) {
        if (!allows(value)) {
            String problem = whole && value >= lower && value <= upper
                    ? " is not a whole number in " : " is outside its allowed range ";
            throw new InvalidValueException(role + " " + name + " = " + value + problem + range(), name, value);
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
