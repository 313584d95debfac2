package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A histogram of a metric for display: {@code counts[j]} runs had a value in {@code [edges[j], edges[j + 1])} (the
 * last bin closed), and {@code below} and {@code above} runs fell outside the edges.
 *
 * <p>The counts come from the engine's exact-count log-linear buckets, each assigned to the display bin that holds
 * its midpoint, so a value can be placed up to 0.78 % (relative) from where it was; the total is exact. The bins
 * span the 1 % to 99 % quantiles with equal widths, or equal widths of the logarithm when every value is positive
 * and that range covers more than two orders of magnitude ({@link #logarithmic()}).
 *
 * @param edges increasing bin edges, one more than the bins
 * @param counts runs per bin
 * @param below runs below the first edge
 * @param above runs above the last edge
 * @param logarithmic whether the bins have equal widths in log10
 */
public record Histogram(double[] edges, long[] counts, long below, long above, boolean logarithmic)
        implements Serializable {

    /**
     * Copies and checks the arrays.
     */
    public Histogram {
        edges = edges.clone();
        counts = counts.clone();
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram needs one more edge than bins");
        }
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts)
                && below == h.below && above == h.above && logarithmic == h.logarithmic;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(counts);
    }
}
