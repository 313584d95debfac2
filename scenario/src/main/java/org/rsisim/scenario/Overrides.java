package org.rsisim.scenario;

import java.io.Serializable;
import java.util.List;
import org.rsisim.core.Experiment;
import org.rsisim.core.Target;

/**
 * Values given on the command line that replace a scenario's own. A {@code null} field keeps the scenario's value.
 * Serialisable, to travel with a scenario to the machines of a cluster.
 *
 * @param runs run count (the budget, with a target), or {@code null}
 * @param seed seed, or {@code null}
 * @param precision precision target as written on the command line, or {@code null}
 * @param observe the observables to observe in place of the scenario's {@code observe} (names of the model, at
 *        least one), or {@code null}; an event left out loses the times the scenario requests for it
 */
public record Overrides(Long runs, Long seed, String precision, List<String> observe) implements Serializable {
    /** Replaces nothing. */
    public static final Overrides NONE = new Overrides(null, null, null, null);

    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if {@code observe} is empty
     */
    public Overrides {
        if (observe != null && observe.isEmpty()) {
            throw new IllegalArgumentException("observe overrides need at least one name (null keeps the scenario's)");
        }
        observe = observe == null ? null : List.copyOf(observe);
    }

    /**
     * Parses a precision target written on the command line: {@code EVENT@TIME:HALF_WIDTH} for the probability of
     * an event by a time, {@code METRIC:HALF_WIDTH} for a metric's mean, or {@code HALF_WIDTH} alone to tighten the
     * scenario's own target.
     *
     * @param text the option value
     * @param current the scenario's own target, or {@code null}
     * @return the target
     * @throws IllegalArgumentException if the text has none of these forms or a number is invalid
     */
    public static Target parsePrecision(String text, Target current) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        try {
            if (colon < 0) {
                double half = Double.parseDouble(t);
                if (current == null) {
                    throw new IllegalArgumentException("--precision " + text + " gives a half-width only, but the "
                            + "scenario has no precision target; write EVENT@TIME:HALF_WIDTH or METRIC:HALF_WIDTH");
                }
                return new Target(current.observable(), current.time(), half);
            }
            double half = Double.parseDouble(t.substring(colon + 1));
            String what = t.substring(0, colon);
            int at = what.indexOf('@');
            if (at < 0) {
                return Target.metricMean(what, half);
            }
            return Target.eventProbability(what.substring(0, at), Double.parseDouble(what.substring(at + 1)), half);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--precision '" + text + "' is not EVENT@TIME:HALF_WIDTH, "
                    + "METRIC:HALF_WIDTH or HALF_WIDTH (for example automated_ai_rd@2029:0.002)");
        }
    }

    /**
     * Applies the overrides to a builder.
     *
     * @param b the builder
     * @param current the scenario's own target, or {@code null}
     * @return the builder
     */
    Experiment.Builder applyTo(Experiment.Builder b, Target current) {
        if (runs != null) {
            b.runs(runs);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (precision != null) {
            b.target(parsePrecision(precision, current));
        }
        return b;
    }
}
