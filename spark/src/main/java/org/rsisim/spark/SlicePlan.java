package org.rsisim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Deals the slices of one or more experiments to partitions. The slices of all experiments are numbered one after
 * another (experiment 0's slices first), and partition {@code p} of {@code P} takes the contiguous global slices
 * {@code [floor(p T / P), floor((p + 1) T / P))} of the {@code T} in all, so partitions differ by at most one slice.
 * A partition's consecutive slices of one experiment become one {@link Segment}. Pure and deterministic.
 */
final class SlicePlan {
    private SlicePlan() {
    }

    /**
     * The runs {@code [firstRun, endRun)} of one experiment.
     *
     * @param experiment index of the experiment in the job
     * @param firstRun first run, a multiple of the experiment's slice size
     * @param endRun one past the last run
     */
    record Segment(int experiment, long firstRun, long endRun) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Returns the number of slices of {@code runs} runs cut into slices of {@code sliceRuns}.
     *
     * @param runs run count, positive
     * @param sliceRuns runs per slice, positive
     * @return {@code ceil(runs / sliceRuns)}
     */
    static long slices(long runs, long sliceRuns) {
        return (runs - 1) / sliceRuns + 1;
    }

    /**
     * Deals the slices to partitions.
     *
     * @param runs each experiment's run count, positive
     * @param sliceRuns each experiment's slice size in runs, positive
     * @param partitions number of partitions, positive
     * @return one array of segments per partition (empty when there are more partitions than slices), in increasing
     *         order of experiment and run
     */
    static List<Segment[]> deal(long[] runs, long[] sliceRuns, int partitions) {
        int k = runs.length;
        long[] offset = new long[k + 1];
        for (int j = 0; j < k; j++) {
            offset[j + 1] = Math.addExact(offset[j], slices(runs[j], sliceRuns[j]));
        }
        long total = offset[k];
        List<Segment[]> shares = new ArrayList<>(partitions);
        int j = 0;
        for (int p = 0; p < partitions; p++) {
            long lo = boundary(p, total, partitions);
            long hi = boundary(p + 1, total, partitions);
            List<Segment> segments = new ArrayList<>();
            while (j < k && offset[j + 1] <= lo) {
                j++;
            }
            for (int i = j; i < k && offset[i] < hi; i++) {
                long first = Math.max(lo, offset[i]) - offset[i];
                long end = Math.min(hi, offset[i + 1]) - offset[i];
                if (end > first) {
                    segments.add(new Segment(i, first * sliceRuns[i], Math.min(runs[i], end * sliceRuns[i])));
                }
            }
            shares.add(segments.toArray(new Segment[0]));
        }
        return shares;
    }

    /** {@code floor(p * total / partitions)} without overflow. */
    private static long boundary(int p, long total, int partitions) {
        return p * (total / partitions) + p * (total % partitions) / partitions;
    }
}
