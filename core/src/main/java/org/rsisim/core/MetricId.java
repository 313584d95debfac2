package org.rsisim.core;

/**
 * The handle of a declared {@link Observable.Kind#METRIC metric}: what a run passes to
 * {@link Sink#metric(MetricId, double)}. Only {@link Declarations#metric} makes one, so a handle always names a
 * metric, and recording a metric with an event's or a series' handle does not compile. Immutable; a model keeps its
 * handles in final fields and uses them in its hot loop at the cost of one field read.
 */
public final class MetricId {
    private final Observable observable;
    private final int index;

    MetricId(Observable observable, int index) {
        this.observable = observable;
        this.index = index;
    }

    /** @return the index of the metric in its model's {@link Model#observables()} */
    public int index() {
        return index;
    }

    /** @return the declaration */
    public Observable observable() {
        return observable;
    }

    /** @return the metric's name */
    @Override
    public String toString() {
        return observable.name();
    }
}
