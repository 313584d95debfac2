package org.rsisim.core;

/**
 * Handles by index for the engine's own test models, which record by index to test what the engine does with
 * observations of every kind (including a handle whose index names an observable of another kind, as a handle of
 * another model would). Models outside this package get their handles from {@link Declarations}.
 */
final class Ids {
    private static final int CACHED = 64;
    private static final MetricId[] METRICS = new MetricId[CACHED];
    private static final EventId[] EVENTS = new EventId[CACHED];
    private static final SeriesId[] SERIES = new SeriesId[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            METRICS[i] = new MetricId(Observable.metric("metric" + i, "1", "test metric"), i);
            EVENTS[i] = new EventId(Observable.event("event" + i, "1", 0, "test event"), i);
            SERIES[i] = new SeriesId(Observable.series("series" + i, "1", 1, 0, 1, "step", "test series"), i);
        }
    }

    private Ids() {
    }

    /** @return the metric handle of index {@code i} */
    static MetricId metric(int i) {
        return METRICS[i];
    }

    /** @return the event handle of index {@code i} */
    static EventId event(int i) {
        return EVENTS[i];
    }

    /** @return the series handle of index {@code i} */
    static SeriesId series(int i) {
        return SERIES[i];
    }
}
