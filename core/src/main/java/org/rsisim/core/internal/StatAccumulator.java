package org.rsisim.core.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Count, mean, variance, minimum, maximum and a quantile histogram of a stream of finite values, with results that
 * do not depend on the order values are merged in.
 *
 * <p>Values arrive in run order within <em>chunks</em> of {@link #CHUNK} consecutive runs aligned on run indices
 * that are multiples of {@code CHUNK}. Within a chunk the accumulator keeps shifted sums {@code D = sum(x - s)} and
 * {@code sum((x - s)^2)} with {@code s} the chunk's first value (cheap and free of cancellation); when the chunk is
 * {@linkplain #flush() flushed}, it adds the chunk's sum, its within-chunk sum of squared deviations, and its
 * between-chunk term {@code (chunk sum)^2 / n} to {@link ExactSum}s. Since chunk boundaries are fixed by run index
 * and exact sums are order-free, the final mean and variance are the same bits for any thread count, block size
 * or merge order. The variance is {@code (M2within + (N Q - S^2) / N) / (N - 1)}, the numerator computed exactly.
 *
 * <p>Values of magnitude above {@link #SQUARE_LIMIT} ({@code 2^500}, about {@code 3.3e150}) would overflow the
 * squares (and near {@code Double.MAX_VALUE} even the shifted sums); they are added to their own exact sum, so the
 * mean stays exact, and the variance is then reported as {@code +Infinity}.
 *
 * <p>Values are processed in batches. The engine hands over a whole chunk at once with {@link #acceptChunk}: a
 * column of {@link #CHUNK} staged values, one per run, and the mask of the runs that completed. {@link #accept}
 * counts one value and stages it in a buffer of {@code CHUNK} values, processed when it is full, at
 * {@link #flush()}, and before anything that reads the extremes or the histogram. Either way the values are
 * processed in run order, so every bit is as if each were processed on arrival; processing 64 values of one
 * accumulator in a row keeps its fields in registers and its histogram buckets in cache. A full column takes a
 * shorter path: its extremes are found on order-preserving integer images of the values (a compare and a move each)
 * alongside the shifted sums, and its histogram counts are found from the octaves of those extremes
 * ({@link LogHistogram#recordRange}).
 *
 * <p>An accumulator made without the variance ({@link #StatAccumulator(boolean, boolean)}; the engine's series
 * steps under antithetic pairs, whose bands report no standard error) merges only the chunk sums exactly, three exact
 * additions per chunk instead of nine, and keeps every other statistic with the same bits. The engine keeps series
 * steps with a coarse histogram, with or without the variance.
 *
 * <p>Recording allocates nothing once the histogram range is warm. Counts are {@code long}.
 */
public final class StatAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Number of consecutive runs whose values are summed in floating point before an exact merge. */
    public static final int CHUNK = 64;
    /** Values of larger magnitude bypass the chunk sums, whose squares could overflow; the variance is then infinite. */
    public static final double SQUARE_LIMIT = 0x1p500;

    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private int chunkCount;
    private double shift;
    private double sumD;
    private double sumD2;
    private final ExactSum sum = new ExactSum();
    private final ExactSum within = new ExactSum();
    private final ExactSum between = new ExactSum();
    private final ExactSum hugeSum = new ExactSum();
    private boolean huge;
    private final LogHistogram histogram;
    /** Whether the variance is kept; without it a chunk costs three exact additions instead of nine. */
    private final boolean spread;
    /** Values accepted but not yet in the histogram; empty whenever the histogram is read or merged. */
    private transient double[] pending = new double[CHUNK];
    private transient int pendingCount;

    /** Creates an empty accumulator that keeps every statistic. */
    public StatAccumulator() {
        this(true);
    }

    /**
     * Creates an empty accumulator, with or without the variance; with the variance its quantile histogram is fine,
     * without it coarse ({@link #StatAccumulator(boolean, boolean)}).
     *
     * @param spread whether to keep the variance and a fine histogram
     */
    public StatAccumulator(boolean spread) {
        this(spread, spread);
    }

    /**
     * Creates an empty accumulator, with or without the variance, with a fine or a coarse quantile histogram.
     *
     * @param spread whether to keep the variance; without it {@link #variance()} is NaN
     * @param fine whether the quantile histogram is fine (relative error {@code 2^-10}, and on the distance from 1 for
     *        values near 1: {@link LogHistogram#LogHistogram()}) or {@linkplain LogHistogram#coarse() coarse}
     *        (relative error {@code 2^-7}, as the engine keeps the steps of a series, which are drawn, not tabulated)
     */
    public StatAccumulator(boolean spread, boolean fine) {
        this.spread = spread;
        this.histogram = fine ? new LogHistogram() : LogHistogram.coarse();
    }

    /**
     * Records one finite value.
     *
     * @param x the value
     */
    public void accept(double x) {
        count++;
        int p = pendingCount;
        if (p == CHUNK) {
            drain();
            p = 0;
        }
        pending[p] = x;
        pendingCount = p + 1;
    }

    /** Processes the staged values in arrival order: extremes, histogram, and the chunk's shifted sums. */
    private void drain() {
        int n = pendingCount;
        if (n == 0) {
            return;
        }
        pendingCount = 0;
        process(pending, 0, n == CHUNK ? -1L : (1L << n) - 1);
    }

    /**
     * Adds one whole chunk of runs and ends it: the values {@code values[offset + j]} for every bit {@code j} set in
     * {@code mask}, in increasing order of {@code j} (the order of the runs), then {@link #flush()}. This is the
     * engine's path: a worker stages the chunk's values of each observation in a column of {@link #CHUNK} slots,
     * one per run, and hands over the columns of the runs that completed. The result has the same bits as
     * {@link #accept} of each value in that order followed by {@link #flush()}.
     *
     * @param values staged values
     * @param offset index of slot 0 in {@code values}
     * @param mask the slots holding a value to add
     */
    public void acceptChunk(double[] values, int offset, long mask) {
        drain();
        count += Long.bitCount(mask);
        process(values, offset, mask);
        flush();
    }

    /** Adds the masked values to the extremes, the histogram and the shifted sums of the open chunk, in slot order. */
    private void process(double[] values, int offset, long mask) {
        if (mask == 0) {
            return;
        }
        if (mask == -1L && processAll(values, offset)) {
            return;
        }
        double lo = min;
        double hi = max;
        int c = chunkCount;
        double s = shift;
        double d1 = sumD;
        double d2 = sumD2;
        for (long m = mask; m != 0; m &= m - 1) {
            double x = values[offset + Long.numberOfTrailingZeros(m)];
            // Math.min and Math.max order -0.0 below 0.0, so the extremes do not depend on the order of the values
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            if (!(Math.abs(x) <= SQUARE_LIMIT)) {
                hugeSum.add(x);
                huge = true;
                continue;
            }
            if (c == 0) {
                s = x;
            }
            double d = x - s;
            d1 += d;
            d2 += d * d;
            c++;
        }
        min = lo;
        max = hi;
        chunkCount = c;
        shift = s;
        sumD = d1;
        sumD2 = d2;
        histogram.recordAll(values, offset, mask);
    }

    /**
     * {@link #process} of a full chunk: the extremes in four independent lanes (minimum and maximum do not depend on
     * the order), then the shifted sums in slot order, then the histogram. Returns false, having changed nothing, if
     * a value exceeds {@link #SQUARE_LIMIT} in magnitude, which only the general path sets aside.
     */
    private boolean processAll(double[] values, int offset) {
        int c = chunkCount;
        double s = c == 0 ? values[offset] : shift;
        double d1 = sumD;
        double d2 = sumD2;
        // extremes of the order-preserving integer images of the values, a compare and a move each, where Math.min
        // and Math.max on doubles take several instructions to order -0.0 below 0.0 and to propagate NaN; the
        // sums in slot order alongside
        long lo0 = Long.MAX_VALUE;
        long lo1 = Long.MAX_VALUE;
        long hi0 = Long.MIN_VALUE;
        long hi1 = Long.MIN_VALUE;
        for (int i = offset, end = offset + CHUNK; i < end; i += 2) {
            double x0 = values[i];
            double x1 = values[i + 1];
            long k0 = sortable(x0);
            long k1 = sortable(x1);
            lo0 = Math.min(lo0, k0);
            lo1 = Math.min(lo1, k1);
            hi0 = Math.max(hi0, k0);
            hi1 = Math.max(hi1, k1);
            double e0 = x0 - s;
            d1 += e0;
            d2 += e0 * e0;
            double e1 = x1 - s;
            d1 += e1;
            d2 += e1 * e1;
        }
        double lo = unsortable(Math.min(lo0, lo1));
        double hi = unsortable(Math.max(hi0, hi1));
        if (!(Math.max(-lo, hi) <= SQUARE_LIMIT)) {
            return false;
        }
        min = Math.min(min, lo);
        max = Math.max(max, hi);
        chunkCount = c + CHUNK;
        shift = s;
        sumD = d1;
        sumD2 = d2;
        histogram.recordRange(values, offset, CHUNK, lo, hi);
        return true;
    }

    /** Maps a finite double to a long with the same order, -0.0 below 0.0: an order-preserving bijection. */
    private static long sortable(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ (bits >> 63 & Long.MAX_VALUE);
    }

    /** Inverts {@link #sortable}. */
    private static double unsortable(long key) {
        return Double.longBitsToDouble(key ^ (key >> 63 & Long.MAX_VALUE));
    }

    /**
     * Ends the current chunk: moves its floating sums into the exact sums and its values into the histogram. Call at
     * every chunk boundary.
     */
    public void flush() {
        drain();
        int n = chunkCount;
        if (n == 0) {
            return;
        }
        double s = shift;
        double d = sumD;
        // sum of the chunk: n s + D
        sum.addProduct(n, s);
        sum.add(d);
        if (!spread) {
            chunkCount = 0;
            sumD = 0;
            sumD2 = 0;
            return;
        }
        // within-chunk squared deviations: sum d^2 - D^2 / n
        within.add(Math.max(0, sumD2 - d * d / n));
        // between-chunk term (n s + D)^2 / n = n s^2 + 2 s D + D^2 / n, the first two parts exact
        double s2 = s * s;
        double s2err = Math.fma(s, s, -s2);
        between.addProduct(n, s2);
        between.addProduct(n, s2err);
        double twoSD = 2 * s * d;
        between.add(twoSD);
        between.add(Math.fma(2 * s, d, -twoSD));
        between.add(d * d / n);
        chunkCount = 0;
        sumD = 0;
        sumD2 = 0;
    }

    /**
     * Adds another accumulator into this one. Both must be flushed.
     *
     * @param other the accumulator to add; unchanged
     */
    public void add(StatAccumulator other) {
        if (other.count == 0) {
            return;
        }
        drain();
        other.drain();
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        sum.add(other.sum);
        hugeSum.add(other.hugeSum);
        huge |= other.huge;
        within.add(other.within);
        between.add(other.between);
        histogram.add(other.histogram);
    }

    /** Resets to the empty state, keeping allocated storage. */
    public void clear() {
        count = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        chunkCount = 0;
        sumD = 0;
        sumD2 = 0;
        sum.clear();
        hugeSum.clear();
        huge = false;
        within.clear();
        between.clear();
        histogram.clear();
        pendingCount = 0;
    }

    /**
     * Returns the number of values.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the mean, the exact sum rounded once and divided by the count (or, if the rounded sum overflows, the
     * exact sum divided by the count in 34-digit decimal arithmetic).
     *
     * @return the mean, NaN if empty
     */
    public double mean() {
        drain();
        if (count == 0) {
            return Double.NaN;
        }
        ExactSum all = sum;
        if (huge) {
            all = new ExactSum();
            all.add(sum);
            all.add(hugeSum);
        }
        double total = all.doubleValue();
        if (Double.isInfinite(total)) {
            return all.bigDecimalValue().divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue();
        }
        return total / count;
    }

    /**
     * Returns the unbiased sample variance.
     *
     * @return the variance, NaN below two values, {@code +Infinity} if a value exceeded {@link #SQUARE_LIMIT} in
     *         magnitude
     */
    public double variance() {
        drain();
        if (count < 2 || !spread) {
            return Double.NaN;
        }
        if (huge) {
            return Double.POSITIVE_INFINITY;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal s = sum.bigDecimalValue();
        BigDecimal numerator = n.multiply(between.bigDecimalValue()).subtract(s.multiply(s));
        double betweenChunks = numerator.signum() <= 0 ? 0
                : numerator.divide(n, MathContext.DECIMAL128).doubleValue();
        return (within.doubleValue() + betweenChunks) / (count - 1);
    }

    /**
     * Returns the smallest value.
     *
     * @return the minimum, NaN if empty
     */
    public double min() {
        drain();
        return count == 0 ? Double.NaN : min;
    }

    /**
     * Returns the largest value.
     *
     * @return the maximum, NaN if empty
     */
    public double max() {
        drain();
        return count == 0 ? Double.NaN : max;
    }

    /**
     * Fills quantiles at increasing levels, clamped to the exact minimum and maximum.
     *
     * @param levels increasing levels in {@code [0, 1]}
     * @param out one entry per level; NaN if empty
     */
    public void quantiles(double[] levels, double[] out) {
        drain();
        histogram.quantiles(levels, out);
        if (count > 0) {
            for (int i = 0; i < levels.length; i++) {
                out[i] = Math.min(max, Math.max(min, out[i]));
            }
        }
    }

    /**
     * Fills distribution-free confidence bounds of the quantiles at increasing levels: for each level the order
     * statistics of the ranks {@link OrderStatisticBounds#ranks} gives, read as the lower bound of the bucket of the
     * lower rank and the upper bound of the bucket of the upper rank (exact for a bucket of one distinct value), so
     * that the histogram's resolution only widens them; clamped to the exact minimum and maximum. A bound that no
     * order statistic gives at that confidence (too few values beyond the level) is NaN.
     *
     * @param levels increasing levels in {@code (0, 1)}
     * @param confidence the confidence, such as 0.95
     * @param pairs complete antithetic pairs among the values, 0 for independent values
     * @param lower one lower bound per level
     * @param upper one upper bound per level
     */
    public void quantileBounds(double[] levels, double confidence, long pairs, double[] lower, double[] upper) {
        drain();
        int k = levels.length;
        long[] lo = new long[k];
        long[] hi = new long[k];
        for (int i = 0; i < k; i++) {
            long[] r = OrderStatisticBounds.ranks(levels[i], count, confidence, pairs);
            lo[i] = r[0];
            hi[i] = r[1];
        }
        histogram.atRanks(lo, -1, lower);
        histogram.atRanks(hi, 1, upper);
        for (int i = 0; i < k; i++) {
            lower[i] = Math.min(max, Math.max(min, lower[i]));
            upper[i] = Math.min(max, Math.max(min, upper[i]));
        }
    }

    /**
     * Walks the histogram's buckets in increasing order of value; see {@link LogHistogram#steps}.
     *
     * @param steps receives each non-empty bucket
     */
    public void steps(LogHistogram.StepVisitor steps) {
        drain();
        histogram.steps(steps);
    }

    /**
     * Counts values per display bin; see {@link LogHistogram#binCounts}.
     *
     * @param edges increasing bin edges
     * @param out counts per bin, then below and above: length {@code edges.length + 1}
     */
    public void binCounts(double[] edges, long[] out) {
        drain();
        if (count > 0) {
            histogram.binCounts(edges, min, max, out);
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        drain();
        out.defaultWriteObject();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        pending = new double[CHUNK];
    }
}
