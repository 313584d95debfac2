package org.rsisim.core.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * An exact sum of doubles: a fixed-point accumulator wide enough for every finite double (a "superaccumulator").
 *
 * <p>Each double is split into 32-bit digits at its binary position, so additions are exact and their result does
 * not depend on the order of the additions or on how partial sums are merged. This is what makes the engine's
 * floating sums bit-identical for any number of threads and any block size. Adding is a handful of integer
 * operations; only {@link #doubleValue()} and {@link #bigDecimalValue()} allocate.
 *
 * <p>Digits hold signed 64-bit partial sums; carries are propagated every {@value #CARRY_INTERVAL} additions, before
 * any digit can overflow. Non-finite values must not be added (the engine never does: such runs are diverged).
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DIGITS = 68;
    private static final long MASK32 = 0xffffffffL;
    private static final int CARRY_INTERVAL = 1 << 29;
    private static final BigInteger FIVE_POW_1074 = BigInteger.valueOf(5).pow(1074);

    private final long[] digits = new long[DIGITS];
    private final int carryInterval;
    private int lo = DIGITS;
    private int hi = -1;
    private int pending;

    /** Creates a zero sum. */
    public ExactSum() {
        this(CARRY_INTERVAL);
    }

    /**
     * Creates a zero sum that propagates carries every {@code carryInterval} additions, so that tests can reach the
     * carry path without {@value #CARRY_INTERVAL} additions.
     *
     * @param carryInterval additions between carries, in {@code [1, CARRY_INTERVAL]}
     */
    ExactSum(int carryInterval) {
        if (!(carryInterval >= 1 && carryInterval <= CARRY_INTERVAL)) {
            throw new IllegalArgumentException("carryInterval = " + carryInterval + " must lie in [1, "
                    + CARRY_INTERVAL + "]");
        }
        this.carryInterval = carryInterval;
    }

    /**
     * Adds a finite value exactly.
     *
     * @param x a finite double
     */
    public void add(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & 0xfffffffffffffL;
        if (exponent == 0) {
            if (mantissa == 0) {
                return;
            }
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int position = exponent - 1;
        int d = position >>> 5;
        int shift = position & 31;
        long d0 = (mantissa << shift) & MASK32;
        long rest = mantissa >>> (32 - shift);
        long d1 = rest & MASK32;
        long d2 = rest >>> 32;
        if (bits < 0) {
            digits[d] -= d0;
            digits[d + 1] -= d1;
            digits[d + 2] -= d2;
        } else {
            digits[d] += d0;
            digits[d + 1] += d1;
            digits[d + 2] += d2;
        }
        if (d < lo) {
            lo = d;
        }
        if (d + 2 > hi) {
            hi = d + 2;
        }
        if (++pending >= carryInterval) {
            carry();
        }
    }

    /**
     * Adds the exact product of a small integer and a double, {@code n * x}, without rounding. When the rounded
     * product would overflow, {@code x} is added {@code |n|} times instead (slow, and exact all the same).
     *
     * @param n a count, {@code |n| <= 2^20}
     * @param x a finite double
     */
    public void addProduct(int n, double x) {
        double p = n * x;
        if (Double.isFinite(p)) {
            add(p);
            add(Math.fma(n, x, -p));
            return;
        }
        double term = n < 0 ? -x : x;
        for (int i = Math.abs(n); i > 0; i--) {
            add(term);
        }
    }

    /**
     * Adds another exact sum into this one. The other sum is unchanged.
     *
     * @param other the sum to add
     */
    public void add(ExactSum other) {
        if (other.hi < 0) {
            return;
        }
        if (pending + other.pending + 1 >= carryInterval) {
            carry();
        }
        for (int i = other.lo; i <= other.hi; i++) {
            digits[i] += other.digits[i];
        }
        pending += other.pending + 1;
        lo = Math.min(lo, other.lo);
        hi = Math.max(hi, other.hi);
        if (pending >= carryInterval) {
            carry();
        }
    }

    /** Propagates carries so that every digit but the top one lies in {@code [0, 2^32)}. */
    private void carry() {
        if (hi < 0) {
            pending = 0;
            return;
        }
        long c = 0;
        int top = DIGITS - 1;
        for (int i = lo; i < top; i++) {
            long v = digits[i] + c;
            c = v >> 32;
            digits[i] = v & MASK32;
            if (i >= hi && c == 0) {
                break;
            }
        }
        hi = DIGITS - 1;
        while (hi >= lo && digits[hi] == 0 && hi > 0) {
            hi--;
        }
        if (c != 0) {
            digits[top] += c;
            hi = top;
        }
        pending = 0;
    }

    /** Resets the sum to zero. */
    public void clear() {
        if (hi >= 0) {
            Arrays.fill(digits, lo, hi + 1, 0);
        }
        lo = DIGITS;
        hi = -1;
        pending = 0;
    }

    /**
     * Returns the sum as an unscaled integer in units of {@code 2^-1074}.
     *
     * @return the exact sum times {@code 2^1074}
     */
    public BigInteger unscaled() {
        BigInteger sum = BigInteger.ZERO;
        for (int i = hi; i >= Math.min(lo, hi + 1) && i >= 0; i--) {
            sum = sum.shiftLeft(32).add(BigInteger.valueOf(digits[i]));
        }
        int low = Math.max(0, Math.min(lo, hi + 1));
        return sum.shiftLeft(32 * low);
    }

    /**
     * Returns the exact sum.
     *
     * @return the sum as a decimal, without rounding
     */
    public BigDecimal bigDecimalValue() {
        return new BigDecimal(unscaled().multiply(FIVE_POW_1074), 1074);
    }

    /**
     * Returns the sum rounded once to the nearest double.
     *
     * @return the sum
     */
    public double doubleValue() {
        return toDouble(unscaled());
    }

    /** Rounds {@code big * 2^-1074} to the nearest double. */
    static double toDouble(BigInteger big) {
        int length = big.bitLength();
        if (length <= 1000) {
            return Math.scalb(big.doubleValue(), -1074);
        }
        int shift = length - 1000;
        BigInteger kept = big.shiftRight(shift);
        if (big.getLowestSetBit() < shift) {
            kept = kept.setBit(0);
        }
        return Math.scalb(kept.doubleValue(), shift - 1074);
    }

    /**
     * Returns whether nothing has been added since the last clear (or only values that cancel exactly).
     *
     * @return whether the sum is exactly zero
     */
    public boolean isZero() {
        return unscaled().signum() == 0;
    }
}
