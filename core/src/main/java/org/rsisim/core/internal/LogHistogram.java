package org.rsisim.core.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A histogram with exact {@code long} counts in log-linear buckets: each binary octave of magnitude is cut into 64
 * equal buckets, for positive and negative values alike.
 *
 * <p>A value's bucket key is the top 18 bits of its IEEE 754 representation (sign, exponent, 6 mantissa bits),
 * reordered so keys increase with the value. A bucket is therefore at most 1/64 of its lower bound wide, and its
 * midpoint is within a relative error of {@code 2^-7} (0.78 %) of every value in it, for values of magnitude at
 * least {@code Double.MIN_NORMAL}. Values of magnitude below {@code 2^-1028}, zeros of both signs included, share
 * the one bucket of key 0, which is reported as 0. Counts cover a contiguous key range that grows on demand; recording allocates
 * only when a value falls outside every range seen before, so in steady state it allocates nothing. Merging adds
 * counts, which gives the same result in any order.
 */
public final class LogHistogram implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHIFT = 46;

    private long[] counts = new long[0];
    private int offset;
    private long total;

    /**
     * Returns the bucket key of a finite value; keys are monotone in the value.
     *
     * @param x a finite value
     * @return its key
     */
    static int key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int magnitude = (int) ((bits & Long.MAX_VALUE) >>> SHIFT);
        // -magnitude, not -1 - magnitude: 0.0 and -0.0 are equal values and must share a key
        return bits < 0 ? -magnitude : magnitude;
    }

    /**
     * Returns the midpoint of a bucket: 0 for the bucket of zero, else the value whose representation continues the
     * key's 18 bits with a one bit and zeros (exact, and finite also for the top bucket, whose upper bound would
     * overflow).
     *
     * @param key a bucket key
     * @return the value halfway between the bucket's bounds, 0 for key 0
     */
    static double midpoint(int key) {
        if (key == 0) {
            return 0.0;
        }
        int magnitude = Math.abs(key);
        double mid = Double.longBitsToDouble((long) magnitude << SHIFT | 1L << (SHIFT - 1));
        return key < 0 ? -mid : mid;
    }

    /**
     * Counts one finite value.
     *
     * @param x the value
     */
    public void record(double x) {
        int i = key(x) - offset;
        if (i >= 0 && i < counts.length) {
            counts[i]++;
        } else {
            grow(key(x), key(x));
            counts[key(x) - offset]++;
        }
        total++;
    }

    private void grow(int minKey, int maxKey) {
        if (counts.length == 0) {
            int width = Math.max(64, maxKey - minKey + 1);
            counts = new long[width];
            offset = minKey - (width - (maxKey - minKey + 1)) / 2;
            return;
        }
        int newLow = Math.min(offset, minKey);
        int newHigh = Math.max(offset + counts.length - 1, maxKey);
        int span = offset + counts.length - 1 - offset + 1;
        // leave headroom on the side that grew, so a drifting range does not reallocate on every new value
        if (newLow < offset) {
            newLow = Math.max(Integer.MIN_VALUE / 2, newLow - span / 2);
        }
        if (newHigh > offset + counts.length - 1) {
            newHigh = Math.min(Integer.MAX_VALUE / 2, newHigh + span / 2);
        }
        long[] wider = new long[newHigh - newLow + 1];
        System.arraycopy(counts, 0, wider, offset - newLow, counts.length);
        counts = wider;
        offset = newLow;
    }

    /**
     * Adds another histogram's counts into this one.
     *
     * @param other the histogram to add; unchanged
     */
    public void add(LogHistogram other) {
        if (other.total == 0) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < other.counts.length; i++) {
            if (other.counts[i] != 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int minKey = other.offset + first;
        int maxKey = other.offset + last;
        if (counts.length == 0 || minKey < offset || maxKey >= offset + counts.length) {
            grow(minKey, maxKey);
        }
        for (int i = first; i <= last; i++) {
            counts[other.offset + i - offset] += other.counts[i];
        }
        total += other.total;
    }

    /** Sets every count to zero, keeping the allocated range. */
    public void clear() {
        Arrays.fill(counts, 0);
        total = 0;
    }

    /**
     * Returns the number of values counted.
     *
     * @return the total count
     */
    public long total() {
        return total;
    }

    /**
     * Returns the rank of the order statistic reported as the quantile at level {@code q} of {@code n} values:
     * {@code ceil(q n)}, at least 1 and at most {@code n}, with {@code q n} first shrunk by a relative
     * {@code 1e-12} so that products such as {@code 0.05 * 100} that round up do not skip a rank.
     *
     * @param q a level in {@code [0, 1]}
     * @param n number of values, {@code >= 1}
     * @return the rank, in {@code [1, n]}
     */
    public static long rank(double q, long n) {
        long k = (long) Math.ceil(q * n * (1 - 1e-12));
        return Math.min(n, Math.max(1, k));
    }

    /**
     * Returns the midpoint of the bucket holding the order statistic of rank {@code ceil(q * total)} (at least 1).
     *
     * @param q a level in {@code [0, 1]}
     * @return the bucket midpoint, or NaN if the histogram is empty
     */
    public double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = rank(q, total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return midpoint(offset + i);
            }
        }
        return midpoint(offset + counts.length - 1);
    }

    /**
     * Fills the quantiles of several increasing levels in one pass.
     *
     * @param levels increasing levels in {@code [0, 1]}
     * @param out where the bucket midpoints go; NaN if empty
     */
    public void quantiles(double[] levels, double[] out) {
        if (total == 0) {
            Arrays.fill(out, 0, levels.length, Double.NaN);
            return;
        }
        int i = 0;
        long seen = 0;
        for (int k = 0; k < levels.length; k++) {
            long rank = rank(levels[k], total);
            while (i < counts.length && seen + counts[i] < rank) {
                seen += counts[i];
                i++;
            }
            out[k] = midpoint(offset + Math.min(i, counts.length - 1));
        }
    }

    /**
     * Adds each bucket's count to the display bin holding the bucket's midpoint (clamped to {@code [min, max]}).
     *
     * @param edges increasing bin edges
     * @param min smallest value recorded
     * @param max largest value recorded
     * @param out counts per bin, then below and above: length {@code edges.length + 1}
     */
    public void binCounts(double[] edges, double min, double max, long[] out) {
        int bins = edges.length - 1;
        for (int i = 0; i < counts.length; i++) {
            long c = counts[i];
            if (c == 0) {
                continue;
            }
            double m = Math.min(max, Math.max(min, midpoint(offset + i)));
            if (m < edges[0]) {
                out[bins] += c;
            } else if (m > edges[bins]) {
                out[bins + 1] += c;
            } else {
                int j = Arrays.binarySearch(edges, m);
                j = j >= 0 ? Math.min(j, bins - 1) : -j - 2;
                out[j] += c;
            }
        }
    }
}
