package org.rsisim.core.rare;

import java.util.Objects;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;

/**
 * A rare event defined on one observable of a model, with the score that measures how close a run came to it.
 *
 * <p>Three forms, each an event {@code score >= 0}:
 * <ul>
 *   <li>{@link #metricAtMost}: the metric's value is at most {@code level}; score {@code level - value};</li>
 *   <li>{@link #metricAtLeast}: the metric's value is at least {@code level}; score {@code value - level};</li>
 *   <li>{@link #eventBy}: the event happened at or before {@code time}; score {@code time - t}, where {@code t} is
 *       when the run recorded it.</li>
 * </ul>
 * A run that does not record the observable (a censored event, a metric left unset), diverges or fails has score
 * {@code -infinity}: it is not in the event and it is farthest from it. The score is what the cross-entropy
 * iterations of {@link ImportanceSampling} rank runs by, so an observable that moves gradually towards the event
 * (a metric) guides them better than one that is either there or not.
 *
 * <p>Immutable; {@link #toString()} is the canonical form written in scenario files and results, such as
 * {@code final_fidelity <= 0.5} or {@code first_below_threshold by 500}.
 */
public final class RareEvent {
    /** How an event is defined on its observable. */
    public enum Form {
        /** A metric at most a level. */
        METRIC_AT_MOST("<="),
        /** A metric at least a level. */
        METRIC_AT_LEAST(">="),
        /** An event at or before a time. */
        EVENT_BY("by");

        private final String symbol;

        Form(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Returns how the form is written between the observable and its level: {@code <=}, {@code >=} or
         * {@code by}.
         *
         * @return the symbol
         */
        public String symbol() {
            return symbol;
        }
    }

    private final String observable;
    private final Form form;
    private final double level;

    private RareEvent(String observable, Form form, double level) {
        this.observable = Objects.requireNonNull(observable, "observable");
        this.form = form;
        if (!(Math.abs(level) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("level of " + observable + " = " + level
                    + " is outside (-inf, +inf); it must be a finite number");
        }
        this.level = level;
    }

    /**
     * The event that a metric ends at most {@code level}.
     *
     * @param metric the metric's name
     * @param level the level, finite
     * @return the event
     * @throws IllegalArgumentException if the level is not finite
     */
    public static RareEvent metricAtMost(String metric, double level) {
        return new RareEvent(metric, Form.METRIC_AT_MOST, level);
    }

    /**
     * The event that a metric ends at least {@code level}.
     *
     * @param metric the metric's name
     * @param level the level, finite
     * @return the event
     * @throws IllegalArgumentException if the level is not finite
     */
    public static RareEvent metricAtLeast(String metric, double level) {
        return new RareEvent(metric, Form.METRIC_AT_LEAST, level);
    }

    /**
     * The event that an event observable happens at or before {@code time}.
     *
     * @param event the event's name
     * @param time the time, finite, in the observable's unit
     * @return the event
     * @throws IllegalArgumentException if the time is not finite
     */
    public static RareEvent eventBy(String event, double time) {
        return new RareEvent(event, Form.EVENT_BY, time);
    }

    /**
     * Returns the name of the observable the event is defined on.
     *
     * @return the observable's name
     */
    public String observable() {
        return observable;
    }

    /**
     * Returns how the event is defined on its observable.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * Returns the level (for a metric) or the time (for an event).
     *
     * @return a finite number
     */
    public double level() {
        return level;
    }

    /**
     * Returns the score of a run whose observable took the given value (the metric's value, or the event's time).
     *
     * @param value the value, or NaN if the run did not record the observable
     * @return the score, {@code >= 0} exactly when the run is in the event; {@code -infinity} for NaN
     */
    public double score(double value) {
        if (Double.isNaN(value)) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = switch (form) {
            case METRIC_AT_MOST, EVENT_BY -> level - value;
            case METRIC_AT_LEAST -> value - level;
        };
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
    }

    /**
     * Checks that the model has the observable with the kind this event needs and returns its index.
     *
     * @param model the model
     * @return the index of the observable in {@link Model#observables()}
     * @throws IllegalArgumentException if the model has no such observable, or it is of another kind; the message
     *         names the observable, its kind and the model's observables of the kind needed
     */
    public int resolve(Model model) {
        Observable.Kind needed = form == Form.EVENT_BY ? Observable.Kind.EVENT : Observable.Kind.METRIC;
        java.util.List<String> ofKind = model.observables().stream().filter(o -> o.kind() == needed)
                .map(Observable::name).toList();
        int index;
        try {
            index = model.observableIndex(observable);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model " + model.name() + " has no " + kindName(needed) + " '"
                    + observable + "'; its " + kindName(needed) + "s: " + ofKind, e);
        }
        Observable.Kind kind = model.observables().get(index).kind();
        if (kind != needed) {
            throw new IllegalArgumentException("rare event " + this + ": " + observable + " is a "
                    + kindName(kind) + " of model " + model.name() + ", not a " + kindName(needed) + "; its "
                    + kindName(needed) + "s: " + ofKind);
        }
        return index;
    }

    private static String kindName(Observable.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RareEvent r && r.observable.equals(observable) && r.form == form
                && Double.compare(r.level, level) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(observable, form, level);
    }

    /** @return the canonical form, {@code NAME <= LEVEL}, {@code NAME >= LEVEL} or {@code NAME by TIME} */
    @Override
    public String toString() {
        return observable + " " + form.symbol() + " " + level;
    }
}
