package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The summary of an event: the cumulative probability that it has happened by each requested time, with Wilson
 * intervals, and the fraction of runs censored (the event did not happen within the horizon).
 *
 * <p>Censored runs stay in every denominator: {@code P(T <= t)} is the number of runs whose event time is at most
 * {@code t} divided by all counted runs, so an event that rarely happens is not made to look early.
 *
 * @param name the event's name
 * @param unit unit of the event times
 * @param runs counted runs (diverged and failed runs excluded)
 * @param occurred runs in which the event happened within the horizon
 * @param times the requested times, increasing
 * @param probabilityBy {@code P(T <= times[j])} for each requested time
 * @param censoredFraction {@code (runs - occurred) / runs}
 * @param timeQuantiles quantiles of the event time among the runs where it happened
 * @param meanTime mean event time among the runs where it happened
 * @param cdf the whole cumulative distribution {@code P(T <= t)} with pointwise and simultaneous bands; at the
 *        requested times {@link #probabilityBy()} keeps the exact counts
 */
public record EventSummary(String name, String unit, long runs, long occurred, double[] times,
                           Proportion[] probabilityBy, double censoredFraction, Quantiles timeQuantiles,
                           Estimate meanTime, EventCdf cdf) implements Serializable {

    /**
     * A summary without the whole curve: {@link #cdf()} is {@link EventCdf#empty()}.
     *
     * @param name the event's name
     * @param unit unit of the event times
     * @param runs counted runs
     * @param occurred runs in which the event happened within the horizon
     * @param times the requested times, increasing
     * @param probabilityBy {@code P(T <= times[j])} for each requested time
     * @param censoredFraction {@code (runs - occurred) / runs}
     * @param timeQuantiles quantiles of the event time among the runs where it happened
     * @param meanTime mean event time among the runs where it happened
     */
    public EventSummary(String name, String unit, long runs, long occurred, double[] times,
                        Proportion[] probabilityBy, double censoredFraction, Quantiles timeQuantiles,
                        Estimate meanTime) {
        this(name, unit, runs, occurred, times, probabilityBy, censoredFraction, timeQuantiles, meanTime,
                EventCdf.empty());
    }

    /**
     * Copies the arrays.
     */
    public EventSummary {
        times = times.clone();
        probabilityBy = probabilityBy.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public Proportion[] probabilityBy() {
        return probabilityBy.clone();
    }

    /**
     * Returns the cumulative probability at one of the requested times.
     *
     * @param time a requested time
     * @return {@code P(T <= time)} with its interval
     * @throws IllegalArgumentException if the time was not requested
     */
    public Proportion probabilityBy(double time) {
        for (int i = 0; i < times.length; i++) {
            if (times[i] == time) {
                return probabilityBy[i];
            }
        }
        throw new IllegalArgumentException("event " + name + ": time " + time + " was not requested; requested: "
                + Arrays.toString(times));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSummary e && name.equals(e.name) && unit.equals(e.unit) && runs == e.runs
                && occurred == e.occurred && Arrays.equals(times, e.times)
                && Arrays.equals(probabilityBy, e.probabilityBy)
                && Double.compare(censoredFraction, e.censoredFraction) == 0
                && timeQuantiles.equals(e.timeQuantiles) && meanTime.equals(e.meanTime) && cdf.equals(e.cdf);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(occurred);
    }

    @Override
    public String toString() {
        return "EventSummary[" + name + ", occurred " + occurred + " of " + runs + ", P" + Arrays.toString(
                Arrays.stream(probabilityBy).mapToDouble(Proportion::p).toArray()) + "]";
    }
}
