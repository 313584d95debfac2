package org.rsisim.models.analysis;

import java.util.Objects;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunProbe;

/**
 * One number per run that an analysis studies: the value of a metric, or the indicator {@code 1{T <= t}} that an
 * event has happened by a time {@code t} (a run in which the event does not happen within the horizon, a censored
 * run, counts 0). The mean of the indicator over runs is the event's cumulative probability {@code P(T <= t)}.
 *
 * @param observable the metric's or event's name
 * @param time for an event, the time {@code t} in the event's unit; NaN for a metric
 */
public record ScalarOutput(String observable, double time) {

    /**
     * Validates the output.
     *
     * @throws IllegalArgumentException if the name is blank or the time is infinite
     */
    public ScalarOutput {
        Objects.requireNonNull(observable, "observable");
        if (observable.isBlank()) {
            throw new IllegalArgumentException("output observable name is blank");
        }
        if (Double.isInfinite(time)) {
            throw new IllegalArgumentException("output " + observable + ": time " + time + " is not finite");
        }
    }

    /**
     * The value of a metric.
     *
     * @param name the metric's name
     * @return the output
     */
    public static ScalarOutput metric(String name) {
        return new ScalarOutput(name, Double.NaN);
    }

    /**
     * The indicator that an event has happened by a time.
     *
     * @param name the event's name
     * @param time the time {@code t}, finite, in the event's unit (a decimal year, or a generation)
     * @return the output
     * @throws IllegalArgumentException if the time is NaN or infinite
     */
    public static ScalarOutput eventBy(String name, double time) {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("output " + name + ": time " + time + " is not finite");
        }
        return new ScalarOutput(name, time);
    }

    /**
     * Returns whether this is an event indicator.
     *
     * @return {@code true} for {@code 1{T <= t}}, {@code false} for a metric
     */
    public boolean isEvent() {
        return !Double.isNaN(time);
    }

    /**
     * Checks that a model has this output.
     *
     * @param model the model
     * @return this output
     * @throws IllegalArgumentException if the model has no such observable, or it is not of the right kind
     */
    ScalarOutput checkAgainst(Model model) {
        Observable o = model.observables().get(model.observableIndex(observable));
        Observable.Kind want = isEvent() ? Observable.Kind.EVENT : Observable.Kind.METRIC;
        if (o.kind() != want) {
            throw new IllegalArgumentException("output " + this + ": '" + observable + "' of model " + model.name()
                    + " is a " + o.kind().name().toLowerCase() + ", not a " + want.name().toLowerCase());
        }
        return this;
    }

    /**
     * Reads this output from the last run of a probe that completed.
     *
     * @param probe a probe whose last run completed
     * @return the metric value (NaN if the run did not record it), or 1 or 0 for an event indicator
     */
    double read(RunProbe probe) {
        if (!isEvent()) {
            return probe.metric(observable);
        }
        double t = probe.eventTime(observable);
        return t <= time ? 1 : 0;
    }

    @Override
    public String toString() {
        return isEvent() ? "P(" + observable + " <= " + time + ")" : observable;
    }
}
