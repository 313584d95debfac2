package org.rsisim.core.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rsisim.core.Observable;

/**
 * Every statistic of an experiment over some set of runs: run counts, one {@link StatAccumulator} per observed
 * metric, per observed event (of the time since the event's origin) and per observed series step, exact event
 * counts by requested time, and the steps at which runs diverged. A tally made for antithetic pairs also keeps, per
 * metric, an accumulator of the pair averages and, per event and requested time, the counts of completed pairs with
 * the event in one run and in both.
 *
 * <p>Merging adds counts and exact sums, so the merged tally does not depend on merge order. A tally is
 * {@link Serializable}, so block results can be shipped between machines.
 */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    /** At most this many failure messages are kept. */
    public static final int MAX_FAILURES = 10;

    final StatAccumulator[] metrics;
    final StatAccumulator[] eventTimes;
    final long[][] eventByTime;
    final StatAccumulator[][] series;
    long completed;
    long diverged;
    long failed;
    /** Parameter draws that the model rejected, with the redraw option. */
    long rejectedDraws;
    final TreeMap<Integer, Long> divergedAtStep = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    /** Per metric, the averages of antithetic pairs; {@code null} unless the tally was made for pairs. */
    final StatAccumulator[] pairMetrics;
    /** Antithetic pairs whose two runs both completed. */
    long completedPairs;
    /**
     * Per event and requested time, the completed pairs in which exactly one run had the event by then; {@code null}
     * unless the tally was made for pairs.
     */
    final long[][] pairEventHalves;
    /** Per event and requested time, the completed pairs in which both runs had the event by then. */
    final long[][] pairEventBoths;

    /**
     * Creates an empty tally shaped for a model's observables.
     *
     * @param observables the model's observables
     * @param requestedTimes for each observable, the event times to count by (ignored for non-events)
     */
    public Tally(List<Observable> observables, double[][] requestedTimes) {
        this(observables, requestedTimes, false);
    }

    /**
     * Creates an empty tally shaped for a model's observables, with an accumulator of antithetic pair averages per
     * metric if asked.
     *
     * @param observables the model's observables
     * @param requestedTimes for each observable, the event times to count by (ignored for non-events)
     * @param pairs whether to keep the averages of antithetic pairs of each metric ({@link #pairMetric})
     */
    public Tally(List<Observable> observables, double[][] requestedTimes, boolean pairs) {
        this(observables, requestedTimes, pairs, null);
    }

    /**
     * Creates an empty tally shaped for the observed ones of a model's observables; the others have no
     * accumulators.
     *
     * @param observables the model's observables
     * @param requestedTimes for each observable, the event times to count by (ignored for non-events)
     * @param pairs whether to keep the averages of antithetic pairs of each metric ({@link #pairMetric})
     * @param observed per observable, whether it is observed; {@code null} for all
     */
    public Tally(List<Observable> observables, double[][] requestedTimes, boolean pairs, boolean[] observed) {
        int n = observables.size();
        pairMetrics = pairs ? new StatAccumulator[n] : null;
        pairEventHalves = pairs ? new long[n][] : null;
        pairEventBoths = pairs ? new long[n][] : null;
        metrics = new StatAccumulator[n];
        eventTimes = new StatAccumulator[n];
        eventByTime = new long[n][];
        series = new StatAccumulator[n][];
        for (int i = 0; i < n; i++) {
            Observable o = observables.get(i);
            if (observed != null && !observed[i]) {
                continue;
            }
            switch (o.kind()) {
                case METRIC -> {
                    metrics[i] = new StatAccumulator();
                    if (pairs) {
                        pairMetrics[i] = new StatAccumulator();
                    }
                }
                case EVENT -> {
                    eventTimes[i] = new StatAccumulator();
                    eventByTime[i] = new long[requestedTimes[i].length];
                    if (pairs) {
                        pairEventHalves[i] = new long[requestedTimes[i].length];
                        pairEventBoths[i] = new long[requestedTimes[i].length];
                    }
                }
                case SERIES -> {
                    series[i] = new StatAccumulator[o.length()];
                    for (int k = 0; k < o.length(); k++) {
                        // the variance gives each step's standard error (with antithetic pairs none is reported);
                        // the histogram stays coarse: series quantiles are drawn, and a fine one per step would
                        // multiply the memory of a long series by eight
                        series[i][k] = new StatAccumulator(!pairs, false);
                    }
                }
                default -> throw new IllegalStateException(o.kind().toString());
            }
        }
    }

    /** Ends a chunk of runs in every accumulator. */
    public void flush() {
        for (int i = 0; i < metrics.length; i++) {
            if (metrics[i] != null) {
                metrics[i].flush();
                if (pairMetrics != null) {
                    pairMetrics[i].flush();
                }
            } else if (eventTimes[i] != null) {
                eventTimes[i].flush();
            } else if (series[i] != null) {
                for (StatAccumulator a : series[i]) {
                    a.flush();
                }
            }
        }
    }

    /**
     * Adds another tally of the same shape into this one.
     *
     * @param other a flushed tally; unchanged
     */
    public void add(Tally other) {
        completed += other.completed;
        completedPairs += other.completedPairs;
        diverged += other.diverged;
        failed += other.failed;
        rejectedDraws += other.rejectedDraws;
        for (Map.Entry<Integer, Long> e : other.divergedAtStep.entrySet()) {
            divergedAtStep.merge(e.getKey(), e.getValue(), Long::sum);
        }
        for (String f : other.failures) {
            if (failures.size() < MAX_FAILURES) {
                failures.add(f);
            }
        }
        for (int i = 0; i < metrics.length; i++) {
            if (metrics[i] != null) {
                metrics[i].add(other.metrics[i]);
                if (pairMetrics != null) {
                    pairMetrics[i].add(other.pairMetrics[i]);
                }
            } else if (eventTimes[i] != null) {
                eventTimes[i].add(other.eventTimes[i]);
                addCounts(eventByTime[i], other.eventByTime[i]);
                if (pairEventHalves != null) {
                    addCounts(pairEventHalves[i], other.pairEventHalves[i]);
                    addCounts(pairEventBoths[i], other.pairEventBoths[i]);
                }
            } else if (series[i] != null) {
                StatAccumulator[] mine = series[i];
                StatAccumulator[] theirs = other.series[i];
                for (int k = 0; k < mine.length; k++) {
                    mine[k].add(theirs[k]);
                }
            }
        }
    }

    private static void addCounts(long[] mine, long[] theirs) {
        for (int j = 0; j < mine.length; j++) {
            mine[j] += theirs[j];
        }
    }

    /** Resets to empty, keeping allocated storage for reuse. */
    public void clear() {
        completed = 0;
        completedPairs = 0;
        diverged = 0;
        failed = 0;
        rejectedDraws = 0;
        divergedAtStep.clear();
        failures.clear();
        for (int i = 0; i < metrics.length; i++) {
            if (metrics[i] != null) {
                metrics[i].clear();
                if (pairMetrics != null) {
                    pairMetrics[i].clear();
                }
            } else if (eventTimes[i] != null) {
                eventTimes[i].clear();
                java.util.Arrays.fill(eventByTime[i], 0);
                if (pairEventHalves != null) {
                    java.util.Arrays.fill(pairEventHalves[i], 0);
                    java.util.Arrays.fill(pairEventBoths[i], 0);
                }
            } else if (series[i] != null) {
                for (StatAccumulator a : series[i]) {
                    a.clear();
                }
            }
        }
    }

    /** Records a diverged run. */
    void divergedAt(int step) {
        diverged++;
        divergedAtStep.merge(step, 1L, Long::sum);
    }

    /** Records a failed run. */
    void failedWith(long run, Throwable t) {
        failed++;
        if (failures.size() < MAX_FAILURES) {
            failures.add("run " + run + ": " + t);
        }
    }

    /**
     * Counts parameter draws that the model rejected (the redraw option of an experiment).
     *
     * @param count rejected draws, {@code >= 0}
     */
    public void addRejectedDraws(long count) {
        rejectedDraws += count;
    }

    /** @return parameter draws that the model rejected */
    public long rejectedDraws() {
        return rejectedDraws;
    }

    /** @return runs counted in the statistics */
    public long completed() {
        return completed;
    }

    /** @return runs that diverged */
    public long diverged() {
        return diverged;
    }

    /** @return runs whose model threw */
    public long failed() {
        return failed;
    }

    /** @return a copy of the divergence counts by step; step -1 means unknown */
    public Map<Integer, Long> divergedAtStep() {
        return new TreeMap<>(divergedAtStep);
    }

    /** @return the first failure messages */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * @param observable a metric's index
     * @return its accumulator
     */
    public StatAccumulator metric(int observable) {
        return metrics[observable];
    }

    /**
     * @param observable a metric's index
     * @return the accumulator of its antithetic pair averages, or {@code null} if the tally keeps none
     */
    public StatAccumulator pairMetric(int observable) {
        return pairMetrics == null ? null : pairMetrics[observable];
    }

    /**
     * @param observable an event's index
     * @return the accumulator of its time since origin, over runs where it happened
     */
    public StatAccumulator eventTime(int observable) {
        return eventTimes[observable];
    }

    /**
     * @return antithetic pairs whose two runs both completed (0 unless the tally was made for pairs)
     */
    public long completedPairs() {
        return completedPairs;
    }

    /**
     * @param observable an event's index
     * @return per requested time, the completed pairs in which exactly one run had the event by then, or
     *         {@code null} if the tally keeps no pairs (a live array; do not modify)
     */
    public long[] pairEventHalves(int observable) {
        return pairEventHalves == null ? null : pairEventHalves[observable];
    }

    /**
     * @param observable an event's index
     * @return per requested time, the completed pairs in which both runs had the event by then, or {@code null} if
     *         the tally keeps no pairs (a live array; do not modify)
     */
    public long[] pairEventBoths(int observable) {
        return pairEventBoths == null ? null : pairEventBoths[observable];
    }

    /**
     * @param observable an event's index
     * @return counts of runs whose event time is at most each requested time (a live array; do not modify)
     */
    public long[] eventByTime(int observable) {
        return eventByTime[observable];
    }

    /**
     * @param observable a series' index
     * @param step a step
     * @return its accumulator
     */
    public StatAccumulator series(int observable, int step) {
        return series[observable][step];
    }
}
