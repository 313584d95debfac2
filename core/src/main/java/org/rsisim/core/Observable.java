package org.rsisim.core;

import java.util.Objects;

/**
 * Something a run records: a metric (one number per run), an event (a time at which something happened, or
 * nothing if it did not happen within the horizon), or a series (one number per step, for fan charts).
 *
 * <p>Series steps are indexed {@code 0 .. length - 1}; step {@code k} stands at index value
 * {@code indexStart + k * indexStep} in {@code indexUnit} (generation numbers, or decimal years). Event times are
 * in {@code unit}; their quantiles are measured from {@code origin} (for instance the start date) so that the
 * documented relative error of quantiles applies to the elapsed time, not to the calendar year.
 *
 * @param name unique name within the model, such as {@code automated_ai_rd}
 * @param kind what is recorded
 * @param unit unit of a metric or series value, or of an event time
 * @param description one sentence saying what is recorded
 * @param length number of steps of a series; 0 for metrics and events
 * @param indexStart index value of step 0 of a series
 * @param indexStep index increment per step of a series
 * @param indexUnit unit of the series index, such as {@code generation} or {@code year}
 * @param origin reference time of an event; event-time quantiles are of {@code time - origin}
 */
public record Observable(String name, Kind kind, String unit, String description, int length, double indexStart,
                         double indexStep, String indexUnit, double origin) {

    /** What an observable records. */
    public enum Kind {
        /** One number per run, summarised by mean, standard error and quantiles. */
        METRIC,
        /** The time at which something happened; summarised as a cumulative probability with censoring. */
        EVENT,
        /** One number per step; summarised per step by mean and quantile bands. */
        SERIES
    }

    /**
     * Validates the declaration.
     *
     * @throws IllegalArgumentException if a name is blank, a series has no steps or a non-finite index, or a
     *         metric or event has a length
     */
    public Observable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(indexUnit, "indexUnit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("observable name is blank");
        }
        if (kind == Kind.SERIES) {
            if (length < 1) {
                throw new IllegalArgumentException("series " + name + ": length " + length + " is not at least 1");
            }
            if (!Double.isFinite(indexStart) || !Double.isFinite(indexStep) || !(indexStep > 0)) {
                throw new IllegalArgumentException("series " + name + ": index start " + indexStart + " and step "
                        + indexStep + " must be finite with a positive step");
            }
        } else if (length != 0) {
            throw new IllegalArgumentException(kind + " " + name + ": length must be 0, not " + length);
        }
        if (!Double.isFinite(origin)) {
            throw new IllegalArgumentException("observable " + name + ": origin " + origin + " is not finite");
        }
    }

    /**
     * Declares a metric.
     *
     * @param name unique name
     * @param unit unit of the value
     * @param description what it measures
     * @return the observable
     */
    public static Observable metric(String name, String unit, String description) {
        return new Observable(name, Kind.METRIC, unit, description, 0, 0, 1, "", 0);
    }

    /**
     * Declares an event.
     *
     * @param name unique name
     * @param unit unit of the event time, such as {@code year}
     * @param origin reference time from which quantiles of the event time are measured, such as the start date
     * @param description what happens
     * @return the observable
     */
    public static Observable event(String name, String unit, double origin, String description) {
        return new Observable(name, Kind.EVENT, unit, description, 0, 0, 1, "", origin);
    }

    /**
     * Declares a series.
     *
     * @param name unique name
     * @param unit unit of the values
     * @param length number of steps
     * @param indexStart index value of step 0
     * @param indexStep index increment per step
     * @param indexUnit unit of the index
     * @param description what it measures
     * @return the observable
     */
    public static Observable series(String name, String unit, int length, double indexStart, double indexStep,
                                    String indexUnit, String description) {
        return new Observable(name, Kind.SERIES, unit, description, length, indexStart, indexStep, indexUnit, 0);
    }

    /**
     * Returns the index value of a series step.
     *
     * @param step step number
     * @return {@code indexStart + step * indexStep}
     */
    public double indexAt(int step) {
        return indexStart + step * indexStep;
    }
}
