package org.rsisim.models;

import java.util.List;
import java.util.Map;
import org.rsisim.core.Parameter;

/**
 * Resolves a model's settings from a map of given values and the declared defaults, checking names and ranges.
 * Used by every {@link ModelProvider} of this library. Stateless and thread-safe.
 */
public final class Settings {
    private Settings() {
    }

    /**
     * Returns one value per declared setting: the given value if there is one, else the default.
     *
     * @param model model name, for messages
     * @param declared the declared settings
     * @param given values by name; may be empty, never {@code null}
     * @return values in declaration order
     * @throws IllegalArgumentException if a given name is not declared (the message lists the known names) or a
     *         value is outside its range or NaN (the message names the setting, the value and the range)
     */
    public static double[] resolve(String model, List<Parameter> declared, Map<String, Double> given) {
        for (String key : given.keySet()) {
            if (declared.stream().noneMatch(s -> s.name().equals(key))) {
                throw new IllegalArgumentException("model " + model + " has no setting '" + key + "'; known: "
                        + declared.stream().map(Parameter::name).toList());
            }
        }
        double[] v = new double[declared.size()];
        for (int i = 0; i < v.length; i++) {
            Parameter s = declared.get(i);
            Double x = given.get(s.name());
            if (x == null) {
                v[i] = s.defaultValue();
            } else if (!s.allows(x)) {
                throw new IllegalArgumentException("setting " + s.name() + " = " + x + " is outside its allowed range "
                        + s.range());
            } else {
                v[i] = x;
            }
        }
        return v;
    }

    /**
     * Returns a setting's value as an {@code int}, refusing fractions.
     *
     * @param setting the setting, for the message
     * @param value its value, already range-checked
     * @return the value as an int
     * @throws IllegalArgumentException if the value is not a whole number
     */
    public static int whole(Parameter setting, double value) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("setting " + setting.name() + " = " + value
                    + " is not a whole number in " + setting.range());
        }
        return (int) value;
    }
}
