package org.rsisim.models.analysis;

import java.util.Objects;

/**
 * A stated belief a {@link Calibration} fits: the probability that an event has happened by a time, the mean of a
 * metric, or a quantile of a metric, with the value it should take.
 *
 * <p>The residual of a target is {@code achieved - value}; the calibration minimises the sum of squared
 * standardised residuals {@code ((achieved - value) / scale)^2}. The scale says how far from the value counts as
 * one unit of misfit. When it is not given (NaN), it is the Monte Carlo standard error of the estimate:
 * {@code sqrt(v (1 - v) / N)} at the target value {@code v} for a probability, and the standard error measured at the
 * search's starting point for a mean or a quantile (1 % of {@code |value|}, or 0.01 if the value is 0, when that
 * standard error is 0).
 *
 * @param kind what is targeted
 * @param observable the event's or metric's name
 * @param time for an event probability, the time {@code t} of {@code P(T <= t)}; NaN otherwise
 * @param level for a quantile, its level in (0, 1); NaN otherwise
 * @param value the target value, finite; a probability in [0, 1]
 * @param scale the size of one unit of misfit, positive, or NaN for the default
 */
public record CalibrationTarget(Kind kind, String observable, double time, double level, double value,
                                double scale) {

    /** What a target is about. */
    public enum Kind {
        /** {@code P(T <= t)} of an event, censored runs counting as not having happened. */
        EVENT_PROBABILITY,
        /** The mean of a metric. */
        METRIC_MEAN,
        /** A quantile of a metric: the order statistic of rank {@code ceil(level n)}. */
        METRIC_QUANTILE
    }

    /**
     * Validates the target.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names the target and the value
     */
    public CalibrationTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(observable, "observable");
        String what = "target on " + observable;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + ": value " + value + " is not finite");
        }
        if (kind == Kind.EVENT_PROBABILITY) {
            if (!Double.isFinite(time)) {
                throw new IllegalArgumentException(what + ": time " + time + " is not finite");
            }
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + ": probability " + value + " is outside [0, 1]");
            }
        }
        if (kind == Kind.METRIC_QUANTILE && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException(what + ": quantile level " + level + " is outside (0, 1)");
        }
        if (!Double.isNaN(scale) && !(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + ": scale " + scale + " must be positive and finite");
        }
    }

    /**
     * Targets {@code P(T <= time) = probability}.
     *
     * @param event the event's name
     * @param time the time, finite
     * @param probability the probability, in [0, 1]
     * @return the target
     */
    public static CalibrationTarget eventProbability(String event, double time, double probability) {
        return new CalibrationTarget(Kind.EVENT_PROBABILITY, event, time, Double.NaN, probability, Double.NaN);
    }

    /**
     * Targets the mean of a metric.
     *
     * @param metric the metric's name
     * @param mean the mean, finite
     * @return the target
     */
    public static CalibrationTarget metricMean(String metric, double mean) {
        return new CalibrationTarget(Kind.METRIC_MEAN, metric, Double.NaN, Double.NaN, mean, Double.NaN);
    }

    /**
     * Targets a quantile of a metric.
     *
     * @param metric the metric's name
     * @param level the level, in (0, 1), such as 0.9
     * @param quantile the quantile's value, finite
     * @return the target
     */
    public static CalibrationTarget metricQuantile(String metric, double level, double quantile) {
        return new CalibrationTarget(Kind.METRIC_QUANTILE, metric, Double.NaN, level, quantile, Double.NaN);
    }

    /**
     * Returns a copy with an explicit misfit scale.
     *
     * @param value positive and finite
     * @return the copy
     */
    public CalibrationTarget withScale(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("target on " + observable + ": scale is NaN");
        }
        return new CalibrationTarget(kind, observable, time, level, this.value, value);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EVENT_PROBABILITY -> "P(" + observable + " <= " + time + ") = " + value;
            case METRIC_MEAN -> "mean(" + observable + ") = " + value;
            case METRIC_QUANTILE -> "q" + level + "(" + observable + ") = " + value;
        };
    }
}
