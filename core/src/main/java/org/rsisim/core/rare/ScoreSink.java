package org.rsisim.core.rare;

import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Sink;

/**
 * A sink that keeps only what a rare event needs: the value of one observable and whether the run diverged. A NaN or
 * infinite metric or series value, an infinite or NaN event time, or {@link #diverged} marks the run as diverged,
 * as the engine's sink does. Allocation-free; one per worker thread.
 */
final class ScoreSink implements Sink {
    private final int target;
    private double value;
    private boolean diverged;

    ScoreSink(int target) {
        this.target = target;
    }

    /** Forgets the previous run. */
    void begin() {
        value = Double.NaN;
        diverged = false;
    }

    /** @return the observable's value in this run, NaN if it was not recorded or the run diverged */
    double value() {
        return diverged ? Double.NaN : value;
    }

    /** @return whether the run diverged */
    boolean isDiverged() {
        return diverged;
    }

    @Override
    public void metric(MetricId metric, double value) {
        if (!(Math.abs(value) < Double.POSITIVE_INFINITY)) {
            diverged = true;
        }
        if (metric.index() == target) {
            this.value = value;
        }
    }

    @Override
    public void event(EventId event, double time) {
        if (!(Math.abs(time) < Double.POSITIVE_INFINITY)) {
            diverged = true;
        }
        if (event.index() == target) {
            this.value = time;
        }
    }

    @Override
    public void series(SeriesId series, int step, double value) {
        if (!(Math.abs(value) < Double.POSITIVE_INFINITY)) {
            diverged = true;
        }
    }

    @Override
    public void diverged(int step) {
        diverged = true;
    }
}
