package org.rsisim.core.internal;

import java.util.List;
import org.rsisim.core.Observable;

/**
 * Follows the antithetic pairs {@code (2k, 2k + 1)} of a worker's run loop and records, per metric, the pair
 * average {@code (Y_2k + Y_2k+1) / 2} of every pair whose two runs both completed and recorded the metric, into the
 * tally's pair accumulators ({@link Tally#pairMetric}), and, per event and requested time, how many such pairs had
 * the event by then in one run and in both ({@link Tally#pairEventHalves}, {@link Tally#pairEventBoths}). Their
 * spread gives the honest standard errors of antithetic estimates: the two runs of a pair are not independent, the
 * pairs are.
 *
 * <p>Pairs never straddle a chunk or a block, whose first runs are multiples of {@link StatAccumulator#CHUNK}, so
 * the pair accumulators merge to the same bits for any thread count or block size. Allocation-free per run. Not
 * thread-safe: one per worker.
 */
public final class AntitheticPairs {
    private final int[] metrics;
    private final double[] first;
    private final int[] events;
    private final double[][] requestedTimes;
    private final double[] firstEventTime;
    private boolean firstCompleted;

    /**
     * Creates the pair follower of a model's observables.
     *
     * @param observables the model's observables
     */
    public AntitheticPairs(List<Observable> observables) {
        this(observables, null, null);
    }

    /**
     * Creates the pair follower of the observed metrics and events of a model.
     *
     * @param observables the model's observables
     * @param observed per observable, whether it is observed; {@code null} for all
     * @param requestedTimes for each event, the times to count by; {@code null} to follow metrics only
     */
    public AntitheticPairs(List<Observable> observables, boolean[] observed, double[][] requestedTimes) {
        metrics = indices(observables, observed, Observable.Kind.METRIC);
        first = new double[metrics.length];
        events = requestedTimes == null ? new int[0] : indices(observables, observed, Observable.Kind.EVENT);
        this.requestedTimes = requestedTimes;
        firstEventTime = new double[observables.size()];
    }

    private static int[] indices(List<Observable> observables, boolean[] observed, Observable.Kind kind) {
        return java.util.stream.IntStream.range(0, observables.size())
                .filter(i -> observables.get(i).kind() == kind && (observed == null || observed[i])).toArray();
    }

    /**
     * Notes a finished run: remembers the first run of a pair, or records the averages of a complete pair.
     *
     * @param run the run index
     * @param completed whether the run was committed (not diverged, not failed)
     * @param recorder the recorder still holding the run's staged values
     * @param tally the tally with pair accumulators
     */
    public void afterRun(long run, boolean completed, RunRecorder recorder, Tally tally) {
        if ((run & 1) == 0) {
            firstCompleted = completed;
            if (completed) {
                for (int k = 0; k < metrics.length; k++) {
                    first[k] = recorder.staged(metrics[k]);
                }
                for (int i : events) {
                    firstEventTime[i] = recorder.committedEventTime(i);
                }
            }
            return;
        }
        if (!(completed && firstCompleted)) {
            return;
        }
        tally.completedPairs++;
        for (int i : events) {
            double a = firstEventTime[i];
            double b = recorder.committedEventTime(i);
            double[] times = requestedTimes[i];
            long[] halves = tally.pairEventHalves[i];
            long[] boths = tally.pairEventBoths[i];
            for (int j = 0; j < times.length; j++) {
                // NaN (the event did not happen) is never <= a time
                boolean x = a <= times[j];
                boolean y = b <= times[j];
                if (x && y) {
                    boths[j]++;
                } else if (x || y) {
                    halves[j]++;
                }
            }
        }
        for (int k = 0; k < metrics.length; k++) {
            double a = first[k];
            double b = recorder.staged(metrics[k]);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                tally.pairMetrics[metrics[k]].accept(0.5 * a + 0.5 * b);
            }
        }
    }
}
