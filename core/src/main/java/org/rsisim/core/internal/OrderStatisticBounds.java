package org.rsisim.core.internal;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Distribution-free confidence bounds of a quantile from order statistics (David and Nagaraja, <i>Order
 * Statistics</i>, 3rd ed., 2003, section 7.1). For {@code n} independent values and the quantile
 * {@code xi_q = inf {x : F(x) >= q}}, the number of values at most {@code xi_q} is binomial with success probability
 * at least {@code q}, and the number below it binomial with probability at most {@code q}; so with {@code B} binomial
 * {@code (n, q)}, the order statistic of rank {@code l} lies at or below {@code xi_q} with probability at least
 * {@code P(B >= l)}, and that of rank {@code u} at or above it with probability at least {@code P(B <= u - 1)}. The
 * bounds take the largest {@code l} and the smallest {@code u} whose tail is at most {@code alpha / 2} each, so
 * {@code [X(l), X(u)]} covers {@code xi_q} with probability at least {@code 1 - alpha} for any distribution,
 * continuous or not.
 *
 * <p>Antithetic pairs are not independent, but the first runs of the pairs are independent of each other, and so
 * are the second runs. {@link #ranks} with {@code pairs > 0} applies the bound to each half of {@code pairs} runs with
 * {@code alpha / 2} and joins them by the union bound: if both halves have at least {@code l'} values at or below
 * {@code xi_q}, all runs have at least {@code 2 l'}; if both have at most {@code u' - 1} below it, all runs have at
 * most {@code 2 u' - 2} plus the runs outside complete pairs. Whatever the dependence within a pair, the interval
 * keeps its coverage.
 */
public final class OrderStatisticBounds {
    private OrderStatisticBounds() {
    }

    /**
     * Returns the ranks {@code {l, u}} of the order statistics that bound the quantile at level {@code q} with
     * confidence {@code confidence}; {@code l} is 0 when no order statistic is a lower bound at that confidence
     * (too few values below the level), and {@code u} is {@code n + 1} when none is an upper bound.
     *
     * @param q the level, in {@code (0, 1)}
     * @param n the number of values, {@code >= 0}
     * @param confidence the confidence, in {@code (0, 1)}
     * @param pairs the complete antithetic pairs among the values ({@code 2 pairs <= n}), 0 for independent values
     * @return {@code {l, u}}
     */
    public static long[] ranks(double q, long n, double confidence, long pairs) {
        double alpha = 1 - confidence;
        if (pairs <= 0) {
            return independent(q, n, alpha / 2);
        }
        long[] half = independent(q, pairs, alpha / 4);
        long singles = n - 2 * pairs;
        long l = 2 * half[0];
        long u = half[1] > pairs ? n + 1 : Math.min(n + 1, 2 * half[1] + singles);
        return new long[] {l, u};
    }

    /** The ranks for {@code n} independent values with tail {@code tail} on each side. */
    private static long[] independent(double q, long n, double tail) {
        if (n == 0) {
            return new long[] {0, 1};
        }
        if (n > Integer.MAX_VALUE) {
            // beyond int trials: the normal approximation of the binomial, widened by one rank on each side
            double sd = Math.sqrt(n * q * (1 - q));
            double z = -new org.hipparchus.distribution.continuous.NormalDistribution(0, 1)
                    .inverseCumulativeProbability(tail);
            long l = (long) Math.floor(n * q - z * sd) - 1;
            long u = (long) Math.ceil(n * q + z * sd) + 2;
            return new long[] {Math.max(0, l), Math.min(n + 1, u)};
        }
        BinomialDistribution b = new BinomialDistribution((int) n, q);
        // largest j with P(B <= j) <= tail; then l = j + 1
        int k0 = b.inverseCumulativeProbability(tail);
        int j = b.cumulativeProbability(k0) <= tail ? k0 : k0 - 1;
        long l = j + 1L;
        // smallest j with P(B <= j) >= 1 - tail; then u = j + 1
        long u = b.inverseCumulativeProbability(1 - tail) + 1L;
        return new long[] {Math.max(0, l), Math.min(n + 1, u)};
    }
}
