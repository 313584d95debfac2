package org.rsisim.core;

/**
 * The handle of a declared {@link Observable.Kind#SERIES series}: what a run passes to
 * {@link Sink#series(SeriesId, int, double)}. Only {@link Declarations#series} makes one, so a handle always names a
 * series, and recording a step with a metric's or an event's handle does not compile. Immutable; a model keeps its
 * handles in final fields and uses them in its hot loop at the cost of one field read.
 */
public final class SeriesId {
    private final Observable observable;
    private final int index;
    private final int length;

    SeriesId(Observable observable, int index) {
        this.observable = observable;
        this.index = index;
        this.length = observable.length();
    }

    /** @return the index of the series in its model's {@link Model#observables()} */
    public int index() {
        return index;
    }

    /** @return the number of steps; steps are {@code 0 .. length - 1} */
    public int length() {
        return length;
    }

    /** @return the declaration */
    public Observable observable() {
        return observable;
    }

    /** @return the series' name */
    @Override
    public String toString() {
        return observable.name();
    }
}
