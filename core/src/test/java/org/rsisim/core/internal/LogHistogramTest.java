package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * LogHistogram: keys are monotone, every bucket's midpoint is within 2^-10 of the values in it, quantiles are within
 * 2^-10 of the exact type-1 order statistic, and merging equals one pass. The bound is deterministic, so the sample
 * tests (fixed seeds) cannot fail by chance: a failure means a value was reported outside its bound.
 */
class LogHistogramTest {
    /** The documented relative error of a quantile. */
    private static final double BOUND = 0x1p-10;

    @Provide
    Arbitrary<Double> finiteDoubles() {
        Arbitrary<Double> any = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> subnormal = Arbitraries.longs().map(b -> Double.longBitsToDouble(b & 0x800fffffffffffffL));
        Arbitrary<Double> ordinary = Arbitraries.doubles().between(-1e3, 1e3);
        Arbitrary<Double> edge = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0);
        return Arbitraries.oneOf(any, subnormal, ordinary, edge);
    }

    @Property(tries = 2000, seed = "20260501")
    void keyIsMonotoneInTheValue(@ForAll("finiteDoubles") double x, @ForAll("finiteDoubles") double y) {
        double lo = Math.min(x, y);
        double hi = Math.max(x, y);
        assertTrue(LogHistogram.key(lo) <= LogHistogram.key(hi), () -> "key(" + lo + ") = " + LogHistogram.key(lo)
                + " > key(" + hi + ") = " + LogHistogram.key(hi));
        if (x == y) {
            assertEquals(LogHistogram.key(x), LogHistogram.key(y), "equal values (such as 0.0 and -0.0)");
        }
    }

    @Property(tries = 2000, seed = "20260502")
    void midpointIsWithinTheBoundOfEveryValueInItsBucket(@ForAll("finiteDoubles") double x) {
        double mid = LogHistogram.midpoint(LogHistogram.key(x));
        assertEquals(LogHistogram.key(x), LogHistogram.key(mid), () -> "the midpoint of the bucket of " + x
                + " lies in another bucket: " + mid);
        if (Math.abs(x) >= Double.MIN_NORMAL) {
            assertTrue(Math.abs(mid - x) <= BOUND * Math.abs(x), () -> "midpoint " + mid + " of the bucket of " + x
                    + " is off by more than 2^-10");
        } else {
            assertTrue(Math.abs(mid - x) <= 0x1p-1028, () -> "midpoint " + mid + " for the tiny value " + x);
        }
    }

    @Test
    void zeroIsReportedAsZero() {
        LogHistogram h = new LogHistogram();
        h.record(0.0);
        h.record(-0.0);
        h.record(0.0);
        assertEquals(0.0, h.quantile(0.5), 0.0);
        assertEquals(0.0, h.quantile(0.01), 0.0);
    }

    @Test
    void extremeMagnitudesStayFinite() {
        LogHistogram h = new LogHistogram();
        h.record(Double.MAX_VALUE);
        h.record(-Double.MAX_VALUE);
        assertEquals(-Double.MAX_VALUE, h.quantile(0.5), BOUND * Double.MAX_VALUE);
        assertEquals(Double.MAX_VALUE, h.quantile(1), BOUND * Double.MAX_VALUE);
    }

    /** The exact type-1 quantile of sorted data at level k / 100: the order statistic of rank ceil(k n / 100). */
    private static double orderStatistic(double[] sorted, int percent) {
        long n = sorted.length;
        long rank = Math.max(1, (percent * n + 99) / 100);
        return sorted[(int) rank - 1];
    }

    private static void checkQuantiles(String name, long seed, DoubleSupplier sample) {
        int n = 100_000;
        double[] xs = new double[n];
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < n; i++) {
            xs[i] = sample.getAsDouble();
            h.record(xs[i]);
        }
        assertEquals(n, h.total());
        Arrays.sort(xs);
        double[] levels = new double[99];
        for (int k = 1; k <= 99; k++) {
            levels[k - 1] = k / 100.0;
        }
        double[] batch = new double[99];
        h.quantiles(levels, batch);
        double worst = 0;
        for (int k = 1; k <= 99; k++) {
            double exact = orderStatistic(xs, k);
            double got = h.quantile(k / 100.0);
            int level = k;
            assertTrue(Math.abs(got - exact) <= BOUND * Math.abs(exact), () -> name + ", seed " + seed + ": quantile "
                    + level + " % is " + got + ", the order statistic is " + exact);
            assertEquals(got, batch[k - 1], () -> name + ", seed " + seed + ": batch and single quantile at " + level);
            worst = Math.max(worst, Math.abs(got - exact) / Math.abs(exact));
        }
        // the bound is not loose by orders of magnitude: with 512 buckets per octave some quantile is off by 1/10000
        assertTrue(worst > 1e-4, name + ", seed " + seed + ": suspiciously exact quantiles, worst error " + worst);
        assertEquals(xs[0], h.quantile(0), BOUND * Math.abs(xs[0]), name + ": level 0 is the minimum");
        assertEquals(xs[n - 1], h.quantile(1), BOUND * Math.abs(xs[n - 1]), name + ": level 1 is the maximum");
    }

    @Test
    void quantilesOfUniformSamples() {
        SplittableRandom rng = new SplittableRandom(11);
        checkQuantiles("uniform(0, 1)", 11, rng::nextDouble);
    }

    @Test
    void quantilesOfLognormalSamples() {
        Random rng = new Random(12);
        checkQuantiles("lognormal(0, 2)", 12, () -> Math.exp(2 * rng.nextGaussian()));
    }

    @Test
    void quantilesOfValuesSpanningThirtyOrdersOfMagnitude() {
        SplittableRandom rng = new SplittableRandom(13);
        checkQuantiles("log-uniform(1e-15, 1e15)", 13, () -> Math.pow(10, -15 + 30 * rng.nextDouble()));
    }

    @Test
    void quantilesOfNegativeAndMixedSignValues() {
        Random rng = new Random(14);
        checkQuantiles("-lognormal(0, 2)", 14, () -> -Math.exp(2 * rng.nextGaussian()));
        checkQuantiles("normal(0.3, 1)", 14, () -> 0.3 + rng.nextGaussian());
    }

    @Test
    void rankIsTheCeilingOfQTimesN() {
        assertEquals(5, LogHistogram.rank(0.05, 100));
        assertEquals(7, LogHistogram.rank(0.07, 100));
        assertEquals(1, LogHistogram.rank(0.0, 100));
        assertEquals(1, LogHistogram.rank(0.001, 100));
        assertEquals(100, LogHistogram.rank(1.0, 100));
        assertEquals(50, LogHistogram.rank(0.5, 99));
        for (long n = 1; n <= 2000; n++) {
            for (int k = 1; k <= 99; k++) {
                long want = (k * n + 99) / 100;
                assertEquals(want, LogHistogram.rank(k / 100.0, n), "rank of " + k + " % of " + n);
            }
        }
    }

    @Test
    void growsToBothSides() {
        LogHistogram h = new LogHistogram();
        double[] values = {1.0, 1e-300, 1e300, -1e300, 3.0, -Double.MIN_NORMAL, 0.0, 1e-5, Double.MAX_VALUE};
        List<Double> seen = new ArrayList<>();
        for (double v : values) {
            h.record(v);
            seen.add(v);
            Collections.sort(seen);
            for (int r = 1; r <= seen.size(); r++) {
                double q = (r - 0.5) / seen.size();
                double exact = seen.get((int) LogHistogram.rank(q, seen.size()) - 1);
                double got = h.quantile(q);
                int size = seen.size();
                assertTrue(Math.abs(got - exact) <= BOUND * Math.abs(exact), () -> "after " + size
                        + " values, level " + q + ": " + got + " instead of " + exact);
            }
        }
        h.clear();
        assertEquals(0, h.total());
        assertTrue(Double.isNaN(h.quantile(0.5)));
        h.record(-2.0);
        assertEquals(-2.0, h.quantile(0.5), BOUND * 2);
    }

    @Test
    void emptyHistogram() {
        LogHistogram h = new LogHistogram();
        assertTrue(Double.isNaN(h.quantile(0.5)));
        double[] out = {1, 2};
        h.quantiles(new double[] {0.1, 0.9}, out);
        assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]));
        LogHistogram other = new LogHistogram();
        other.add(h);
        assertEquals(0, other.total());
        h.record(5);
        other.add(h);
        assertEquals(5, other.quantile(0.5), 5 * BOUND);
    }

    @Provide
    Arbitrary<List<Double>> samples() {
        Arbitrary<Double> spread = Arbitraries.doubles().between(-30, 30).map(e -> Math.signum(e) * Math.pow(10, e));
        // few distinct values, several in one bucket or near 1, so that witnesses are both kept and lost
        Arbitrary<Double> few = Arbitraries.of(0.999, 0.998001, 0.9990001, 0.5, 0.75, 1.0, 1.0005, 3.0, -2.0,
                -2.001, 0.0, 1e-300);
        return Arbitraries.oneOf(finiteDoubles(), spread, few, few).list().ofMinSize(1).ofMaxSize(300);
    }

    /** Histograms of the parts of a split list, merged in random order, give the same bucket counts as one pass. */
    @Property(tries = 300, seed = "20260503")
    void mergeOfPartsEqualsOnePass(@ForAll("samples") List<Double> xs, @ForAll @IntRange(min = 1, max = 8) int parts,
                                   @ForAll long seed) {
        Random rng = new Random(seed);
        LogHistogram one = new LogHistogram();
        xs.forEach(one::record);
        int[] cuts = new int[parts + 1];
        cuts[parts] = xs.size();
        for (int k = 1; k < parts; k++) {
            cuts[k] = rng.nextInt(xs.size() + 1);
        }
        Arrays.sort(cuts);
        List<LogHistogram> pieces = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            LogHistogram p = new LogHistogram();
            xs.subList(cuts[k], cuts[k + 1]).forEach(p::record);
            pieces.add(p);
        }
        Collections.shuffle(pieces, rng);
        LogHistogram merged = new LogHistogram();
        for (LogHistogram p : pieces) {
            merged.add(p);
        }
        int n = xs.size();
        assertEquals(n, merged.total(), "seed " + seed);
        // the quantile at every rank determines every bucket count
        for (int r = 1; r <= n; r++) {
            double q = (r - 0.5) / n;
            assertEquals(Double.doubleToLongBits(one.quantile(q)), Double.doubleToLongBits(merged.quantile(q)),
                    "seed " + seed + ", rank " + r);
        }
        assertEquals(steps(one), steps(merged), "seed " + seed + ": buckets, witnesses and bounds");
    }

    /** Every non-empty bucket as text: value, upper bound, exactness and count, to the bit. */
    private static List<String> steps(LogHistogram h) {
        List<String> out = new ArrayList<>();
        h.steps((value, upper, exact, count) -> out.add(Double.doubleToRawLongBits(value) + " "
                + Double.doubleToRawLongBits(upper) + " " + exact + " " + count));
        return out;
    }

    /**
     * The clark-2028 case: a fidelity that is 0.999^k for k from 1 to 7. Every quantile is one of the values, to
     * the bit, and equals the exact order statistic; with the coarse resolution all were 0.99609375.
     */
    @Test
    void valuesTakingFewDistinctValuesGiveExactQuantiles() {
        SplittableRandom rng = new SplittableRandom(15);
        int n = 10_000;
        double[] xs = new double[n];
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < n; i++) {
            xs[i] = Math.pow(0.999, 1 + rng.nextInt(7));
            h.record(xs[i]);
        }
        Arrays.sort(xs);
        for (int k = 1; k <= 99; k++) {
            assertEquals(orderStatistic(xs, k), h.quantile(k / 100.0), 0.0, "quantile " + k + " %");
        }
        LogHistogram coarse = LogHistogram.coarse();
        for (double x : xs) {
            coarse.record(x);
        }
        assertEquals(0.99609375, coarse.quantile(0.01), 0.0, "the coarse histogram merges them all");
        assertEquals(0.99609375, coarse.quantile(0.99), 0.0, "the coarse histogram merges them all");
    }

    /**
     * Values in [1/2, 1) are bucketed by their distance from 1: 0.9999 and 0.99999 are told apart, and the distance
     * from 1 of every quantile of values near 1 is within 2^-10 of the order statistic's.
     */
    @Test
    void distanceFromOneIsResolvedToTheSameRelativeError() {
        LogHistogram h = new LogHistogram();
        h.record(0.9999);
        h.record(0.99999);
        h.record(0.99999);
        h.record(0.9999);
        h.record(0.9999000001);
        double lo = h.quantile(0.2);
        double hi = h.quantile(1.0);
        assertEquals(0.99999, hi, 0.0, "one value in its bucket is exact");
        assertTrue(Math.abs((1 - lo) - 1e-4) <= BOUND * 1e-4, "distance from 1 of " + lo);
        SplittableRandom rng = new SplittableRandom(16);
        int n = 100_000;
        double[] xs = new double[n];
        LogHistogram g = new LogHistogram();
        for (int i = 0; i < n; i++) {
            // distances from 1 spread over 1e-12 to 1e-1
            xs[i] = 1 - Math.pow(10, -1 - 11 * rng.nextDouble());
            g.record(xs[i]);
        }
        Arrays.sort(xs);
        for (int k = 1; k <= 99; k++) {
            double exact = orderStatistic(xs, k);
            double got = g.quantile(k / 100.0);
            int level = k;
            assertTrue(Math.abs((1 - got) - (1 - exact)) <= BOUND * (1 - exact), () -> "quantile " + level
                    + " %: distance from 1 " + (1 - got) + ", exact " + (1 - exact));
        }
    }

    /**
     * A bucket's lower and upper bounds enclose every value in it, so the bounds of a rank enclose its order
     * statistic, exactly for a bucket of one value.
     */
    @Test
    void boundsOfARankEncloseItsOrderStatistic() {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 5000;
        double[] xs = new double[n];
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            xs[i] = i % 5 == 0 ? 0.75 : u < 0.3 ? -Math.exp(3 * rng.nextGaussian()) : u < 0.6 ? rng.nextDouble()
                    : Math.exp(3 * rng.nextGaussian());
            h.record(xs[i]);
        }
        Arrays.sort(xs);
        long[] ranks = new long[n + 2];
        for (int r = 0; r < ranks.length; r++) {
            ranks[r] = r;
        }
        double[] lower = new double[ranks.length];
        double[] upper = new double[ranks.length];
        h.atRanks(ranks, -1, lower);
        h.atRanks(ranks, 1, upper);
        assertTrue(Double.isNaN(lower[0]) && Double.isNaN(upper[n + 1]), "ranks 0 and n + 1 have no value");
        for (int r = 1; r <= n; r++) {
            double x = xs[r - 1];
            int rank = r;
            assertTrue(lower[r] <= x && x <= upper[r], () -> "rank " + rank + ": " + x + " outside [" + lower[rank]
                    + ", " + upper[rank] + "]");
            if (x == 0.75) {
                assertEquals(0.75, lower[r], 0.0);
                assertEquals(0.75, upper[r], 0.0);
            }
        }
    }

    @Test
    void fineAndCoarseDoNotMerge() {
        LogHistogram coarse = LogHistogram.coarse();
        coarse.record(1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LogHistogram().add(coarse));
    }
}
