package org.rsisim.core;

/**
 * The handle of a declared {@link Observable.Kind#EVENT event}: what a run passes to
 * {@link Sink#event(EventId, double)}. Only {@link Declarations#event} makes one, so a handle always names an
 * event, and recording an event with a metric's or a series' handle does not compile. Immutable; a model keeps its
 * handles in final fields and uses them in its hot loop at the cost of one field read.
 */
public final class EventId {
    private final Observable observable;
    private final int index;

    EventId(Observable observable, int index) {
        this.observable = observable;
        this.index = index;
    }

    /** @return the index of the event in its model's {@link Model#observables()} */
    public int index() {
        return index;
    }

    /** @return the declaration */
    public Observable observable() {
        return observable;
    }

    /** @return the event's name */
    @Override
    public String toString() {
        return observable.name();
    }
}
