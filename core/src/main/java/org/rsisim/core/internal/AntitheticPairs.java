package org.rsisim.core.internal;

import java.util.List;
import org.rsisim.core.Observable;

/**
 * Follows the antithetic pairs {@code (2k, 2k + 1)} of a worker's run loop and records, per metric, the pair
 * average {@code (Y_2k + Y_2k+1) / 2} of every pair whose two runs both completed and recorded the metric, into the
 * tally's pair accumulators ({@link Tally#pairMetric}). Their variance gives the honest standard error of an
 * antithetic mean: the two runs of a pair are not independent, the pairs are.
 *
 * <p>Pairs never straddle a chunk or a block, whose first runs are multiples of {@link StatAccumulator#CHUNK}, so
 * the pair accumulators merge to the same bits for any thread count or block size. Allocation-free per run. Not
 * thread-safe: one per worker.
 */
public final class AntitheticPairs {
    private final int[] metrics;
    private final double[] first;
    private boolean firstCompleted;

    /**
     * Creates the pair follower of a model's observables.
     *
     * @param observables the model's observables
     */
    public AntitheticPairs(List<Observable> observables) {
        this(observables, null);
    }

    /**
     * Creates the pair follower of the observed metrics of a model.
     *
     * @param observables the model's observables
     * @param observed per observable, whether it is observed; {@code null} for all
     */
    public AntitheticPairs(List<Observable> observables, boolean[] observed) {
        metrics = java.util.stream.IntStream.range(0, observables.size())
                .filter(i -> observables.get(i).kind() == Observable.Kind.METRIC && (observed == null || observed[i]))
                .toArray();
        first = new double[metrics.length];
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
            }
            return;
        }
        if (!(completed && firstCompleted)) {
            return;
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
