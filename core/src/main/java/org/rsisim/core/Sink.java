package org.rsisim.core;

/**
 * Receives the observations of one run. A run records with the typed handles its model's {@link Declarations} handed
 * back ({@link MetricId}, {@link EventId}, {@link SeriesId}), so a metric cannot be recorded as a series.
 *
 * <p>The engine stages a run's observations and commits them to the statistics only when the run ends without
 * diverging or failing, so a run can never be partly counted. Each method is a few array stores; none allocates.
 * A later call for the same metric, event or series step overwrites the earlier value. A handle of another model
 * whose index names an observable of another kind here throws {@link IllegalArgumentException}, and a series step
 * outside the series {@link IndexOutOfBoundsException}; the engine counts such a run as failed, with the message.
 */
public interface Sink {

    /**
     * Records the value of a {@link Observable.Kind#METRIC metric} for this run.
     *
     * @param metric the metric's handle
     * @param value the value; NaN or infinite marks the run as diverged
     */
    void metric(MetricId metric, double value);

    /**
     * Records that an {@link Observable.Kind#EVENT event} happened in this run at the given time. A run that does
     * not record an event is censored for it: the event did not happen within the horizon.
     *
     * @param event the event's handle
     * @param time when it happened, in the observable's unit (decimal years, or generations)
     */
    void event(EventId event, double time);

    /**
     * Records the value of a {@link Observable.Kind#SERIES series} at one step.
     *
     * @param series the series' handle
     * @param step the step, from 0 to the series length minus one
     * @param value the value; NaN or infinite marks the run as diverged at this step
     */
    void series(SeriesId series, int step, double value);

    /**
     * Marks this run as diverged at the given step (a generation, or a time step), for instance a finite-time
     * blow-up the model detected. None of the run's observations are counted.
     *
     * @param step where the run diverged
     */
    void diverged(int step);
}
