package org.rsisim.core.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A histogram with exact {@code long} counts in log-linear buckets, fine or coarse.
 *
 * <p>A value's bucket is given by the top bits of its IEEE 754 representation: sign, exponent and the top
 * {@value #FINE_BITS} mantissa bits in a fine histogram ({@link #LogHistogram()}), {@value #COARSE_BITS} in a coarse
 * one ({@link #coarse()}). Each binary octave of magnitude is therefore cut into 512 (fine) or 64 (coarse) equal
 * buckets, for positive and negative values alike; a bucket is at most {@code 2^-9} (fine) or {@code 2^-6} (coarse)
 * of its lower bound wide, and its midpoint is within a relative error of {@code 2^-10} (0.098 %) or {@code 2^-7}
 * (0.78 %) of every value in it, for values of magnitude at least {@code Double.MIN_NORMAL}.
 *
 * <p>A fine histogram also keeps two things a coarse one does not:
 * <ul>
 *   <li>values in {@code [0.5, 1)} are bucketed by their distance from 1, {@code 1 - x} (exact in floating point),
 *       so their distance from 1 is known to a relative {@code 2^-10} as well: 0.9999 and 0.99999 lie in different
 *       buckets, and so do {@code 1 - 1e-12} and {@code 1 - 1.001e-12}. Since {@code 1 - x <= x} there, the value
 *       itself is known at least as well;</li>
 *   <li>each bucket keeps a <em>witness</em>: the value itself while every value counted in the bucket is that one
 *       value, or a mark that it has seen several. A bucket of one distinct value reports that value exactly, so a
 *       quantile of values that take few distinct values is one of those values. Whether a bucket has seen one
 *       value or several is a property of the set of values counted, so merging keeps it exact in any order.</li>
 * </ul>
 *
 * <p>Values of magnitude below {@code 2^-1019} (fine) or {@code 2^-1016} (coarse), zeros of both signs included,
 * share the one bucket of zero, which is reported as 0. Counts are kept per sign in chunks of 64 buckets
 * (1/8 of an octave when fine, one octave when coarse), allocated the first time a value falls in that chunk, so
 * memory follows the values actually seen, not the range between them. Recording allocates only on a value in a new
 * chunk, so in steady state it allocates nothing. Merging adds counts, which gives the same result in any order.
 */
public final class LogHistogram implements Serializable {
    private static final long serialVersionUID = 2L;
    /** Mantissa bits of a bucket key in a fine histogram: buckets of {@code 2^-9} of an octave. */
    public static final int FINE_BITS = 9;
    /** Mantissa bits of a bucket key in a coarse histogram: buckets of {@code 2^-6} of an octave. */
    public static final int COARSE_BITS = 6;
    /** The shift of a fine key: 52 mantissa bits minus {@link #FINE_BITS}. */
    private static final int FINE_SHIFT = 52 - FINE_BITS;
    /** {@link #recordRange} looks up chunks directly when the values span fewer chunks than this. */
    private static final int SPAN = 8;
    /** The witness of a bucket that has seen several distinct values: a NaN, which no counted value is. */
    private static final long MIXED = 0x7ff8_0000_dead_beefL;
    /** Raw bits of 0.5 and of 1.0: a fine histogram counts the values between them by their distance from 1. */
    private static final long HALF = Double.doubleToRawLongBits(0.5);
    private static final long ONE = Double.doubleToRawLongBits(1.0);

    /** Regions of the value line, in increasing order of value. */
    private static final int NEGATIVE = 0;
    private static final int ZERO = 1;
    private static final int LOW = 2;
    private static final int NEAR_ONE = 3;
    private static final int HIGH = 4;

    private final int shift;
    private final boolean fine;
    private final Side positive;
    private final Side negative;
    /** Fine only: the values in {@code [0.5, 1)}, keyed by {@code 1 - x}; {@code null} when coarse. */
    private final Side nearOne;
    private long zero;
    private long total;

    /** Creates an empty fine histogram: relative error {@code 2^-10}, near 1 as well, and exact single values. */
    public LogHistogram() {
        this(true);
    }

    private LogHistogram(boolean fine) {
        this.fine = fine;
        this.shift = 52 - (fine ? FINE_BITS : COARSE_BITS);
        int chunks = 1 << (11 + (fine ? FINE_BITS : COARSE_BITS) - 6);
        int stride = fine ? 2 : 1;
        positive = new Side(chunks, stride);
        negative = new Side(chunks, stride);
        nearOne = fine ? new Side(chunks, stride) : null;
    }

    /**
     * Creates an empty coarse histogram: relative error {@code 2^-7}, one eighth of a fine one's memory for values
     * spread over whole octaves, no witnesses. The engine keeps series steps, which are drawn and not tabulated, in
     * coarse histograms.
     *
     * @return an empty coarse histogram
     */
    public static LogHistogram coarse() {
        return new LogHistogram(false);
    }

    /**
     * Returns whether this histogram is fine.
     *
     * @return true if made by {@link #LogHistogram()}
     */
    public boolean fine() {
        return fine;
    }

    /**
     * Returns the fine bucket key of a finite value, ignoring the near-one region; keys are monotone in the value.
     *
     * @param x a finite value
     * @return its key
     */
    static int key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int magnitude = (int) ((bits & Long.MAX_VALUE) >>> FINE_SHIFT);
        // -magnitude, not -1 - magnitude: 0.0 and -0.0 are equal values and must share a key
        return bits < 0 ? -magnitude : magnitude;
    }

    /**
     * Returns the midpoint of a fine bucket: 0 for the bucket of zero, else the value whose representation continues
     * the key's bits with a one bit and zeros (exact, and finite also for the top bucket, whose upper bound would
     * overflow).
     *
     * @param key a fine bucket key
     * @return the value halfway between the bucket's bounds, 0 for key 0
     */
    static double midpoint(int key) {
        if (key == 0) {
            return 0.0;
        }
        double mid = mid(Math.abs(key), FINE_SHIFT);
        return key < 0 ? -mid : mid;
    }

    private static double mid(int magnitude, int shift) {
        return Double.longBitsToDouble((long) magnitude << shift | 1L << (shift - 1));
    }

    private static double edge(int magnitude, int shift) {
        return Double.longBitsToDouble((long) magnitude << shift);
    }

    /**
     * Counts one finite value.
     *
     * @param x the value
     */
    public void record(double x) {
        total++;
        count(Double.doubleToRawLongBits(x));
    }

    /** Adds one to the bucket of a value given by its bits; the caller counts the value in {@link #total}. */
    private void count(long bits) {
        int magnitude = (int) ((bits & Long.MAX_VALUE) >>> shift);
        if (magnitude == 0) {
            zero++;
            return;
        }
        Side side;
        if (bits < 0) {
            side = negative;
        } else if (fine && bits >= HALF && bits < ONE) {
            bits = Double.doubleToRawLongBits(1 - Double.longBitsToDouble(bits));
            magnitude = (int) (bits >>> shift);
            side = nearOne;
        } else {
            side = positive;
        }
        int i = (magnitude >>> 6) - side.low;
        long[][] chunks = side.chunks;
        if (i >= 0 && i < chunks.length) {
            long[] chunk = chunks[i];
            if (chunk != null) {
                if (fine) {
                    bump(chunk, (magnitude & 63) << 1, bits);
                } else {
                    chunk[magnitude & 63]++;
                }
                return;
            }
        }
        side.add(magnitude, 1, bits);
    }

    /** Adds one to the count at {@code j} of a fine chunk and updates the witness after it. */
    private static void bump(long[] chunk, int j, long bits) {
        long c = chunk[j];
        chunk[j] = c + 1;
        if (chunk[j + 1] != bits) {
            chunk[j + 1] = c == 0 ? bits : MIXED;
        }
    }

    /**
     * Counts the values {@code values[offset + j]} for every bit {@code j} set in {@code mask}; the same counts as
     * {@link #record} of each.
     *
     * @param values finite values
     * @param offset index of bit 0's value
     * @param mask which values to count
     */
    public void recordAll(double[] values, int offset, long mask) {
        total += Long.bitCount(mask);
        for (long m = mask; m != 0; m &= m - 1) {
            count(Double.doubleToRawLongBits(values[offset + Long.numberOfTrailingZeros(m)]));
        }
    }

    /** The region of a value given by its bits. */
    private int region(long bits) {
        if ((int) ((bits & Long.MAX_VALUE) >>> shift) == 0) {
            return ZERO;
        }
        if (bits < 0) {
            return NEGATIVE;
        }
        if (!fine || bits >= ONE) {
            return HIGH;
        }
        return bits >= HALF ? NEAR_ONE : LOW;
    }

    /**
     * Counts {@code n} consecutive values {@code values[offset]} to {@code values[offset + n - 1]} whose smallest is
     * {@code lo} and largest {@code hi}; the same counts as {@link #record} of each. When all of them lie in a few
     * neighbouring chunks of one region, which the extremes tell, those chunks are found once.
     *
     * @param values finite values
     * @param offset index of the first
     * @param n how many, at most 64
     * @param lo the smallest of them
     * @param hi the largest of them
     */
    public void recordRange(double[] values, int offset, int n, double lo, double hi) {
        long bitsLo = Double.doubleToRawLongBits(lo);
        long bitsHi = Double.doubleToRawLongBits(hi);
        int region = region(bitsLo);
        if (region == ZERO || region != region(bitsHi)) {
            recordAll(values, offset, n == 64 ? -1L : (1L << n) - 1);
            return;
        }
        boolean near = region == NEAR_ONE;
        if (near) {
            bitsLo = Double.doubleToRawLongBits(1 - lo);
            bitsHi = Double.doubleToRawLongBits(1 - hi);
        }
        int magnitudeLo = (int) ((bitsLo & Long.MAX_VALUE) >>> shift);
        int magnitudeHi = (int) ((bitsHi & Long.MAX_VALUE) >>> shift);
        int first = Math.min(magnitudeLo, magnitudeHi) >>> 6;
        int last = Math.max(magnitudeLo, magnitudeHi) >>> 6;
        if (last - first >= SPAN) {
            recordAll(values, offset, n == 64 ? -1L : (1L << n) - 1);
            return;
        }
        Side side = region == NEGATIVE ? negative : near ? nearOne : positive;
        long[][] chunks = side.chunks(first, last);
        int base = side.low;
        int s = shift;
        if (!fine) {
            for (int i = offset, end = offset + n; i < end; i++) {
                int magnitude = (int) ((Double.doubleToRawLongBits(values[i]) & Long.MAX_VALUE) >>> s);
                chunks[(magnitude >>> 6) - base][magnitude & 63]++;
            }
        } else {
            for (int i = offset, end = offset + n; i < end; i++) {
                double x = values[i];
                long bits = Double.doubleToRawLongBits(near ? 1 - x : x);
                int magnitude = (int) ((bits & Long.MAX_VALUE) >>> s);
                bump(chunks[(magnitude >>> 6) - base], (magnitude & 63) << 1, bits);
            }
        }
        total += n;
    }

    /**
     * Adds another histogram's counts into this one.
     *
     * @param other a histogram of the same kind (fine or coarse) to add; unchanged
     * @throws IllegalArgumentException if one is fine and the other coarse
     */
    public void add(LogHistogram other) {
        if (other.fine != fine) {
            throw new IllegalArgumentException("cannot merge a fine and a coarse histogram");
        }
        if (other.total == 0) {
            return;
        }
        zero += other.zero;
        positive.add(other.positive);
        negative.add(other.negative);
        if (fine) {
            nearOne.add(other.nearOne);
        }
        total += other.total;
    }

    /** Sets every count to zero, keeping the allocated chunks. */
    public void clear() {
        positive.clear();
        negative.clear();
        if (fine) {
            nearOne.clear();
        }
        zero = 0;
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
     * Returns the reported value of the order statistic of rank {@link #rank(double, long)}: see
     * {@link #atRanks}.
     *
     * @param q a level in {@code [0, 1]}
     * @return the bucket's value, or NaN if the histogram is empty
     */
    public double quantile(double q) {
        double[] out = new double[1];
        quantiles(new double[] {q}, out);
        return out[0];
    }

    /**
     * Fills the quantiles of several increasing levels in one pass: the values {@link #atRanks} reports for the
     * ranks {@link #rank(double, long)}.
     *
     * @param levels increasing levels in {@code [0, 1]}
     * @param out where the values go; NaN if empty
     */
    public void quantiles(double[] levels, double[] out) {
        if (total == 0) {
            Arrays.fill(out, 0, levels.length, Double.NaN);
            return;
        }
        long[] ranks = new long[levels.length];
        for (int k = 0; k < levels.length; k++) {
            ranks[k] = rank(levels[k], total);
        }
        atRanks(ranks, 0, out);
    }

    /**
     * Fills, for each rank, a value from the bucket holding the order statistic of that rank. With {@code side} 0
     * that is the bucket's witness when the bucket has seen one distinct value (the order statistic exactly), else
     * the bucket's midpoint (within the histogram's relative error of it); with {@code side} -1 the bucket's lower
     * bound and with +1 its upper bound, so that the order statistic is certainly at least, or at most, the value
     * (again exact for a bucket of one distinct value). The bucket of zero reports 0 as its value and
     * {@code ±2^-1019} (fine) as its bounds. Ranks outside {@code [1, total]} give NaN.
     *
     * @param ranks non-decreasing ranks
     * @param side -1, 0 or +1
     * @param out one value per rank
     */
    public void atRanks(long[] ranks, int side, double[] out) {
        int next = 0;
        while (next < ranks.length && ranks[next] < 1) {
            out[next++] = Double.NaN;
        }
        int from = next;
        visit(new Visitor() {
            private long seen;
            private int k = from;

            @Override
            public void bucket(int region, int magnitude, long count, long witness) {
                seen += count;
                while (k < ranks.length && seen >= ranks[k]) {
                    out[k++] = value(region, magnitude, witness, side);
                }
            }
        });
        for (int k = 0; k < ranks.length; k++) {
            if (ranks[k] > total) {
                out[k] = Double.NaN;
            }
        }
    }

    /**
     * Walks the buckets in increasing order of value and hands each its reported value and its upper bound (equal
     * for a bucket of one distinct value) with its count; the empirical distribution function of the counted values
     * is the running count over the total at every upper bound of a bucket of one value, and just below the upper
     * bound of any other bucket.
     *
     * @param steps receives each non-empty bucket
     */
    public void steps(StepVisitor steps) {
        visit((region, magnitude, count, witness) -> steps.bucket(value(region, magnitude, witness, 0),
                value(region, magnitude, witness, 1), witness != MIXED && fine && region != ZERO, count));
    }

    /** Receives the non-empty buckets of {@link #steps} in increasing order of value. */
    @FunctionalInterface
    public interface StepVisitor {
        /**
         * One bucket.
         *
         * @param value its reported value
         * @param upper its upper bound
         * @param exact whether every value in it is {@code value}
         * @param count how many values it holds
         */
        void bucket(double value, double upper, boolean exact, long count);
    }

    /** The reported value (side 0), lower bound (-1) or upper bound (+1) of a bucket. */
    private double value(int region, int magnitude, long witness, int side) {
        if (region == ZERO) {
            double tiny = edge(1, shift);
            return side == 0 ? 0.0 : side * tiny;
        }
        if (fine && witness != MIXED) {
            double w = Double.longBitsToDouble(witness);
            return region == NEAR_ONE ? 1 - w : w;
        }
        switch (region) {
            case NEGATIVE:
                return side == 0 ? -mid(magnitude, shift) : side < 0 ? -edge(magnitude + 1, shift)
                        : -edge(magnitude, shift);
            case NEAR_ONE:
                return side == 0 ? 1 - mid(magnitude, shift) : side < 0 ? 1 - edge(magnitude + 1, shift)
                        : 1 - edge(magnitude, shift);
            default:
                return side == 0 ? mid(magnitude, shift) : side < 0 ? edge(magnitude, shift)
                        : edge(magnitude + 1, shift);
        }
    }

    /**
     * Adds each bucket's count to the display bin holding the bucket's reported value (clamped to
     * {@code [min, max]}).
     *
     * @param edges increasing bin edges
     * @param min smallest value recorded
     * @param max largest value recorded
     * @param out counts per bin, then below and above: length {@code edges.length + 1}
     */
    public void binCounts(double[] edges, double min, double max, long[] out) {
        int bins = edges.length - 1;
        visit((region, magnitude, c, witness) -> {
            double m = Math.min(max, Math.max(min, value(region, magnitude, witness, 0)));
            if (m < edges[0]) {
                out[bins] += c;
            } else if (m > edges[bins]) {
                out[bins + 1] += c;
            } else {
                int j = Arrays.binarySearch(edges, m);
                j = j >= 0 ? Math.min(j, bins - 1) : -j - 2;
                out[j] += c;
            }
        });
    }

    /** Receives non-empty buckets in increasing order of value. */
    private interface Visitor {
        void bucket(int region, int magnitude, long count, long witness);
    }

    /**
     * Visits every non-empty bucket in increasing order of value: negatives, zero, positives below 1/2, the values
     * in {@code [1/2, 1)} (fine only), the rest.
     */
    private void visit(Visitor visitor) {
        negative.visit(NEGATIVE, false, 0, Integer.MAX_VALUE, visitor);
        if (zero != 0) {
            visitor.bucket(ZERO, 0, zero, MIXED);
        }
        if (!fine) {
            positive.visit(HIGH, true, 0, Integer.MAX_VALUE, visitor);
            return;
        }
        int oneChunk = (int) (ONE >>> shift) >>> 6;
        positive.visit(LOW, true, 0, oneChunk, visitor);
        nearOne.visit(NEAR_ONE, false, 0, Integer.MAX_VALUE, visitor);
        positive.visit(HIGH, true, oneChunk, Integer.MAX_VALUE, visitor);
    }

    /** The counts of one region: one chunk of 64 buckets per 64 keys, over a growing range of chunks. */
    private static final class Side implements Serializable {
        private static final long serialVersionUID = 2L;
        /** Number of possible chunks: keys have this many values over 64. */
        private final int limit;
        /** 1 for counts only, 2 for a count and a witness per bucket. */
        private final int stride;
        long[][] chunks = new long[0][];
        int low;

        Side(int limit, int stride) {
            this.limit = limit;
            this.stride = stride;
        }

        /** Allocates the chunks {@code [first, last]} if needed and returns the chunk array. */
        long[][] chunks(int first, int last) {
            cover(first, last);
            for (int c = first; c <= last; c++) {
                if (chunks[c - low] == null) {
                    chunks[c - low] = new long[64 * stride];
                }
            }
            return chunks;
        }

        /** Adds to the count of a magnitude (a key without its sign), allocating its chunk if needed. */
        void add(int magnitude, long count, long bits) {
            int c = magnitude >>> 6;
            cover(c, c);
            int i = c - low;
            if (chunks[i] == null) {
                chunks[i] = new long[64 * stride];
            }
            if (stride == 1) {
                chunks[i][magnitude & 63] += count;
            } else {
                bump(chunks[i], (magnitude & 63) << 1, bits);
            }
        }

        void add(Side other) {
            long[][] theirs = other.chunks;
            for (int i = 0; i < theirs.length; i++) {
                long[] chunk = theirs[i];
                if (chunk == null) {
                    continue;
                }
                int c = other.low + i;
                cover(c, c);
                int k = c - low;
                if (chunks[k] == null) {
                    chunks[k] = new long[64 * stride];
                }
                long[] mine = chunks[k];
                if (stride == 1) {
                    for (int j = 0; j < 64; j++) {
                        mine[j] += chunk[j];
                    }
                } else {
                    for (int j = 0; j < 128; j += 2) {
                        long theirCount = chunk[j];
                        if (theirCount == 0) {
                            continue;
                        }
                        long myCount = mine[j];
                        mine[j] = myCount + theirCount;
                        if (myCount == 0) {
                            mine[j + 1] = chunk[j + 1];
                        } else if (mine[j + 1] != chunk[j + 1]) {
                            mine[j + 1] = MIXED;
                        }
                    }
                }
            }
        }

        /**
         * Visits the non-empty buckets of the chunks {@code [from, to)}, in increasing order of key if
         * {@code up}, else decreasing.
         */
        void visit(int region, boolean up, int from, int to, Visitor visitor) {
            int n = chunks.length;
            for (int t = 0; t < n; t++) {
                int i = up ? t : n - 1 - t;
                int c = low + i;
                long[] chunk = chunks[i];
                if (chunk == null || c < from || c >= to) {
                    continue;
                }
                for (int u = 0; u < 64; u++) {
                    int j = up ? u : 63 - u;
                    long count = chunk[j * stride];
                    if (count != 0) {
                        visitor.bucket(region, (c << 6) | j, count, stride == 1 ? MIXED : chunk[j * stride + 1]);
                    }
                }
            }
        }

        /** Widens the chunk range to hold the chunks, with a little headroom for drifting values. */
        private void cover(int from, int to) {
            if (chunks.length == 0) {
                chunks = new long[1][];
                low = from;
            }
            int high = low + chunks.length - 1;
            if (from >= low && to <= high) {
                return;
            }
            int newLow = from < low ? Math.max(0, from - 2) : low;
            int newHigh = to > high ? Math.min(limit - 1, to + 2) : high;
            long[][] wider = new long[newHigh - newLow + 1][];
            System.arraycopy(chunks, 0, wider, low - newLow, chunks.length);
            chunks = wider;
            low = newLow;
        }

        void clear() {
            for (long[] chunk : chunks) {
                if (chunk != null) {
                    Arrays.fill(chunk, 0);
                }
            }
        }
    }
}
