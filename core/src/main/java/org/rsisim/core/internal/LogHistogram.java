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
 * the one bucket of key 0, which is reported as 0. Counts are kept per sign in chunks of one octave (64 counts), allocated the
 * first time a value falls in that octave, so memory follows the octaves actually seen: values 0 and 1 cost one
 * chunk, not the 16,000 octaves between them. Recording allocates only on a value in a new octave, so in steady
 * state it allocates nothing. Merging adds
 * counts, which gives the same result in any order.
 */
public final class LogHistogram implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHIFT = 46;
    /** {@link #recordRange} looks up chunks directly when the values span fewer octaves than this. */
    private static final int SPAN = 8;

    private final Side positive = new Side();
    private final Side negative = new Side();
    private long zero;
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
        total++;
        count(Double.doubleToRawLongBits(x));
    }

    /** Adds one to the bucket of a value given by its bits; the caller counts the value in {@link #total}. */
    private void count(long bits) {
        int magnitude = (int) ((bits & Long.MAX_VALUE) >>> SHIFT);
        if (magnitude == 0) {
            zero++;
            return;
        }
        Side side = bits < 0 ? negative : positive;
        int i = (magnitude >>> 6) - side.low;
        long[][] chunks = side.chunks;
        if (i >= 0 && i < chunks.length) {
            long[] chunk = chunks[i];
            if (chunk != null) {
                chunk[magnitude & 63]++;
                return;
            }
        }
        side.add(magnitude, 1);
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

    /**
     * Counts {@code n} consecutive values {@code values[offset]} to {@code values[offset + n - 1]} whose smallest is
     * {@code lo} and largest {@code hi}; the same counts as {@link #record} of each. When all of them lie in one
     * octave of one sign, which the extremes tell, every value goes to the same chunk of counts, found once.
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
        int magnitudeLo = (int) ((bitsLo & Long.MAX_VALUE) >>> SHIFT);
        int magnitudeHi = (int) ((bitsHi & Long.MAX_VALUE) >>> SHIFT);
        Side side;
        if (bitsLo >= 0) {
            side = positive;
        } else if (bitsHi < 0) {
            side = negative;
        } else {
            side = null;
        }
        int first = Math.min(magnitudeLo, magnitudeHi) >>> 6;
        int last = Math.max(magnitudeLo, magnitudeHi) >>> 6;
        if (side == null || magnitudeLo == 0 || magnitudeHi == 0 || last - first >= SPAN) {
            recordAll(values, offset, n == 64 ? -1L : (1L << n) - 1);
            return;
        }
        long[][] chunks = side.chunks(first, last);
        int base = side.low;
        for (int i = offset, end = offset + n; i < end; i++) {
            int magnitude = (int) ((Double.doubleToRawLongBits(values[i]) & Long.MAX_VALUE) >>> SHIFT);
            chunks[(magnitude >>> 6) - base][magnitude & 63]++;
        }
        total += n;
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
        zero += other.zero;
        positive.add(other.positive);
        negative.add(other.negative);
        total += other.total;
    }

    /** Sets every count to zero, keeping the allocated chunks. */
    public void clear() {
        positive.clear();
        negative.clear();
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
     * Returns the midpoint of the bucket holding the order statistic of rank {@link #rank(double, long)}.
     *
     * @param q a level in {@code [0, 1]}
     * @return the bucket midpoint, or NaN if the histogram is empty
     */
    public double quantile(double q) {
        double[] out = new double[1];
        quantiles(new double[] {q}, out);
        return out[0];
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
        long[] ranks = new long[levels.length];
        for (int k = 0; k < levels.length; k++) {
            ranks[k] = rank(levels[k], total);
        }
        visit(new Visitor() {
            private long seen;
            private int next;

            @Override
            public void bucket(int key, long count) {
                seen += count;
                while (next < ranks.length && seen >= ranks[next]) {
                    out[next++] = midpoint(key);
                }
            }
        });
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
        visit((key, c) -> {
            double m = Math.min(max, Math.max(min, midpoint(key)));
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
        void bucket(int key, long count);
    }

    /** Visits every non-empty bucket in increasing order of value: negatives, zero, positives. */
    private void visit(Visitor visitor) {
        long[][] neg = negative.chunks;
        for (int i = neg.length - 1; i >= 0; i--) {
            long[] chunk = neg[i];
            if (chunk != null) {
                for (int j = 63; j >= 0; j--) {
                    if (chunk[j] != 0) {
                        visitor.bucket(-(((negative.low + i) << 6) | j), chunk[j]);
                    }
                }
            }
        }
        if (zero != 0) {
            visitor.bucket(0, zero);
        }
        long[][] pos = positive.chunks;
        for (int i = 0; i < pos.length; i++) {
            long[] chunk = pos[i];
            if (chunk != null) {
                for (int j = 0; j < 64; j++) {
                    if (chunk[j] != 0) {
                        visitor.bucket(((positive.low + i) << 6) | j, chunk[j]);
                    }
                }
            }
        }
    }

    /** The counts of one sign: one chunk of 64 counts per octave, over a growing range of octaves. */
    private static final class Side implements Serializable {
        private static final long serialVersionUID = 1L;
        long[][] chunks = new long[0][];
        int low;

        /** Allocates the chunks of the octaves {@code [first, last]} if needed and returns the chunk array. */
        long[][] chunks(int first, int last) {
            cover(first, last);
            for (int octave = first; octave <= last; octave++) {
                if (chunks[octave - low] == null) {
                    chunks[octave - low] = new long[64];
                }
            }
            return chunks;
        }

        /** Adds to the count of a magnitude (a key without its sign), allocating its chunk if needed. */
        void add(int magnitude, long count) {
            int octave = magnitude >>> 6;
            cover(octave, octave);
            int i = octave - low;
            if (chunks[i] == null) {
                chunks[i] = new long[64];
            }
            chunks[i][magnitude & 63] += count;
        }

        void add(Side other) {
            long[][] theirs = other.chunks;
            for (int i = 0; i < theirs.length; i++) {
                long[] chunk = theirs[i];
                if (chunk == null) {
                    continue;
                }
                int octave = other.low + i;
                cover(octave, octave);
                int k = octave - low;
                if (chunks[k] == null) {
                    chunks[k] = new long[64];
                }
                long[] mine = chunks[k];
                for (int j = 0; j < 64; j++) {
                    mine[j] += chunk[j];
                }
            }
        }

        /** Widens the chunk range to hold the octaves, with a little headroom for drifting values. */
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
            int newHigh = to > high ? Math.min(2047, to + 2) : high;
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
