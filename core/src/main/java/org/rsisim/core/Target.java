package org.rsisim.core;

import java.util.Objects;

/**
 * A precision to reach instead of a fixed run count: the experiment runs block by block until the 95 % confidence
 * interval half-width of one estimate is at most {@code halfWidth}, or until its run budget is spent.
 *
 * @param observable name of the event or metric the estimate belongs to
 * @param time for an event, the time {@code t} of the estimate {@code P(T <= t)}; NaN for a metric's mean
 * @param halfWidth the largest acceptable half-width of the 95 % interval, positive
 */
public record Target(String observable, double time, double halfWidth) {

    /**
     * Validates the target.
     *
     * @throws IllegalArgumentException if the half-width is not positive and finite, or an event time is infinite
     */
    public Target {
        Objects.requireNonNull(observable, "observable");
        if (!(halfWidth > 0) || halfWidth == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("target half-width for " + observable + " is " + halfWidth
                    + ", must be positive and finite");
        }
        if (Double.isInfinite(time)) {
            throw new IllegalArgumentException("target time for " + observable + " is " + time + ", must be finite");
        }
    }

    /**
     * Targets the probability that an event has happened by a time.
     *
     * @param event the event's name
     * @param time the time {@code t} of {@code P(T <= t)}
     * @param halfWidth largest acceptable half-width of the Wilson interval
     * @return the target
     */
    public static Target eventProbability(String event, double time, double halfWidth) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("target time for " + event + " is NaN");
        }
        return new Target(event, time, halfWidth);
    }

    /**
     * Targets the mean of a metric.
     *
     * @param metric the metric's name
     * @param halfWidth largest acceptable half-width of the normal interval
     * @return the target
     */
    public static Target metricMean(String metric, double halfWidth) {
        return new Target(metric, Double.NaN, halfWidth);
    }

    /**
     * Returns whether the target is an event probability.
     *
     * @return {@code true} for an event, {@code false} for a metric mean
     */
    public boolean isEvent() {
        return !Double.isNaN(time);
    }

    @Override
    public String toString() {
        return isEvent() ? "P(" + observable + " <= " + time + ") to +/-" + halfWidth
                : "mean(" + observable + ") to +/-" + halfWidth;
    }
}
